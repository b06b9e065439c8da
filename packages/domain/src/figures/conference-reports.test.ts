import { describe, expect, it } from "vitest";
import {
  nationalOutputs2014to2018 as national,
  southernRegionFigures as south,
  southern2018Report,
} from "./conference-reports.data";
import { checkStatements } from "./consistency";
import {
  averagePer,
  type Fixed,
  impliedWhole,
  parseViDecimal,
  percentOf,
  type Ratio,
  roundRatio,
} from "./fixed";
import { formatFixedVi, formatMillionVi, formatPercentVi } from "./format-vi";

/** A ratio of đồng, rounded to the đồng by the one rule, then shown in triệu đồng. */
const millionsOf = (r: Ratio | null) => (r === null ? null : formatMillionVi(roundRatio(r, 0).units));

describe("R-2018-south, the 9th Southern conference (DOMAIN §2.2)", () => {
  it("flags exactly the misprinted +1,08 % and the 4,5 triệu đồng split, and passes the other three", () => {
    const results = checkStatements(southern2018Report.statements);
    expect(
      results.map(({ id, ok, computed, flag }) => ({ id, ok, computed, code: flag?.code ?? null })),
    ).toEqual([
      { id: "exec2017-of-plan2017", ok: true, computed: "84,12 %", code: null },
      { id: "exec2017-vs-exec2016", ok: true, computed: "+2,62 %", code: null },
      { id: "plan2018-vs-plan2017", ok: false, computed: "+7,72 %", code: "GROWTH_MISMATCH" },
      { id: "exec2018jul-of-plan2018", ok: true, computed: "26,59 %", code: null },
      { id: "exec2018jul-by-source", ok: false, computed: "19.623,7", code: "SUM_MISMATCH" },
    ]);
    expect(results[2]?.flag).toMatchObject({ stated: "+1,08 %", difference: "6,64 điểm phần trăm" });
    expect(results[4]?.flag).toMatchObject({ stated: "19.619,2", difference: "4,5 triệu đồng" });
  });

  it("keeps the amounts exactly as printed", () => {
    expect(formatMillionVi(south.exec2016, 0)).toBe("56.147");
    expect(formatMillionVi(south.plan2017)).toBe("68.495,1");
    expect(formatMillionVi(south.exec2017)).toBe("57.615,3");
    expect(formatMillionVi(south.plan2018, 0)).toBe("73.781");
    expect(formatMillionVi(south.exec2018Jul)).toBe("19.619,2");
    expect(formatMillionVi(south.exec2018JulKcqg)).toBe("7.029,4");
    expect(formatMillionVi(south.exec2018JulKcdp)).toBe("12.594,3");
  });

  it("shows the total, not the components, matches the printed 26,59 %", () => {
    const components = south.exec2018JulKcqg + south.exec2018JulKcdp;
    expect(formatPercentVi(percentOf(components, south.plan2018))).toBe("26,60 %");
    expect(formatPercentVi(percentOf(south.exec2018Jul, south.plan2018))).toBe("26,59 %");
  });

  it("derives the KCQG and KCĐP plans implied by 30,89 % and 24,67 %, which overshoot the 2018 plan", () => {
    const kcqgPercent = parseViDecimal(south.pct2018JulKcqg) as Fixed;
    const kcdpPercent = parseViDecimal(south.pct2018JulKcdp) as Fixed;
    const kcqgPlan = impliedWhole(south.exec2018JulKcqg, kcqgPercent) as Ratio;
    const kcdpPlan = impliedWhole(south.exec2018JulKcdp, kcdpPercent) as Ratio;
    expect(millionsOf(kcqgPlan)).toBe("22.756,2");
    expect(millionsOf(kcdpPlan)).toBe("51.051,1");
    const impliedTotal = roundRatio(kcqgPlan, 0).units + roundRatio(kcdpPlan, 0).units;
    expect(formatMillionVi(impliedTotal)).toBe("73.807,3");
    expect(formatMillionVi(impliedTotal - south.plan2018)).toBe("26,3");
    expect(impliedWhole(1n, { units: 0n, scale: 2 })).toBeNull();
  });

  it("splits the 7-month execution about 35,8 % KCQG to 64,2 % KCĐP", () => {
    const components = south.exec2018JulKcqg + south.exec2018JulKcdp;
    expect(formatPercentVi(percentOf(south.exec2018JulKcqg, components), { decimals: 1 })).toBe("35,8 %");
    expect(formatPercentVi(percentOf(south.exec2018JulKcdp, components), { decimals: 1 })).toBe("64,2 %");
  });
});

describe("R-2019-national outputs 2014–2018 (DOMAIN §2.1 rows 8–19)", () => {
  it("adds up where the report implies it", () => {
    expect(national.ccnPlanningProjects + national.ccnInfrastructureProjects).toBe(national.ccnSupported);
    expect(national.nationalFairYears).toHaveLength(national.nationalFairs);
    expect(national.nationalSelectionYears).toHaveLength(national.nationalSelectionRounds);
    expect(national.regionalFairs).toBe(3 * (national.toYear - national.fromYear + 1));
  });

  it("gives the products per round of §2.2", () => {
    const perRegionalRound = averagePer(
      BigInt(national.productsHonouredRegional),
      national.regionalSelectionRounds,
    );
    const perNationalRound = averagePer(
      BigInt(national.productsHonouredNational),
      national.nationalSelectionRounds,
    );
    expect(perRegionalRound && formatFixedVi(roundRatio(perRegionalRound, 1))).toBe("67,8");
    expect(perNationalRound && formatFixedVi(roundRatio(perNationalRound, 0))).toBe("101");
  });
});
