import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, session } from "../src/db/schema/index";
import { buildUser, createTestContext, engines, json, randomIp, signedIn, type TestContext } from "./support";
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
      "selection.read",
      "selection.manage",
      "tradePromotion.read",
      "tradePromotion.manage",
      "centres.read",
      "centres.manage",
      "conferences.read",
      "reports.read",
      "reports.fill",
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
    expect(events?.n).toBe(2); // SIGN_IN_ATTEMPTED and SIGNED_OUT
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

  it("lets a whole office sign in from one address: 20 correct sign-ins in a minute all succeed", async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => buildUser(ctx, { role: "AUDITOR" })));
    const office = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const user = users[i % users.length] as (typeof users)[number];
      statuses.push((await ctx.client(office).signIn(user.email, user.password)).status);
    }
    expect(statuses).toEqual(Array(20).fill(200));
  });

  it("locks an account after 5 wrong passwords (429, Retry-After, when to retry) but not its neighbour", async () => {
    const a = await buildUser(ctx, { role: "AUDITOR" });
    const b = await buildUser(ctx, { role: "AUDITOR" });
    const office = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await ctx.client(office).signIn(a.email, "sai-mat-khau")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);

    // Locked, even with the right password, from this address or any other.
    for (const client of [ctx.client(office), ctx.client()]) {
      const blocked = await client.signIn(a.email.toUpperCase(), a.password);
      expect(blocked.status).toBe(429);
      const retryAfter = Number(blocked.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(890);
      expect(retryAfter).toBeLessThanOrEqual(900);
      const problem = await json(blocked);
      expect(problem.code).toBe("AUTH_RATE_LIMITED");
      expect(problem.retryAfterSeconds).toBe(retryAfter);
      expect(problem.detail).toMatch(
        /^Bạn đã nhập sai quá nhiều lần\. Vui lòng thử lại sau 15 phút, lúc \d\d:\d\d$/,
      );
      expect(client.cookies.size).toBe(0);
    }
    // The colleague behind the same address is not affected.
    expect((await ctx.client(office).signIn(b.email, b.password)).status).toBe(200);

    // Every failure is in the audit log, and so is the refusal.
    const rows = await ctx.db
      .select({ outcome: auditLog.outcome })
      .from(auditLog)
      .where(and(eq(auditLog.category, "AUTH"), eq(auditLog.actorEmail, a.email)));
    expect(rows.filter((r) => r.outcome === "FAILED")).toHaveLength(5);
    expect(rows.filter((r) => r.outcome === "DENIED")).toHaveLength(2);
  });

  it("lifts the lock when the window ends, and says how long is left meanwhile", async () => {
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const client = ctx.client();
    for (let i = 0; i < 5; i++) await client.signIn(user.email, "sai-mat-khau");
    ctx.advanceClock(10 * 60_000);
    try {
      const blocked = await client.signIn(user.email, user.password);
      expect(blocked.status).toBe(429);
      const retryAfter = Number(blocked.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(290);
      expect(retryAfter).toBeLessThanOrEqual(300);
      expect((await json(blocked)).detail).toContain("thử lại sau 5 phút");
      ctx.advanceClock(retryAfter * 1000);
      expect((await client.signIn(user.email, user.password)).status).toBe(200);
    } finally {
      ctx.advanceClock(-(10 * 60_000 + 300_000));
    }
  });

  it("clears an account's failures at a correct sign-in, so only consecutive failures lock it", async () => {
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const client = ctx.client();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.signIn(user.email, "sai-mat-khau")).status);
    statuses.push((await client.signIn(user.email, user.password)).status);
    for (let i = 0; i < 5; i++) statuses.push((await client.signIn(user.email, "sai-mat-khau")).status);
    statuses.push((await client.signIn(user.email, user.password)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 200, 401, 401, 401, 401, 401, 429]);
  });

  it("lets no more than 5 of many simultaneous wrong passwords be checked", async () => {
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => ctx.client().signIn(user.email, "sai-mat-khau")),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
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
    expect(last?.action).toBe("SIGN_IN_ATTEMPTED");
  });

  it("locks the second step after 5 wrong codes, with Retry-After, and logs the refusal", async () => {
    const { user, client } = await signedIn(ctx, { role: "PROVINCIAL_LEADER" });
    const { totpUri } = await json(
      await client.post("/api/v1/me/two-factor/enable", { password: user.password }),
    );
    await client.post("/api/v1/me/two-factor/confirm", { code: totpFromUri(totpUri) });
    await client.post("/api/v1/auth/sign-out");
    const next = ctx.client();
    expect(await json(await next.signIn(user.email, user.password))).toEqual({ twoFactorRequired: true });
    const wrongCode = totpFromUri(totpUri) === "000000" ? "111111" : "000000";
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await next.post("/api/v1/auth/two-factor/verify", { code: wrongCode })).status);
    }
    const blocked = await next.post("/api/v1/auth/two-factor/verify", { code: totpFromUri(totpUri) });
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBe(900);
    expect((await json(blocked)).detail).toMatch(/thử lại sau tối đa 15 phút/);
    const [denied] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, "SIGN_IN_TOTP_ATTEMPTED"),
          eq(auditLog.outcome, "DENIED"),
          eq(auditLog.ip, next.ip),
        ),
      );
    expect(denied?.n).toBe(1);
  });

  it("is reachable only with a session: /me without a cookie is 401 problem+json", async () => {
    const response = await ctx.client().get("/api/v1/me");
    expect(response.status).toBe(401);
    expect(await json(response)).toMatchObject({ code: "AUTH_REQUIRED", status: 401 });
  });
});

describe.each(engines)("the per-address sign-in limit on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine, { signInLimits: { accountMaxFailures: 5, addressMaxFailures: 6 } });
  });
  afterAll(async () => ctx?.close());

  it("refuses an address whose failures over many accounts reach its limit, and only that address", async () => {
    const users = await Promise.all(Array.from({ length: 3 }, () => buildUser(ctx, { role: "AUDITOR" })));
    const office = randomIp();
    const statuses: number[] = [];
    // A guesser's failures on accounts that never sign in from here.
    const wrong = async (n: number) =>
      statuses.push((await ctx.client(office).signIn(`doan-${n}@test.khuyencong.vn`, "sai")).status);
    for (let n = 0; n < 5; n++) await wrong(n);
    // One failure left: 20 correct sign-ins of other accounts meanwhile give none of it back.
    for (let i = 0; i < 20; i++) {
      const user = users[i % 3] as (typeof users)[number];
      statuses.push((await ctx.client(office).signIn(user.email, user.password)).status);
    }
    await wrong(5);
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(20).fill(200), 401]);
    // Now even an unknown e-mail from this address is one failure too many ...
    const blocked = await ctx.client(office).signIn("khong-ton-tai@test.khuyencong.vn", "sai");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    // ... and the message blames the network, not the officer.
    expect((await json(blocked)).detail).toMatch(/^Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này\. /);
    // ... but not from another address, and the accounts themselves are not locked.
    expect((await ctx.client().signIn((users[0] as (typeof users)[number]).email, "sai")).status).toBe(401);
  });

  it("counts the socket's address, not a client-supplied internal header", async () => {
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const client = ctx.client();
    for (let i = 0; i < 6; i++) {
      await client.request(
        "POST",
        "/api/v1/auth/sign-in",
        { email: `nguoi-${i}@test.khuyencong.vn`, password: "x" },
        { "x-kc-client-ip": `192.0.2.${i}` },
      );
    }
    expect((await client.signIn(user.email, user.password)).status).toBe(429);
  });
});
