import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import { summaryDrift } from "../src/modules/figures/figure-summary";
import { DEMO_PASSWORD, seedDemoAccounts } from "../src/seed/demo/demo-accounts";
import { seedDemoCommunes } from "../src/seed/demo/demo-communes";
import { seedDemoEstablishments } from "../src/seed/demo/demo-establishments";
import { seedDemoFigures } from "../src/seed/demo/demo-figures";
import { seedDemoProjects } from "../src/seed/demo/demo-projects";
import { seedDemoSelection } from "../src/seed/demo/demo-selection";
import { DEMO_ROUND_ID, seedDemoProvincialRound } from "../src/seed/demo/demo-selection-round";
import { seedDemoTradePromotion } from "../src/seed/demo/demo-trade-promotion";
import { createTestContext, engines, json, signedIn, type TestClient, type TestContext } from "./support";

type Indicator = {
  code: string;
  total: string;
  byYear: { year: number; value: string; reported: string | null; recounted: string }[];
};

/**
 * The demo's fairs, brands, rounds and certificates make the conference reports' counts from records (DOMAIN
 * §2.1): the national 2014–2018 outputs equal the reported figures year by year (so the reported figure is shown
 * once, never added to its recount), and the Northern region's first half of 2024 shows 701 booths for 300
 * participations and 5 brands, all from records.
 */
describe.each(engines)("demo trade promotion and selection on %s", (engine) => {
  let ctx: TestContext;
  let central: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedDemoAccounts(ctx.db);
    await seedDemoCommunes(ctx.db);
    await seedDemoEstablishments(ctx.db);
    await seedDemoProjects(ctx.db);
    await seedDemoFigures(ctx.db);
    central = (await signedIn(ctx, { role: "CENTRAL_LEADER", scope: { kind: "NATIONAL" } })).client;
  }, 600_000);
  afterAll(async () => ctx?.close());

  it("seeds once, leaving the summary equal to a recount", async () => {
    const started = performance.now();
    expect(await seedDemoTradePromotion(ctx.db)).toBe(17 + 3 + 48 + 5);
    expect(await seedDemoSelection(ctx.db)).toBe(11 + 812);
    console.info(
      `demo trade promotion and selection seeded in ${Math.round(performance.now() - started)} ms`,
    );
    expect(await seedDemoTradePromotion(ctx.db)).toBe(0);
    expect(await seedDemoSelection(ctx.db)).toBe(0);
    expect(await summaryDrift(ctx.db)).toEqual([]);
    // Each fair's counters (shown on its participants tab) equal its rows, as the participation use cases keep them.
    const drifted = rowsOf<{ id: string }>(
      await ctx.db.execute(sql`select f.id from fair f
        where f.participation_count <> (select count(*) from fair_participation p where p.fair_id = f.id)
          or f.participation_count = 0`),
    );
    expect(drifted).toEqual([]);
  });

  it("recounts the national 2014–2018 outputs equal to what was reported, and shows them once", async () => {
    const view = await json(await central.get("/api/v1/dashboard/outputs?yearFrom=2014&yearTo=2018"));
    const byCode = (code: string) => view.indicators.find((i: Indicator) => i.code === code) as Indicator;
    const expected = {
      FAIRS_ORGANISED: "17",
      FAIR_PARTICIPATIONS: "4363",
      SELECTION_ROUNDS: "11",
      PRODUCTS_CERTIFIED: "812",
      BRANDS: "48",
    };
    for (const [code, total] of Object.entries(expected)) {
      const indicator = byCode(code);
      expect([code, indicator.total]).toEqual([code, total]);
      for (const year of indicator.byYear) expect([code, year.recounted]).toEqual([code, year.reported]);
    }
  });

  it("counts the Northern region's first half of 2024 from records: 701 booths, 300 participations, 5 brands", async () => {
    const view = await json(
      await central.get("/api/v1/dashboard/outputs?yearFrom=2024&yearTo=2024&region=BAC"),
    );
    const total = (code: string) => view.indicators.find((i: Indicator) => i.code === code)?.total;
    expect([total("BOOTHS"), total("FAIR_PARTICIPATIONS"), total("BRANDS")]).toEqual(["701", "300", "5"]);
    expect(view.indicators.every((i: Indicator) => i.byYear.every((y) => y.reported === null))).toBe(true);
  });

  it("seeds one complete provincial round of Đồng Tháp through the use cases, once", async () => {
    const started = performance.now();
    expect(await seedDemoProvincialRound(ctx.db)).toBe(1 + 5 + 4);
    console.info(`demo provincial round seeded in ${Math.round(performance.now() - started)} ms`);
    expect(await seedDemoProvincialRound(ctx.db)).toBe(0);
    expect(await summaryDrift(ctx.db)).toEqual([]);
    const juror = ctx.client();
    const signIn = await juror.post("/api/v1/auth/sign-in", {
      email: "giamkhao2@demo.khuyencong.vn",
      password: DEMO_PASSWORD,
    });
    expect(signIn.status).toBe(200);
    const rounds = await json(await juror.get("/api/v1/selection-rounds"));
    expect(rounds.items.map((r: { id: string }) => r.id)).toEqual([DEMO_ROUND_ID]);
    const summary = await json(await juror.get(`/api/v1/selection-rounds/${DEMO_ROUND_ID}/scoring/summary`));
    expect(summary.jurors).toHaveLength(3);
    expect(summary.rows.filter((r: { passes: boolean }) => r.passes)).toHaveLength(4);
    const complaints = await json(await juror.get(`/api/v1/selection-rounds/${DEMO_ROUND_ID}/complaints`));
    expect(complaints.complaints.map((c: { status: string }) => c.status)).toEqual(["REJECTED"]);
    const certificates = await json(
      await central.get(`/api/v1/selection-certificates?roundId=${DEMO_ROUND_ID}`),
    );
    expect(certificates.items.map((c: { status: string }) => c.status).sort()).toEqual([
      "REVOKED",
      "VALID",
      "VALID",
      "VALID",
    ]);
  });
});
