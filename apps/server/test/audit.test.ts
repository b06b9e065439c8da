import { todayInVietnam } from "@kc/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../src/db/schema/index";
import { buildUser, createTestContext, engines, HA_NOI, json, signedIn, type TestContext } from "./support";

describe.each(engines)("audit log on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
  });
  afterAll(async () => ctx?.close());

  it("cannot be updated, deleted or truncated, even by the table owner", async () => {
    await buildUser(ctx, { role: "AUDITOR" });
    const [row] = await ctx.db.select().from(auditLog).limit(1);
    expect(row).toBeDefined();
    await expect(
      ctx.db
        .update(auditLog)
        .set({ action: "FORGED" })
        .where(eq(auditLog.id, row?.id ?? 0n)),
    ).rejects.toThrow();
    await expect(ctx.db.delete(auditLog).where(eq(auditLog.id, row?.id ?? 0n))).rejects.toThrow();
    await expect(ctx.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const [same] = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.id, row?.id ?? 0n));
    expect(same?.action).toBe(row?.action);
  });

  it("writes one audit row per successful write, with actor, role, scope, entity, before, after and request id", async () => {
    const { client: admin, user: adminUser } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    const victim = await buildUser(ctx, { role: "CENTRAL_OFFICER" });
    const response = await admin.patch(`/api/v1/users/${victim.id}`, { version: 1, name: "Tên Đã Sửa" });
    const rows = await ctx.db.select().from(auditLog).where(eq(auditLog.action, "USER_UPDATED"));
    const mine = rows.filter((r) => r.entityId === victim.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      category: "DATA",
      outcome: "SUCCESS",
      actorUserId: adminUser.id,
      actorRole: "SYSTEM_ADMIN",
      actorScope: { kind: "NATIONAL" },
      entity: "user",
      requestId: response.headers.get("x-request-id"),
      before: { name: "Người Kiểm Thử", version: 1 },
      after: { name: "Tên Đã Sửa", version: 2 },
    });
  });

  it("labels rows stored under a legacy code and finds them by the current code and by the old one", async () => {
    const entityId = `legacy-plan-${engine}`;
    // A row as the plans module wrote it before the naming rule; the audit log is insert-only, so it stays so.
    await ctx.db.insert(auditLog).values({
      category: "DATA",
      outcome: "SUCCESS",
      action: "PLAN_CREATE",
      entity: "annual_plan",
      entityId,
    });
    const { client: admin } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    for (const action of ["ANNUAL_PLAN_CREATED", "PLAN_CREATE"]) {
      const page = await json(await admin.get(`/api/v1/audit-events?action=${action}&entityId=${entityId}`));
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({
        action: "PLAN_CREATE",
        actionLabel: "Lập kế hoạch khuyến công năm",
        entityLabel: "Kế hoạch khuyến công năm",
      });
    }
    const other = await json(
      await admin.get(`/api/v1/audit-events?action=PROGRAMME_CREATED&entityId=${entityId}`),
    );
    expect(other.items).toHaveLength(0);
  });

  it("is readable by administrators and auditors with filters, and by nobody else", async () => {
    const { client: auditor } = await signedIn(ctx, { role: "AUDITOR" });
    const all = await json(await auditor.get("/api/v1/audit-events?category=AUTH&pageSize=200"));
    expect(all.total).toBeGreaterThan(0);
    expect(all.items.every((e: { category: string }) => e.category === "AUTH")).toBe(true);
    // The legacy code finds the rows written under the code that replaced it.
    const signIns = await json(await auditor.get("/api/v1/audit-events?action=SIGN_IN&outcome=SUCCESS"));
    expect(signIns.items[0]).toMatchObject({ action: "SIGN_IN_ATTEMPTED", actionLabel: "Đăng nhập" });
    // The filter takes Vietnamese calendar days (UTC+7), like the audit screen: "today" is today in Vietnam.
    const today = todayInVietnam();
    const future = await json(await auditor.get("/api/v1/audit-events?from=2099-01-01"));
    expect(future.total).toBe(0);
    expect(
      (await json(await auditor.get(`/api/v1/audit-events?from=2020-01-01&to=${today}`))).total,
    ).toBeGreaterThan(0);
    expect((await auditor.get("/api/v1/audit-events?from=01/01/2024")).status).toBe(400);
    for (const role of [
      "PROVINCIAL_OFFICER",
      "PROVINCIAL_LEADER",
      "CENTRAL_OFFICER",
      "IMPLEMENTER",
    ] as const) {
      const { client } = await signedIn(ctx, { role });
      expect({ role, status: (await client.get("/api/v1/audit-events")).status }).toEqual({
        role,
        status: 403,
      });
    }
  });

  it("shows a provincial auditor only what its province's users did", async () => {
    const { user: hanoiOfficer } = await signedIn(ctx, {
      role: "PROVINCIAL_OFFICER",
      scope: { kind: "PROVINCE", provinceId: HA_NOI },
    });
    const { user: dongThapOfficer } = await signedIn(ctx, { role: "PROVINCIAL_OFFICER" });
    const { client } = await signedIn(ctx, {
      role: "AUDITOR",
      scope: { kind: "PROVINCE", provinceId: HA_NOI },
    });
    const events = await json(await client.get("/api/v1/audit-events?pageSize=200"));
    const actors = new Set(events.items.map((e: { actorUserId: string }) => e.actorUserId));
    expect(actors.has(hanoiOfficer.id)).toBe(true);
    expect(actors.has(dongThapOfficer.id)).toBe(false);
  });
});
