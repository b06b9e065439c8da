import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { project, projectDisbursement } from "../src/db/schema/index";
import { seedDemoAccounts } from "../src/seed/demo/demo-accounts";
import { seedDemoEstablishments } from "../src/seed/demo/demo-establishments";
import { seedDemoProjects } from "../src/seed/demo/demo-projects";
import { createTestContext, engines, json, seedSampleCommunes, signedIn, type TestContext } from "./support";

/**
 * The demo projects are driven through the use cases (checked by the transition table, the guards and the
 * ledger), so seeding them at all proves the scripts are lawful; here, the states and money they end in.
 */
describe.each(engines)("demo projects on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    await seedDemoAccounts(ctx.db);
    await seedDemoEstablishments(ctx.db, 120);
  });
  afterAll(async () => ctx?.close());

  it("seeds projects in the states the demo shows, once", async () => {
    const created = await seedDemoProjects(ctx.db);
    expect(created).toBe(14);
    expect(await seedDemoProjects(ctx.db)).toBe(0);
    const rows = await ctx.db.select().from(project).orderBy(asc(project.code));
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set([
        "CLOSED",
        "IN_PROGRESS",
        "ADJUSTMENT_PENDING",
        "CARRIED_OVER",
        "STOPPED",
        "COMPLETED_PENDING_ACCEPTANCE",
        "ACCEPTED",
        "CONTRACTED",
        "IN_APPROVED_PLAN",
        "SUBMITTED_CENTRAL",
        "SUBMITTED_BASE",
        "RETURNED",
        "DRAFT",
      ]),
    );
  });

  it("holds the Thanh Hóa pilot national project 2018–2020, closed with every đồng reconciled", async () => {
    const [pilot] = await ctx.db.select().from(project).where(eq(project.provinceId, "P34-38"));
    expect(pilot?.kind).toBe("DE_AN_DIEM");
    expect(pilot?.planYear).toBe(2018);
    expect(pilot?.status).toBe("CLOSED");
    expect(pilot?.settledAmount).toBe(175_000_000n);
    expect(pilot?.disbursedTotal).toBe(175_000_000n);
    const payments = await ctx.db
      .select()
      .from(projectDisbursement)
      .where(eq(projectDisbursement.projectId, pilot?.id ?? ""));
    expect(payments.map((p) => [p.kind, p.amount])).toEqual([
      ["ADVANCE", 126_000_000n],
      ["PAYMENT", 49_000_000n],
    ]);
  });

  it("books the pilot's payments to Thanh Hóa as it was, and the records behind that figure add up to it", async () => {
    const [pilot] = await ctx.db.select().from(project).where(eq(project.provinceId, "P34-38"));
    const payments = await ctx.db
      .select()
      .from(projectDisbursement)
      .where(eq(projectDisbursement.projectId, pilot?.id ?? ""));
    const year = Number(payments[0]?.paidOn.slice(0, 4));
    expect(year).toBeLessThan(2025);
    const inYear = payments
      .filter((p) => p.paidOn.startsWith(`${year}-`))
      .reduce((sum, p) => sum + p.amount, 0n);
    const central = (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "NATIONAL" } })).client;
    for (const unit of ["P63-38", "P34-38"]) {
      const query = `year=${year}&cutoffMonth=12&basis=AS_OF&unit=${unit}`;
      const view = await json(await central.get(`/api/v1/dashboard/budget?${query}`));
      const records = await json(await central.get(`/api/v1/dashboard/records?${query}`));
      expect(view.totals.exec.dong).toBe(`${inYear}`);
      expect(records.total.dong).toBe(`${inYear}`);
      expect(records.projects.map((p: { id: string }) => p.id)).toEqual([pilot?.id]);
    }
    // Tiền Giang, merged into Đồng Tháp, holds none of it.
    const other = await json(
      await central.get(`/api/v1/dashboard/records?year=${year}&cutoffMonth=12&basis=AS_OF&unit=P63-82`),
    );
    expect(other.projects).toEqual([]);
  });
});
