import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoAccounts } from "../src/seed/demo/demo-accounts";
import { seedDemoFigures } from "../src/seed/demo/demo-figures";
import { driveToStarted, pay, projectInput } from "./project-support";
import {
  createTestContext,
  engines,
  establishmentInput,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

type Money = { dong: string; text: string } | null;
type Month = { month: number; exec: Money; cumulative: Money; cumulativePct: { text: string } | null };
type Cutoff = { month: number; kind: string; value: { text: string }; pct: { text: string } | null };
type Trend = { year: number; plan: Money; exec: Money; execPct: { text: string } | null };

const budget = (query: string) => `/api/v1/dashboard/budget?${query}`;

/**
 * Issue 14, "dashboard honesty": a unit's figures say which former provinces they include, a month's slot holds
 * only that month's payments (reported figures are year-to-date values at their cut-off), and a missing figure
 * is null, never 0. The demo's Southern reports (2016 and 2017 annual, 2018 to July) and payments of one
 * Đồng Tháp project in April and June 2016 are the data.
 */
describe.each(engines)("dashboard honesty on %s", (engine) => {
  let ctx: TestContext;
  let central: TestClient;
  let dongThap: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    await seedDemoAccounts(ctx.db);
    expect(await seedDemoFigures(ctx.db)).toBeGreaterThan(0);
    const clients = {
      officer: (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client,
      leader: (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client,
      central: (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client,
      centralLeader: (await signedIn(ctx, { role: "CENTRAL_LEADER" })).client,
    };
    central = clients.central;
    dongThap = clients.officer;
    const establishment = await json(
      await dongThap.post("/api/v1/establishments", establishmentInput({ taxCode: null })),
    );
    const project = await json(await dongThap.post("/api/v1/projects", projectInput(establishment.id)));
    await driveToStarted(clients, project.id);
    expect((await pay(central, project.id, "ADVANCE", "30000000", "2016-04-25")).status).toBe(200);
    expect((await pay(central, project.id, "ADVANCE", "20000000", "2016-06-10")).status).toBe(200);
  });
  afterAll(async () => ctx?.close());

  it("names the former provinces today's Đồng Tháp includes in 2017, and their figures add up to its own", async () => {
    const view = await json(await dongThap.get(budget("year=2017&cutoffMonth=12&basis=AS_OF")));
    expect(view.scope.unit).toBe("P34-82");
    // In the order of the Vietnamese alphabet, so the page can say "gồm Đồng Tháp và Tiền Giang cũ".
    expect(view.scope.formerUnits.map((u: { name: string }) => u.name)).toEqual(["Đồng Tháp", "Tiền Giang"]);
    expect(view.scope.formerUnits.map((u: { labelVi: string }) => u.labelVi)).toContain(
      "Tiền Giang (trước 7/2025)",
    );
    const former = await Promise.all(
      view.scope.formerUnits.map(async (u: { id: string }) =>
        json(await central.get(budget(`year=2017&cutoffMonth=12&basis=AS_OF&unit=${u.id}`))),
      ),
    );
    const sum = former.reduce((total, f) => total + BigInt(f.totals.exec.dong), 0n);
    expect(BigInt(view.totals.exec.dong)).toBe(sum);
    expect(sum).toBeGreaterThan(0n);
    // A former province's own figures include nobody else's; after the merger year the list is empty.
    expect(former.every((f) => f.scope.formerUnits.length === 0)).toBe(true);
    const later = await json(await dongThap.get(budget("year=2026&cutoffMonth=12&basis=AS_OF")));
    expect(later.scope.formerUnits).toEqual([]);
  });

  it("never puts a reported year-to-date or annual figure in a month's slot: it comes as a cut-off value", async () => {
    const july = await json(await central.get(budget("year=2018&cutoffMonth=7&region=NAM")));
    expect(july.monthly).toHaveLength(7);
    expect(july.monthly.every((m: Month) => m.exec === null && m.cumulative === null)).toBe(true);
    expect(july.reportedCutoffs).toEqual([
      {
        month: 7,
        kind: "YEAR_TO_DATE",
        value: { dong: "19619200000", text: "19.619,2" },
        pct: { value: "26.59", text: "26,59 %" },
      },
    ]);
    const year2017 = await json(await central.get(budget("year=2017&cutoffMonth=12&region=NAM")));
    expect(year2017.monthly[11]).toEqual({ month: 12, exec: null, cumulative: null, cumulativePct: null });
    expect(year2017.reportedCutoffs.map((c: Cutoff) => [c.month, c.kind, c.value.text, c.pct?.text])).toEqual(
      [[12, "ANNUAL", "57.615,3", "84,12 %"]],
    );
  });

  it("gives a month without payment records no figure (null, not 0) and keeps the paid months and their running total", async () => {
    const view = await json(await central.get(budget("year=2016&cutoffMonth=12&unit=P63-87")));
    const exec = view.monthly.map((m: Month) => m.exec?.text ?? null);
    expect(exec).toEqual([null, null, null, "30,0", null, "20,0", null, null, null, null, null, null]);
    const cumulative = view.monthly.map((m: Month) => m.cumulative?.text ?? null);
    expect(cumulative.slice(0, 7)).toEqual([null, null, null, "30,0", "30,0", "50,0", "50,0"]);
    // The demo's 2016 annual report of the former Đồng Tháp stays out of December's slot.
    expect(view.reportedCutoffs.map((c: Cutoff) => c.kind)).toEqual(["ANNUAL"]);
    expect(view.monthly[11].exec).toBeNull();
  });

  it("says a plan is missing (null) instead of 0,0, and lists every year of the trend so gaps stay gaps", async () => {
    const view = await json(await central.get(budget("year=2020&cutoffMonth=12&region=NAM")));
    expect(view.totals.plan).toBeNull();
    expect(view.totals.execPct).toBeNull();
    expect(view.trend.map((t: Trend) => t.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    const byYear = new Map(view.trend.map((t: Trend) => [t.year, t]));
    expect(byYear.get(2016)).toMatchObject({ plan: null, execPct: null, exec: { text: "56.197,0" } });
    expect(byYear.get(2017)).toMatchObject({ plan: { text: "68.495,1" }, exec: { text: "57.615,3" } });
    expect(byYear.get(2019)).toEqual({ year: 2019, plan: null, exec: null, execPct: null });
  });
});
