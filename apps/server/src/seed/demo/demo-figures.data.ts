import { nationalOutputs2014to2018 } from "@kc/domain";

/**
 * The Southern region's figures of the 9th Southern khuyến công conference (DOMAIN §2.1 rows 27–41), spread over
 * its 20 former provinces so that the dashboard recomputes the printed figures from per-province records.
 * Amounts in units of 100.000 đồng (0,1 triệu), the precision the report prints.
 *
 * The report's 7-month split (KCQG 7.029,4 + KCĐP 12.594,3) exceeds its own total 19.619,2 by 4,5 triệu; the
 * records keep the total and KCQG (both match their printed percentages, 26,59 % and 30,89 %) and so hold
 * KCĐP 12.589,8 (24,67 % of its plan, as printed). The 2018 source plans are not printed: KCQG 22.756,2 is the
 * plan its printed 30,89 % implies, KCĐP the rest of the 73.781. The other splits are illustrative.
 */
export const SOUTHERN_PROVINCE_CODES = [
  "74",
  "75",
  "77",
  "72",
  "70",
  "60",
  "79",
  "80",
  "82",
  "83",
  "84",
  "86",
  "87",
  "92",
  "93",
  "94",
  "91",
  "89",
  "95",
  "96",
] as const;

/** Relative size of each province's plan (same order as the codes); only the shares matter. */
const PLAN_WEIGHTS = [7, 8, 5, 4, 4, 4, 10, 6, 5, 5, 4, 4, 7, 5, 3, 4, 5, 6, 3, 4];
/** …and of its execution: provinces execute unevenly, so their rates (and the ranking) differ. */
const EXEC_WEIGHTS = [6, 9, 4, 4, 3, 5, 11, 5, 6, 5, 3, 4, 8, 5, 3, 3, 5, 5, 2, 4];

/** Totals per year and source, in 100.000 đồng. */
export const southernTotals = {
  exec2016: { KCQG: 175_000, KCDP_TINH: 386_470 }, // 56.147,0
  plan2017: { KCQG: 210_000, KCDP_TINH: 474_951 }, // 68.495,1
  exec2017: { KCQG: 184_000, KCDP_TINH: 392_153 }, // 57.615,3
  plan2018: { KCQG: 227_562, KCDP_TINH: 510_248 }, // 73.781,0
  exec2018Jul: { KCQG: 70_294, KCDP_TINH: 125_898 }, // 19.619,2
} as const;

export const TENTH_OF_MILLION = 100_000n;

/** Splits `total` over the provinces by weight, exactly: the remainder goes to the largest share. */
export function splitByWeight(total: number, kind: "plan" | "exec"): number[] {
  const weights = kind === "plan" ? PLAN_WEIGHTS : EXEC_WEIGHTS;
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / weightSum));
  const rest = total - shares.reduce((a, b) => a + b, 0);
  const largest = weights.indexOf(Math.max(...weights));
  shares[largest] = (shares[largest] ?? 0) + rest;
  return shares;
}

/** National outputs 2014–2018 (DOMAIN §2.1 rows 8–19) per year, reported by the central agency. */
export const nationalOutputsByYear: { indicator: string; byYear: Record<number, number>; noteVi: string }[] =
  [
    {
      indicator: "FAIRS_ORGANISED",
      byYear: { 2014: 3, 2015: 3, 2016: 4, 2017: 3, 2018: 4 },
      noteVi: "15 hội chợ khu vực, 2 hội chợ quốc gia (2016, 2018)",
    },
    {
      indicator: "SELECTION_ROUNDS",
      byYear: { 2014: 3, 2015: 1, 2016: 3, 2017: 1, 2018: 3 },
      noteVi: "9 cuộc cấp khu vực, 2 cuộc cấp quốc gia (2015, 2017)",
    },
    {
      indicator: "PRODUCTS_CERTIFIED",
      byYear: { 2014: 203, 2015: 101, 2016: 203, 2017: 101, 2018: 204 },
      noteVi: "610 sản phẩm cấp khu vực, 202 cấp quốc gia",
    },
    { indicator: "BRANDS", byYear: { 2014: 9, 2015: 9, 2016: 10, 2017: 10, 2018: 10 }, noteVi: "" },
    {
      indicator: "FAIR_PARTICIPATIONS",
      byYear: { 2014: 850, 2015: 860, 2016: 870, 2017: 880, 2018: 903 },
      noteVi: "",
    },
    { indicator: "CCN_PLANNING", byYear: { 2014: 5, 2015: 5, 2016: 5, 2017: 5, 2018: 6 }, noteVi: "" },
    { indicator: "CCN_INFRA", byYear: { 2014: 3, 2015: 4, 2016: 4, 2017: 4, 2018: 4 }, noteVi: "" },
  ];

/** The per-year split must add up to the report's five-year totals; checked by the demo test. */
export const nationalOutputTotals = {
  FAIRS_ORGANISED: nationalOutputs2014to2018.regionalFairs + nationalOutputs2014to2018.nationalFairs,
  SELECTION_ROUNDS:
    nationalOutputs2014to2018.regionalSelectionRounds + nationalOutputs2014to2018.nationalSelectionRounds,
  PRODUCTS_CERTIFIED:
    nationalOutputs2014to2018.productsHonouredRegional + nationalOutputs2014to2018.productsHonouredNational,
  BRANDS: nationalOutputs2014to2018.brandsSupported,
  FAIR_PARTICIPATIONS: nationalOutputs2014to2018.fairParticipations,
  CCN_PLANNING: nationalOutputs2014to2018.ccnPlanningProjects,
  CCN_INFRA: nationalOutputs2014to2018.ccnInfrastructureProjects,
} as const;
