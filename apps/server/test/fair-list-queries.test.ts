import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import { fair } from "../src/db/schema/index";
import { abroadFair, fairValues, insertFairs } from "./fair-participation-support";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * How the fair list reads (issue 15, performance): the venue's province is a stored column kept by a trigger, so the
 * region filter reads it from the list's index instead of joining each fair's venue unit (the join made a region
 * list read every fair and its unit: 1.2 s at national scale in docs/benchmarks.md); the host filter has its index.
 */
describe.each(engines)("fair list queries on %s", (engine) => {
  let ctx: TestContext;
  let central: TestClient;
  const statements: { query: string; params: unknown[] }[] = [];

  beforeAll(async () => {
    ctx = await createTestContext(engine, {
      queryLogger: { logQuery: (query, params) => void statements.push({ query, params }) },
    });
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    await seedSampleCommunes(ctx);
    await insertFairs(
      ctx,
      fairValues("F-COMMUNE", { venueUnitId: COMMUNE_DONG_THAP, startDate: "2026-03-01" }),
      fairValues("F-HANOI", {
        venueUnitId: HA_NOI,
        provinceId: HA_NOI,
        startDate: "2026-04-01",
        hostOrgId: "ORG-CUC-KC",
        hostName: "Cục Công Thương địa phương",
      }),
      abroadFair("F-ABROAD", "2026-05-01", {
        hostOrgId: "ORG-CUC-KC",
        hostName: "Cục Công Thương địa phương",
      }),
    );
  });
  afterAll(async () => ctx?.close());

  const venueProvinceOf = async (id: string) =>
    (await ctx.db.select({ p: fair.venueProvinceId }).from(fair).where(eq(fair.id, id)))[0]?.p;

  it("keeps the venue's province on every write: a commune's province, the province itself, none abroad", async () => {
    expect(await venueProvinceOf("F-COMMUNE")).toBe(DONG_THAP);
    expect(await venueProvinceOf("F-HANOI")).toBe(HA_NOI);
    expect(await venueProvinceOf("F-ABROAD")).toBeNull();
    await ctx.db.update(fair).set({ venueUnitId: HA_NOI }).where(eq(fair.id, "F-COMMUNE"));
    expect(await venueProvinceOf("F-COMMUNE")).toBe(HA_NOI);
    await ctx.db.update(fair).set({ venueUnitId: COMMUNE_DONG_THAP }).where(eq(fair.id, "F-COMMUNE"));
    expect(await venueProvinceOf("F-COMMUNE")).toBe(DONG_THAP);
  });

  it("filters by region without reading any fair's venue unit", async () => {
    statements.length = 0;
    const response = await central.get("/api/v1/fairs?regionCode=BAC");
    expect(response.status).toBe(200);
    expect((await json(response)).items.map((item: { id: string }) => item.id)).toEqual(["F-HANOI"]);
    const ids = statements.find((s) => /^select "id" from "fair" where/iu.test(s.query));
    expect(ids, statements.map((s) => s.query).join("\n")).toBeDefined();
    const plan = rowsOf(
      await ctx.db.execute(sql.raw(`explain (format json) ${inline(ids?.query ?? "", ids?.params ?? [])}`)),
    );
    const relations = JSON.stringify(plan).match(/"Relation Name":\s*"[a-z_]+"/gu) ?? [];
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.every((r) => r.includes('"fair"'))).toBe(true);
    // The region is a filter on the fair's own columns, not a join to a list of spans: a join loses the list
    // index's order, and a region holding most fairs then read and sorted all 20,000 of them at national scale.
    const nodes = JSON.stringify(plan).match(/"Node Type":\s*"[A-Za-z -]+"/gu) ?? [];
    expect(
      nodes.filter((n) => /Join|Nested Loop|Values Scan/u.test(n)),
      nodes.join(", "),
    ).toEqual([]);
  });

  it("walks the list index in its order for a region and stops at the bounded count", async () => {
    statements.length = 0;
    expect((await central.get("/api/v1/fairs?regionCode=NAM")).status).toBe(200);
    const ids = statements.find((s) => /^select "id" from "fair" where/iu.test(s.query));
    // With three fairs the planner would rather sort a sequential scan; without that choice it must read the list
    // index in order, with the region as the index scan's own filter and no sort above it.
    await ctx.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const plan = JSON.stringify(
        rowsOf(
          await tx.execute(sql.raw(`explain (format json) ${inline(ids?.query ?? "", ids?.params ?? [])}`)),
        ),
      );
      expect(plan).toMatch(/"Index Name":\s*"fair_list_idx"/u);
      expect(plan).not.toMatch(/"Node Type":\s*"Sort"/u);
    });
  });

  it("filters by host organisation", async () => {
    const ids = async (query: string) =>
      (await json(await central.get(`/api/v1/fairs?${query}`))).items.map((item: { id: string }) => item.id);
    expect(await ids("hostOrgId=ORG-CUC-KC")).toEqual(["F-ABROAD", "F-HANOI"]);
    expect(await ids("hostOrgId=ORG-CUC-KC&year=2026&level=ABROAD")).toEqual(["F-ABROAD"]);
    expect(await ids("hostOrgId=ORG-BCT")).toEqual([]);
  });
});

/** The statement with its parameters written in as literals, so EXPLAIN can plan it on both engines. */
function inline(query: string, params: unknown[]): string {
  return query.replace(/\$(\d+)/gu, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return "null";
    if (typeof value === "number") return String(value);
    return `'${String(value).replaceAll("'", "''")}'`;
  });
}
