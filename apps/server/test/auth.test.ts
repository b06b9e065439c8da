import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, session } from "../src/db/schema/index";
import { buildUser, createTestContext, engines, json, signedIn, type TestContext } from "./support";
import { totpFromUri } from "./totp";

describe.each(engines)("sign-in, sessions and two-factor on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
  });
  afterAll(async () => ctx?.close());

  it("signs in with e-mail and password, sets an httpOnly SameSite cookie, answers /me, and signs out", async () => {
    const user = await buildUser(ctx, { role: "PROVINCIAL_OFFICER" });
    const client = ctx.client();
    const response = await client.signIn(user.email.toUpperCase(), user.password);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.twoFactorRequired).toBe(false);
    expect(body.user).toMatchObject({
      email: user.email,
      role: "PROVINCIAL_OFFICER",
      scope: { kind: "PROVINCE", provinceId: "P34-82", label: "Đồng Tháp" },
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("kc.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//i);

    const me = await client.get("/api/v1/me");
    expect(me.status).toBe(200);
    expect((await json(me)).abilities).toEqual([
      "catalogues.read",
      "establishments.read",
      "establishments.create",
      "establishments.update",
      "establishments.import",
      "establishments.export",
      "projects.read",
      "projects.export",
      "projects.transition",
      "projects.disburse",
      "projects.documents",
      "projects.create",
      "projects.update",
      "plans.read",
      "plans.manage",
      "figures.report",
      "dashboard.read",
      "dashboard.export",
    ]);

    const token = client.cookies.get("kc.session_token");
    expect((await client.post("/api/v1/auth/sign-out")).status).toBe(204);
    // The old cookie, replayed, no longer works: the session is gone on the server.
    const replay = ctx.client();
    replay.cookies.set("kc.session_token", token ?? "");
    expect((await replay.get("/api/v1/me")).status).toBe(401);
    const [events] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(eq(auditLog.actorUserId, user.id), eq(auditLog.category, "AUTH")));
    expect(events?.n).toBe(2); // SIGN_IN and SIGN_OUT
  });

  it("answers one generic message for a wrong password and for an unknown account, and logs both", async () => {
    const user = await buildUser(ctx, { role: "CENTRAL_OFFICER" });
    const wrong = await ctx.client().signIn(user.email, "not-the-password");
    const unknown = await ctx.client().signIn("khong-ton-tai@test.khuyencong.vn", "whatever-123");
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const problem = await json(response);
      expect(problem.code).toBe("AUTH_INVALID_CREDENTIALS");
      expect(problem.detail).toBe("Thư điện tử hoặc mật khẩu không đúng");
    }
    const rows = await ctx.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.category, "AUTH"),
          eq(auditLog.outcome, "FAILED"),
          eq(auditLog.actorEmail, user.email),
        ),
      );
    expect(rows).toHaveLength(1);
  });

  it("rate-limits sign-in attempts per client address, even with the right password afterwards", async () => {
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const client = ctx.client();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await client.signIn(user.email, "sai-mat-khau")).status);
    const blocked = await client.signIn(user.email, user.password);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(blocked.status).toBe(429);
    expect((await json(blocked)).code).toBe("AUTH_RATE_LIMITED");
    // Another address is not affected.
    expect((await ctx.client().signIn(user.email, user.password)).status).toBe(200);
  });

  it("ignores a client-supplied internal IP header (the limit cannot be dodged by spoofing it)", async () => {
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const client = ctx.client();
    for (let i = 0; i < 5; i++) {
      await client.request(
        "POST",
        "/api/v1/auth/sign-in",
        { email: user.email, password: "x" },
        { "x-kc-client-ip": `192.0.2.${i}` },
      );
    }
    expect((await client.signIn(user.email, user.password)).status).toBe(429);
  });

  it("ends a session after its idle timeout and after its absolute lifetime", async () => {
    const { user, client } = await signedIn(ctx, { role: "CENTRAL_OFFICER" });
    expect((await client.get("/api/v1/me")).status).toBe(200);
    await ctx.db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.userId, user.id));
    expect((await client.get("/api/v1/me")).status).toBe(401);

    const second = ctx.client();
    expect((await second.signIn(user.email, user.password)).status).toBe(200);
    expect((await second.get("/api/v1/me")).status).toBe(200);
    ctx.advanceClock(25 * 3600_000);
    try {
      expect((await second.get("/api/v1/me")).status).toBe(401);
    } finally {
      ctx.advanceClock(-25 * 3600_000);
    }
  });

  it("rotates the session token at each sign-in", async () => {
    const user = await buildUser(ctx, { role: "CENTRAL_OFFICER" });
    const a = ctx.client();
    await a.signIn(user.email, user.password);
    const first = a.cookies.get("kc.session_token");
    await a.signIn(user.email, user.password);
    expect(a.cookies.get("kc.session_token")).not.toBe(first);
  });

  it("requires the TOTP code once two-factor is on, and rejects a wrong code", async () => {
    const { user, client } = await signedIn(ctx, { role: "PROVINCIAL_LEADER" });
    const enable = await client.post("/api/v1/me/two-factor/enable", { password: user.password });
    expect(enable.status).toBe(200);
    const { totpUri, backupCodes } = await json(enable);
    expect(totpUri).toMatch(/^otpauth:\/\/totp\//);
    expect(backupCodes.length).toBeGreaterThan(0);
    expect((await client.post("/api/v1/me/two-factor/confirm", { code: totpFromUri(totpUri) })).status).toBe(
      204,
    );
    expect((await json(await client.get("/api/v1/me"))).twoFactorEnabled).toBe(true);
    await client.post("/api/v1/auth/sign-out");

    const next = ctx.client();
    const step1 = await next.signIn(user.email, user.password);
    expect(step1.status).toBe(200);
    expect(await json(step1)).toEqual({ twoFactorRequired: true });
    expect((await next.get("/api/v1/me")).status).toBe(401);
    const wrong = await next.post("/api/v1/auth/two-factor/verify", {
      code: "000000" === totpFromUri(totpUri) ? "111111" : "000000",
    });
    expect(wrong.status).toBe(401);
    const step2 = await next.post("/api/v1/auth/two-factor/verify", { code: totpFromUri(totpUri) });
    expect(step2.status).toBe(200);
    expect((await json(step2)).user.email).toBe(user.email);
    expect((await next.get("/api/v1/me")).status).toBe(200);
    const [last] = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorUserId, user.id))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(last?.action).toBe("SIGN_IN");
  });

  it("is reachable only with a session: /me without a cookie is 401 problem+json", async () => {
    const response = await ctx.client().get("/api/v1/me");
    expect(response.status).toBe(401);
    expect(await json(response)).toMatchObject({ code: "AUTH_REQUIRED", status: 401 });
  });
});
