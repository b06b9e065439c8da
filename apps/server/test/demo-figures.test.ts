import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildSummary, summaryDrift } from "../src/modules/figures/figure-summary";
import { seedDemoAccounts } from "../src/seed/demo/demo-accounts";
import { seedDemoFigures } from "../src/seed/demo/demo-figures";
import { nationalOutputTotals } from "../src/seed/demo/demo-figures.data";
import { createTestContext, engines, json, signedIn, type TestClient, type TestContext } from "./support";

type Row = { key: string; exec: { text: string }; plan: { text: string } };

/**
 * The demo reproduces the Southern conference report of 2018 (DOMAIN §2) from per-province records: the
 * dashboard shows the computed values, and the checker flags what the report printed wrong.
 */
describe.each(engines)("demo figures of the conference reports on %s", (engine) => {
  let ctx: TestContext;
  let central: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedDemoAccounts(ctx.db);
    central = (await signedIn(ctx, { role: "CENTRAL_LEADER", scope: { kind: "NATIONAL" } })).client;
  });
  afterAll(async () => ctx?.close());

  it("seeds the plans and reported figures once", async () => {
    expect(await seedDemoFigures(ctx.db)).toBe(40 + 60 + 5);
    expect(await seedDemoFigures(ctx.db)).toBe(0);
    expect(await summaryDrift(ctx.db)).toEqual([]);
  });

  it("recomputes the Southern region's 2017 figures: 57.615,3 of 68.495,1 = 84,12 %, +2,62 % on 2016", async () => {
    const view = await json(await central.get("/api/v1/dashboard/budget?year=2017&cutoffMonth=12"));
    const south = view.rows.find((r: Row) => r.key === "NAM");
    expect(south.plan.text).toBe("68.495,1");
    expect(south.exec.text).toBe("57.615,3");
    expect(south.execPct.text).toBe("84,12 %");
    expect(south.prevExec.text).toBe("56.147,0");
    expect(south.growth.text).toBe("+2,62 %");
    const region = await json(
      await central.get("/api/v1/dashboard/budget?year=2017&cutoffMonth=12&region=NAM"),
    );
    expect(region.rows).toHaveLength(20);
    expect(region.totals.exec.text).toBe("57.615,3");
  });

  it("recomputes the 7-month 2018 figures with the KCQG/KCĐP split: 26,59 %, 30,89 %, 24,67 %", async () => {
    const view = await json(await central.get("/api/v1/dashboard/budget?year=2018&cutoffMonth=7&region=NAM"));
    expect(view.periodLabelVi).toBe("7 tháng đầu năm 2018");
    expect(view.totals.plan.text).toBe("73.781,0");
    expect(view.totals.exec.text).toBe("19.619,2");
    expect(view.totals.execPct.text).toBe("26,59 %");
    const kcqg = view.bySource.find((s: { source: string }) => s.source === "KCQG");
    const kcdp = view.bySource.find((s: { source: string }) => s.source === "KCDP");
    expect([kcqg.exec.text, kcqg.execPct.text]).toEqual(["7.029,4", "30,89 %"]);
    expect([kcdp.exec.text, kcdp.execPct.text]).toEqual(["12.589,8", "24,67 %"]);
    const trend = view.trend.find((t: { year: number }) => t.year === 2018);
    expect(trend.plan.text).toBe("73.781,0");
  });

  it("re-bases the South onto today's map: Bình Thuận's figures move to the Central region", async () => {
    const asOf = await json(await central.get("/api/v1/dashboard/budget?year=2017&basis=AS_OF"));
    const current = await json(await central.get("/api/v1/dashboard/budget?year=2017&basis=CURRENT"));
    const south = (v: { rows: Row[] }) => v.rows.find((r) => r.key === "NAM")?.exec.text;
    expect(south(asOf)).toBe("57.615,3");
    expect(south(current)).not.toBe("57.615,3");
    expect(current.totals.exec.text).toBe(asOf.totals.exec.text);
  });

  it("sums the national outputs 2014–2018 as the national report printed them", async () => {
    const view = await json(await central.get("/api/v1/dashboard/outputs?yearFrom=2014&yearTo=2018"));
    const total = (code: string) => view.indicators.find((i: { code: string }) => i.code === code)?.total;
    for (const [code, expected] of Object.entries(nationalOutputTotals))
      expect(total(code)).toBe(`${expected}`);
  });

  it("flags the printed +1,08 % and the 4,5 triệu đồng split, and passes the rest", async () => {
    const presets = await json(await central.get("/api/v1/figure-checks/presets"));
    const results = presets.items[0].results as {
      id: string;
      ok: boolean;
      flag: { difference: string } | null;
    }[];
    expect(results.filter((r) => !r.ok).map((r) => r.id)).toEqual([
      "plan2018-vs-plan2017",
      "exec2018jul-by-source",
    ]);
    expect(results.find((r) => r.id === "exec2018jul-by-source")?.flag?.difference).toBe("4,5 triệu đồng");
  });

  it("rebuilds the summary to the same figures", async () => {
    const before = await json(await central.get("/api/v1/dashboard/budget?year=2017&region=NAM"));
    await rebuildSummary(ctx.db);
    expect(await summaryDrift(ctx.db)).toEqual([]);
    const after = await json(await central.get("/api/v1/dashboard/budget?year=2017&region=NAM"));
    expect(after.totals).toEqual(before.totals);
  });
});
