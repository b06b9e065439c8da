import type { FigureStatement } from "./consistency";

/**
 * Figures exactly as printed in the conference reports (DOMAIN §2.1), kept as raw values so demo data built
 * from them reproduces the reports, and as test vectors for the consistency checks (§2.2). Amounts are
 * integer đồng: 57.615,3 triệu đồng = 57_615_300_000n. Do not "correct" them: two of them are wrong in the
 * source, and the checks must keep finding that.
 */

/** R-2018-south: 9th Southern KC conference, Đồng Tháp, 23/08/2018; 20 Southern provinces (rows 27–41). */
export const southernRegionFigures = {
  /** Row 31: KC funds executed in 2016 (56.147 triệu đồng). */
  exec2016: 56_147_000_000n,
  /** Row 29: 2017 KC plan (68.495,1 triệu đồng). */
  plan2017: 68_495_100_000n,
  /** Row 27: KC funds executed in 2017 (57.615,3 triệu đồng). */
  exec2017: 57_615_300_000n,
  /** Row 32: 2018 approved KC plan (73.781 triệu đồng). */
  plan2018: 73_781_000_000n,
  /** Row 35: executed January–July 2018 (19.619,2 triệu đồng). */
  exec2018Jul: 19_619_200_000n,
  /** Row 38: of which KCQG (7.029,4 triệu đồng). */
  exec2018JulKcqg: 7_029_400_000n,
  /** Row 40: of which KCĐP (12.594,3 triệu đồng). Note KCQG + KCĐP exceeds the total by 4,5 triệu. */
  exec2018JulKcdp: 12_594_300_000n,
  /** Row 39: KCQG executed / KCQG annual plan, as printed (the KCQG plan itself is not printed). */
  pct2018JulKcqg: "30,89",
  /** Row 41: KCĐP executed / KCĐP annual plan, as printed. */
  pct2018JulKcdp: "24,67",
} as const;

const south = southernRegionFigures;

/** The five checkable statements of R-2018-south. "−1,64 % so với 2017" is left out: its basis is not stated. */
export const southern2018Report: {
  id: string;
  titleVi: string;
  statements: readonly FigureStatement[];
} = {
  id: "HN-KC-NAM-IX-2018",
  titleVi: "Báo cáo Hội nghị khuyến công các tỉnh phía Nam lần thứ IX (Đồng Tháp, 23/8/2018)",
  statements: [
    {
      kind: "PERCENT",
      id: "exec2017-of-plan2017",
      labelVi: "Kinh phí thực hiện năm 2017 so với kế hoạch năm 2017",
      statedPercent: { units: 8412n, scale: 2 }, // printed "84,12 %" (row 28)
      part: south.exec2017,
      whole: south.plan2017,
    },
    {
      kind: "GROWTH",
      id: "exec2017-vs-exec2016",
      labelVi: "Kinh phí thực hiện năm 2017 tăng so với năm 2016",
      statedPercent: { units: 261n, scale: 2 }, // printed "+2,61 %" (row 30)
      current: south.exec2017,
      previous: south.exec2016,
    },
    {
      kind: "GROWTH",
      id: "plan2018-vs-plan2017",
      labelVi: "Kế hoạch năm 2018 tăng so với kế hoạch năm 2017",
      statedPercent: { units: 108n, scale: 2 }, // printed "+1,08 %" (row 33; most likely "1,08 lần")
      current: south.plan2018,
      previous: south.plan2017,
    },
    {
      kind: "PERCENT",
      id: "exec2018jul-of-plan2018",
      labelVi: "Kinh phí thực hiện 7 tháng đầu năm 2018 so với kế hoạch năm 2018",
      statedPercent: { units: 2659n, scale: 2 }, // printed "26,59 %" (row 36)
      part: south.exec2018Jul,
      whole: south.plan2018,
    },
    {
      kind: "SUM",
      id: "exec2018jul-by-source",
      labelVi: "Kinh phí thực hiện 7 tháng đầu năm 2018 theo nguồn",
      total: south.exec2018Jul,
      parts: [
        { labelVi: "KCQG", value: south.exec2018JulKcqg },
        { labelVi: "KCĐP", value: south.exec2018JulKcdp },
      ],
    },
  ],
};

/**
 * R-2019-national: outputs of the national KC programme 2014–2018 (DOMAIN §2.1 rows 8–19), with the
 * indicator of §8.2 each one feeds. Counts, not money.
 */
export const nationalOutputs2014to2018 = {
  fromYear: 2014,
  toYear: 2018,
  /** FAIRS_ORGANISED, regional representative-CNNT fairs (row 8). */
  regionalFairs: 15,
  /** FAIRS_ORGANISED, national fairs in Hà Nội (row 9). */
  nationalFairs: 2,
  nationalFairYears: [2016, 2018],
  /** SELECTION_ROUNDS, regional level (row 10). */
  regionalSelectionRounds: 9,
  /** SELECTION_ROUNDS, national level (row 11). */
  nationalSelectionRounds: 2,
  nationalSelectionYears: [2015, 2017],
  /** PRODUCTS_CERTIFIED, regional level (row 12). */
  productsHonouredRegional: 610,
  /** PRODUCTS_CERTIFIED, national level (row 13). */
  productsHonouredNational: 202,
  /** BRANDS: establishments supported to build or register brands (row 14). */
  brandsSupported: 48,
  /** FAIR_PARTICIPATIONS: establishment-participations (lượt cơ sở), domestic and foreign fairs (row 15). */
  fairParticipations: 4363,
  /** Localities receiving CCN support (row 16). */
  ccnLocalities: 22,
  /** CCNs supported (row 17) = planning projects + infrastructure projects. */
  ccnSupported: 45,
  /** CCN_PLANNING: projects supporting CCN detailed planning (row 18). */
  ccnPlanningProjects: 26,
  /** CCN_INFRA: projects supporting CCN infrastructure investment (row 19). */
  ccnInfrastructureProjects: 19,
} as const;
