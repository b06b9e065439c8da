import type { DataScope, RoleCode } from "@kc/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, session, user } from "../src/db/schema/index";
import {
  type BuiltUser,
  buildUser,
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

type Actor = { label: string; role: RoleCode; scope?: DataScope };
type Target = "ownProvince" | "otherProvince" | "central" | "missing";

/** The authorization matrix of the user routes (RELIABILITY.md §1.1): role × scope × target → status. */
const actors: (Actor & { read: Record<Target, number>; manage: number })[] = [
  {
    label: "system admin",
    role: "SYSTEM_ADMIN",
    read: { ownProvince: 200, otherProvince: 200, central: 200, missing: 404 },
    manage: 200,
  },
  {
    label: "central leader",
    role: "CENTRAL_LEADER",
    read: { ownProvince: 200, otherProvince: 200, central: 200, missing: 404 },
    manage: 403,
  },
  {
    label: "central officer",
    role: "CENTRAL_OFFICER",
    read: { ownProvince: 200, otherProvince: 200, central: 200, missing: 404 },
    manage: 403,
  },
  {
    label: "central officer of the South region",
    role: "CENTRAL_OFFICER",
    scope: { kind: "REGION", regionCode: "NAM" },
    read: { ownProvince: 200, otherProvince: 404, central: 404, missing: 404 },
    manage: 403,
  },
  {
    label: "provincial leader (Đồng Tháp)",
    role: "PROVINCIAL_LEADER",
    read: { ownProvince: 200, otherProvince: 404, central: 404, missing: 404 },
    manage: 403,
  },
  {
    label: "provincial officer (Đồng Tháp)",
    role: "PROVINCIAL_OFFICER",
    read: { ownProvince: 403, otherProvince: 403, central: 403, missing: 403 },
    manage: 403,
  },
  {
    label: "implementer",
    role: "IMPLEMENTER",
    read: { ownProvince: 403, otherProvince: 403, central: 403, missing: 403 },
    manage: 403,
  },
  {
    label: "auditor (national)",
    role: "AUDITOR",
    read: { ownProvince: 200, otherProvince: 200, central: 200, missing: 404 },
    manage: 403,
  },
  {
    label: "auditor of Hà Nội",
    role: "AUDITOR",
    scope: { kind: "PROVINCE", provinceId: HA_NOI },
    read: { ownProvince: 404, otherProvince: 200, central: 404, missing: 404 },
    manage: 403,
  },
  {
    label: "juror",
    role: "JUROR",
    read: { ownProvince: 403, otherProvince: 403, central: 403, missing: 403 },
    manage: 403,
  },
  {
    label: "council secretary",
    role: "COUNCIL_SECRETARY",
    read: { ownProvince: 403, otherProvince: 403, central: 403, missing: 403 },
    manage: 403,
  },
];

describe.each(engines)("user accounts on %s", (engine) => {
  let ctx: TestContext;
  let targets: Record<Exclude<Target, "missing">, BuiltUser>;
  let admin: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    targets = {
      ownProvince: await buildUser(ctx, {
        role: "PROVINCIAL_OFFICER",
        scope: { kind: "PROVINCE", provinceId: DONG_THAP },
      }),
      otherProvince: await buildUser(ctx, {
        role: "PROVINCIAL_OFFICER",
        scope: { kind: "PROVINCE", provinceId: HA_NOI },
      }),
      central: await buildUser(ctx, { role: "CENTRAL_OFFICER" }),
    };
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
  });
  afterAll(async () => ctx?.close());

  describe.each(actors)("as $label", (actor) => {
    it("reads exactly the accounts of its scope, by id and in the list", async () => {
      const { client } = await signedIn(ctx, { role: actor.role, scope: actor.scope });
      for (const target of ["ownProvince", "otherProvince", "central", "missing"] as Target[]) {
        const id = target === "missing" ? "khong-ton-tai" : targets[target].id;
        const response = await client.get(`/api/v1/users/${id}`);
        expect({ target, status: response.status }).toEqual({ target, status: actor.read[target] });
        if (response.status === 404) expect(await response.text()).not.toContain("@test.khuyencong.vn");
      }
      const list = await client.get("/api/v1/users?pageSize=200");
      if (actor.read.ownProvince === 403) {
        expect(list.status).toBe(403);
        return;
      }
      const ids = (await json(list)).items.map((u: { id: string }) => u.id);
      for (const target of ["ownProvince", "otherProvince", "central"] as const) {
        expect({ target, listed: ids.includes(targets[target].id) }).toEqual({
          target,
          listed: actor.read[target] === 200,
        });
      }
    });

    it("may change accounts only as system administrator", async () => {
      const { client } = await signedIn(ctx, { role: actor.role, scope: actor.scope });
      const victim = await buildUser(ctx, { role: "PROVINCIAL_OFFICER" });
      const response = await client.patch(`/api/v1/users/${victim.id}`, { version: 1, name: "Tên Mới" });
      expect(response.status).toBe(actor.manage);
      const [row] = await ctx.db.select().from(user).where(eq(user.id, victim.id));
      expect(row?.name).toBe(actor.manage === 200 ? "Tên Mới" : "Người Kiểm Thử");
      if (actor.manage === 403) {
        const denied = await ctx.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.category, "ACCESS"), eq(auditLog.entityId, victim.id)));
        expect(denied).toHaveLength(1);
        expect(denied[0]?.outcome).toBe("DENIED");
      }
    });
  });

  it("answers 401 to anonymous callers", async () => {
    expect((await ctx.client().get("/api/v1/users")).status).toBe(401);
    expect((await ctx.client().post("/api/v1/users", {})).status).toBe(401);
  });

  it("creates an account with an audit row in the same transaction, and the account can sign in", async () => {
    const email = `moi-${crypto.randomUUID().slice(0, 6)}@test.khuyencong.vn`;
    const nfdName = "Nguyễn Thị Hồng".normalize("NFD");
    const response = await admin.post("/api/v1/users", {
      email,
      name: nfdName,
      role: "PROVINCIAL_LEADER",
      scope: { kind: "PROVINCE", provinceId: HA_NOI },
      organisationId: "ORG-SCT-P34-01",
      password: "mot-mat-khau-dai",
    });
    expect(response.status).toBe(201);
    const created = await json(response);
    expect(created).toMatchObject({
      email,
      name: "Nguyễn Thị Hồng".normalize("NFC"),
      scope: { label: "Hà Nội" },
      organisation: { name: "Sở Công Thương Hà Nội" },
      version: 1,
    });
    const rows = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, "USER_CREATED")));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]?.after)).not.toContain("mot-mat-khau-dai");
    expect((await ctx.client().signIn(email, "mot-mat-khau-dai")).status).toBe(200);
  });

  it("refuses a duplicate e-mail, a scope that does not fit the role, and a former province, writing nothing", async () => {
    const before = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(user);
    const base = { name: "Ai Đó", role: "PROVINCIAL_OFFICER", password: "mat-khau-123" };
    const duplicate = await admin.post("/api/v1/users", {
      ...base,
      email: targets.central.email,
      scope: { kind: "PROVINCE", provinceId: DONG_THAP },
    });
    expect(duplicate.status).toBe(409);
    expect((await json(duplicate)).code).toBe("USER_EMAIL_TAKEN");
    const misfit = await admin.post("/api/v1/users", {
      ...base,
      email: "a1@test.khuyencong.vn",
      scope: { kind: "NATIONAL" },
    });
    expect(misfit.status).toBe(422);
    expect((await json(misfit)).errors[0].path).toBe("body.scope.kind");
    const former = await admin.post("/api/v1/users", {
      ...base,
      email: "a2@test.khuyencong.vn",
      scope: { kind: "PROVINCE", provinceId: "P63-87" },
    });
    expect(former.status).toBe(422);
    const shortPassword = await admin.post("/api/v1/users", {
      ...base,
      email: "a3@test.khuyencong.vn",
      password: "ngan",
      scope: { kind: "PROVINCE", provinceId: DONG_THAP },
    });
    expect(shortPassword.status).toBe(400);
    expect((await json(shortPassword)).errors[0].path).toBe("body.password");
    const after = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(user);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("refuses a stale version with 409 and keeps the first writer's change", async () => {
    const victim = await buildUser(ctx, { role: "CENTRAL_OFFICER" });
    expect(
      (await admin.patch(`/api/v1/users/${victim.id}`, { version: 1, name: "Người Thứ Nhất" })).status,
    ).toBe(200);
    const second = await admin.patch(`/api/v1/users/${victim.id}`, { version: 1, name: "Người Thứ Hai" });
    expect(second.status).toBe(409);
    expect((await json(second)).code).toBe("VERSION_CONFLICT");
    const [row] = await ctx.db.select().from(user).where(eq(user.id, victim.id));
    expect(row).toMatchObject({ name: "Người Thứ Nhất", version: 2 });
  });

  it("disabling an account ends its open sessions and blocks its sign-in; enabling restores sign-in", async () => {
    const { user: victim, client: victimClient } = await signedIn(ctx, { role: "PROVINCIAL_OFFICER" });
    expect((await victimClient.get("/api/v1/me")).status).toBe(200);
    const disabled = await admin.post(`/api/v1/users/${victim.id}/disable`, { version: 1 });
    expect(disabled.status).toBe(200);
    expect((await json(disabled)).disabled).toBe(true);
    expect(await ctx.db.select().from(session).where(eq(session.userId, victim.id))).toHaveLength(0);
    expect((await victimClient.get("/api/v1/me")).status).toBe(401);
    // With the right password, the officer is told why (issue 14); a wrong one still learns nothing.
    const retry = await ctx.client().signIn(victim.email, victim.password);
    expect(retry.status).toBe(403);
    expect((await json(retry)).code).toBe("AUTH_ACCOUNT_DISABLED");
    expect((await json(await ctx.client().signIn(victim.email, "sai-mat-khau"))).code).toBe(
      "AUTH_INVALID_CREDENTIALS",
    );
    expect((await admin.post(`/api/v1/users/${victim.id}/enable`, { version: 2 })).status).toBe(200);
    expect((await ctx.client().signIn(victim.email, victim.password)).status).toBe(200);
  });

  it("an administrator cannot disable their own account", async () => {
    const me = await json(await admin.get("/api/v1/me"));
    const [row] = await ctx.db.select().from(user).where(eq(user.id, me.id));
    const response = await admin.post(`/api/v1/users/${me.id}/disable`, { version: row?.version });
    expect(response.status).toBe(409);
    expect((await json(response)).code).toBe("USER_CANNOT_DISABLE_SELF");
  });

  it("resets a password (old one stops working, sessions end) and revokes sessions on demand", async () => {
    const { user: victim, client: victimClient } = await signedIn(ctx, { role: "AUDITOR" });
    expect(
      (await admin.post(`/api/v1/users/${victim.id}/reset-password`, { password: "mat-khau-moi-2026" }))
        .status,
    ).toBe(204);
    expect((await victimClient.get("/api/v1/me")).status).toBe(401);
    expect((await ctx.client().signIn(victim.email, victim.password)).status).toBe(401);
    const again = ctx.client();
    const signIn = await again.signIn(victim.email, "mat-khau-moi-2026");
    expect(signIn.status).toBe(200);
    // A password the administrator chose must be replaced at this first sign-in.
    expect((await json(signIn)).user.mustChangePassword).toBe(true);
    const revoked = await admin.post(`/api/v1/users/${victim.id}/revoke-sessions`);
    expect(await json(revoked)).toEqual({ revokedSessions: 1 });
    expect((await again.get("/api/v1/me")).status).toBe(401);
  });

  it("finds accounts by name without diacritics", async () => {
    const target = await buildUser(ctx, { role: "CENTRAL_OFFICER", name: "Trương Thị Đào" });
    const found = await json(await admin.get("/api/v1/users?q=truong%20thi%20dao"));
    expect(found.items.map((u: { id: string }) => u.id)).toContain(target.id);
  });
});
