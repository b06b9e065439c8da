import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import {
  cachedView,
  forgetSummaryGeneration,
  GENERATION_TRUST_MS,
  summaryGeneration,
} from "../src/modules/dashboard/view-cache";
import { createCaches } from "../src/platform/cache";
import {
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const FORMER_DONG_THAP = "P63-87";
const NATIONAL_2017 = "/api/v1/dashboard/budget?year=2017&cutoffMonth=12";
const OUTPUTS = "/api/v1/dashboard/outputs?yearFrom=2017&yearTo=2018";

function report(cutoffMonth: number, values: { indicator: string; source?: string; value: string }[]) {
  return { unitId: FORMER_DONG_THAP, year: 2017, cutoffMonth, valueKind: "ACTUAL", noteVi: "", values };
}

/**
 * Dashboard answers kept against the summary generation (decision 0009), with the caches on as deployed: a kept
 * answer is served without reading the summary, every committed write to the summary is seen at the next request,
 * and the scope check still runs first.
 */
describe.each(engines)("dashboard answers kept against the summary generation on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let haNoi: TestClient;
  let central: TestClient;
  const statements: string[] = [];

  beforeAll(async () => {
    ctx = await createTestContext(engine, {
      referenceCacheSeconds: 600,
      queryLogger: { logQuery: (query) => void statements.push(query) },
    });
    dongThap = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: DONG_THAP } })
    ).client;
    haNoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "NATIONAL" } })).client;
  });
  afterAll(async () => ctx?.close());

  const summaryReads = async (request: () => Promise<Response>) => {
    statements.length = 0;
    const response = await request();
    expect(response.status).toBe(200);
    return {
      body: await json(response),
      reads: statements.filter((s) => /figure_rollup|figure_summary\b/.test(s)).length,
      generationReads: statements.filter((s) => /figure_summary_generation/.test(s)).length,
    };
  };

  it("serves a kept answer without reading the summary, and the next write's figures at once", async () => {
    const first = await summaryReads(() => central.get(NATIONAL_2017));
    expect(first.reads).toBeGreaterThan(0);
    const again = await summaryReads(() => central.get(NATIONAL_2017));
    expect(again.reads).toBe(0);
    expect(again.body).toEqual(first.body);
    const reload = () => central.request("GET", NATIONAL_2017, undefined, { "cache-control": "no-cache" });
    expect((await summaryReads(reload)).reads).toBeGreaterThan(0);

    const put = await dongThap.request(
      "PUT",
      "/api/v1/reported-figures",
      report(12, [{ indicator: "BUDGET_EXEC", source: "KCDP_TINH", value: "700000000" }]),
    );
    expect(put.status).toBe(200);
    const after = await summaryReads(() => central.get(NATIONAL_2017));
    expect(after.reads).toBeGreaterThan(0);
    expect(BigInt(after.body.totals.exec.dong) - BigInt(first.body.totals.exec.dong)).toBe(700000000n);
  });

  it("keeps the outputs view in step with reported outputs", async () => {
    const before = await json(await central.get(OUTPUTS));
    const booths = (body: { indicators: { code: string; total: string }[] }) =>
      BigInt(body.indicators.find((i) => i.code === "BOOTHS")?.total ?? "0");
    expect((await summaryReads(() => central.get(OUTPUTS))).reads).toBe(0);
    const put = await dongThap.request(
      "PUT",
      "/api/v1/reported-figures",
      report(12, [
        { indicator: "BUDGET_EXEC", source: "KCDP_TINH", value: "700000000" },
        { indicator: "BOOTHS", value: "12" },
      ]),
    );
    expect(put.status).toBe(200);
    expect(booths(await json(await central.get(OUTPUTS))) - booths(before)).toBe(12n);
  });

  it("moves the generation only with a committed write to the summary", async () => {
    await central.get(NATIONAL_2017); // kept at the current generation
    const start = await summaryGeneration(ctx.db);
    const refused = await dongThap.request(
      "PUT",
      "/api/v1/reported-figures",
      report(12, [{ indicator: "BUDGET_EXEC", source: "KCDP_TINH", value: "-5" }]),
    );
    expect(refused.status).toBe(400);
    await expect(
      ctx.db.transaction(async (tx) => {
        await tx.execute(sql`DELETE FROM figure_rollup`);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await summaryGeneration(ctx.db)).toBe(start);
    const kept = await summaryReads(() => central.get(NATIONAL_2017));
    expect(kept.reads).toBe(0);

    // A write by another process (here straight into the database): seen once the last reading of the generation
    // is older than GENERATION_TRUST_MS, without any request of this process in between.
    await ctx.db.execute(sql`UPDATE figure_rollup SET value = value WHERE false`);
    expect(BigInt(await summaryGeneration(ctx.db))).toBe(BigInt(start) + 1n);
    ctx.advanceClock(GENERATION_TRUST_MS);
    const read = await summaryReads(() => central.get(NATIONAL_2017));
    expect(read.generationReads).toBe(1);
    expect(read.reads).toBeGreaterThan(0);
    ctx.advanceClock(GENERATION_TRUST_MS);
    expect((await summaryReads(() => central.get(NATIONAL_2017))).reads).toBe(0);
    const rows = rowsOf<{ n: number }>(
      await ctx.db.execute(sql`SELECT count(*)::int AS n FROM figure_summary_generation`),
    );
    expect(rows[0]?.n).toBe(1);
  });

  it("trusts a reading of the generation for GENERATION_TRUST_MS, and not once this process has written", async () => {
    const cache = createCaches({ sessionSeconds: 0, referenceSeconds: 60 }).views;
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    const at = (now: number) => cachedView(ctx.db, cache, { key: "k", noCache: false, now }, compute);
    const generationReads = async (run: () => Promise<unknown>) => {
      statements.length = 0;
      await run();
      return statements.filter((s) => /figure_summary_generation/.test(s)).length;
    };
    expect(await generationReads(() => at(1_000))).toBe(1);
    expect(await generationReads(() => at(1_000 + GENERATION_TRUST_MS - 1))).toBe(0);
    expect(await generationReads(() => at(1_000 + GENERATION_TRUST_MS))).toBe(1);
    forgetSummaryGeneration(cache);
    expect(await generationReads(() => at(1_000 + GENERATION_TRUST_MS))).toBe(1);
    expect(computed).toBe(1);
    await ctx.db.execute(sql`UPDATE figure_rollup SET value = value WHERE false`);
    expect(await at(1_000 + GENERATION_TRUST_MS + 1)).toEqual({ n: 1 }); // still trusted: bounded staleness
    expect(await at(1_000 + 2 * GENERATION_TRUST_MS)).toEqual({ n: 2 });
  });

  it("checks the scope before any kept answer: a province gets its own figures or a 404", async () => {
    await central.get("/api/v1/dashboard/budget?year=2017&region=NAM");
    expect((await haNoi.get("/api/v1/dashboard/budget?year=2017&region=NAM")).status).toBe(404);
    expect((await haNoi.get(`/api/v1/dashboard/budget?year=2017&unit=${FORMER_DONG_THAP}`)).status).toBe(404);
    const national = await json(await central.get(NATIONAL_2017));
    const own = await json(await dongThap.get(NATIONAL_2017));
    expect(own.scope.level).toBe("UNIT");
    expect(national.scope.level).toBe("NATIONAL");
    expect(own.scope.parents).toEqual([]);
    const haNoiOwn = await json(await haNoi.get(NATIONAL_2017));
    expect(haNoiOwn.scope.unit).not.toBe(own.scope.unit);
    expect(haNoiOwn.totals.exec.dong).toBe("0");
    expect(own.totals.exec.dong).not.toBe("0");
  });
});
