import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, passwordResetToken } from "../src/db/schema/index";
import {
  buildUser,
  createTestContext,
  engines,
  json,
  randomIp,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/** A real SMTP server in the test process: every message it receives, raw. */
async function startSmtpServer() {
  const received: string[] = [];
  const waiting: ((message: string) => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const message = Buffer.concat(chunks).toString("utf8");
        received.push(message);
        waiting.shift()?.(message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    nextMessage: () => new Promise<string>((resolve) => waiting.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The token of the link in a reset e-mail, quoted-printable or not. Decoding a mail that is not quoted-printable
 * would turn a token beginning with two hex digits ("#token=1B…") into a control character, so the mail is decoded
 * only when it is quoted-printable (its "=" written "=3D", or soft line breaks).
 */
function tokenFrom(mail: string): string {
  const quoted = /#token=3D/.test(mail) || /=\r?\n/.test(mail);
  const decoded = quoted
    ? mail
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : mail;
  const token = /#token=([A-Za-z0-9_-]+)/.exec(decoded)?.[1];
  if (!token) throw new Error(`no reset link in:\n${mail}`);
  return token;
}

const NEW_PASSWORD = "mot cum tu that dai de nho 2026";

describe.each(engines)("password reset by e-mail through a real SMTP server on %s", (engine) => {
  let ctx: TestContext;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    ctx = await createTestContext(engine, {
      smtp: { url: `smtp://127.0.0.1:${smtp.port}`, from: '"Khuyến công" <no-reply@test.khuyencong.vn>' },
    });
  });
  afterAll(async () => {
    await ctx?.close();
    await smtp?.close();
  });

  it("mails a single-use link, stores only its hash, resets the password and ends every session", async () => {
    const user = await buildUser(ctx, { role: "PROVINCIAL_OFFICER" });
    const elsewhere = ctx.client();
    expect((await elsewhere.signIn(user.email, user.password)).status).toBe(200);

    const arrival = smtp.nextMessage();
    const asked = await ctx.client().post("/api/v1/auth/password-reset/request", { email: user.email });
    expect(asked.status).toBe(202);
    const mail = await arrival;
    expect(mail).toContain(`To: ${user.email}`);
    const token = tokenFrom(mail);
    const stored = await ctx.db.select().from(passwordResetToken);
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);

    const reset = await ctx
      .client()
      .post("/api/v1/auth/password-reset", { token, newPassword: NEW_PASSWORD });
    expect(reset.status).toBe(204);
    expect((await elsewhere.get("/api/v1/me")).status).toBe(401);
    expect((await ctx.client().signIn(user.email, user.password)).status).toBe(401);
    expect((await ctx.client().signIn(user.email, NEW_PASSWORD)).status).toBe(200);

    const again = await ctx
      .client()
      .post("/api/v1/auth/password-reset", { token, newPassword: `${NEW_PASSWORD}!` });
    expect(again.status).toBe(400);
    expect((await json(again)).code).toBe("AUTH_RESET_TOKEN_INVALID");
    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "USER_PASSWORD_SELF_RESET")));
    expect(audit).toHaveLength(1);
  });

  it("answers an unknown address exactly like a known one, and sends it nothing", async () => {
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const before = smtp.received.length;
    const arrival = smtp.nextMessage();
    const known = await ctx.client().post("/api/v1/auth/password-reset/request", { email: user.email });
    await arrival;
    const unknown = await ctx
      .client()
      .post("/api/v1/auth/password-reset/request", { email: "khong-co-ai@test.khuyencong.vn" });
    expect(unknown.status).toBe(known.status);
    expect(await json(unknown)).toEqual(await json(known));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received.length).toBe(before + 1);
  });
});

describe.each(engines)("account self-service on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
  });
  afterAll(async () => ctx?.close());

  async function resetLink(email: string): Promise<string> {
    const before = ctx.sentMail.length;
    expect((await ctx.client().post("/api/v1/auth/password-reset/request", { email })).status).toBe(202);
    const mail = ctx.sentMail[before];
    if (!mail) throw new Error("no reset e-mail");
    return tokenFrom(mail.text);
  }

  it("refuses a reset link once it has expired, and a link replaced by a newer one", async () => {
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const first = await resetLink(user.email);
    const second = await resetLink(user.email);
    const replaced = await ctx
      .client()
      .post("/api/v1/auth/password-reset", { token: first, newPassword: NEW_PASSWORD });
    expect((await json(replaced)).code).toBe("AUTH_RESET_TOKEN_INVALID");
    ctx.advanceClock(31 * 60_000);
    try {
      const late = await ctx
        .client()
        .post("/api/v1/auth/password-reset", { token: second, newPassword: NEW_PASSWORD });
      expect(late.status).toBe(400);
      expect((await json(late)).code).toBe("AUTH_RESET_TOKEN_INVALID");
    } finally {
      ctx.advanceClock(-31 * 60_000);
    }
    expect((await ctx.client().signIn(user.email, user.password)).status).toBe(200);
  });

  it("changes a password only with the right current one, ends the other sessions and keeps this one", async () => {
    const { user, client } = await signedIn(ctx, { role: "CENTRAL_OFFICER" });
    const other = ctx.client();
    expect((await other.signIn(user.email, user.password)).status).toBe(200);

    const wrong = await client.post("/api/v1/me/password", {
      currentPassword: "khong-dung",
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).code).toBe("AUTH_CURRENT_PASSWORD_WRONG");
    const common = await client.post("/api/v1/me/password", {
      currentPassword: user.password,
      newPassword: "matkhau123",
    });
    expect(common.status).toBe(422);
    expect((await json(common)).code).toBe("AUTH_PASSWORD_WEAK");

    const changed = await client.post("/api/v1/me/password", {
      currentPassword: user.password,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(200);
    expect(await json(changed)).toEqual({ endedSessions: 1 });
    expect((await client.get("/api/v1/me")).status).toBe(200);
    expect((await other.get("/api/v1/me")).status).toBe(401);
    expect((await ctx.client().signIn(user.email, NEW_PASSWORD)).status).toBe(200);
    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "USER_PASSWORD_CHANGED")));
    expect(audit).toHaveLength(1);
  });

  it("makes a password set by the administrator be changed before anything else", async () => {
    const { client: admin } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    const email = `moi-${crypto.randomUUID().slice(0, 6)}@test.khuyencong.vn`;
    const created = await admin.post("/api/v1/users", {
      email,
      name: "Cán Bộ Mới",
      role: "CENTRAL_OFFICER",
      scope: { kind: "NATIONAL" },
      password: "mat-khau-tam-thoi",
    });
    expect(created.status).toBe(201);

    const officer = ctx.client();
    const signIn = await officer.signIn(email, "mat-khau-tam-thoi");
    expect(signIn.status).toBe(200);
    expect((await json(signIn)).user.mustChangePassword).toBe(true);
    const refused = await officer.get("/api/v1/establishments");
    expect(refused.status).toBe(403);
    expect((await json(refused)).code).toBe("AUTH_PASSWORD_CHANGE_REQUIRED");
    expect((await officer.get("/api/v1/me")).status).toBe(200);

    const changed = await officer.post("/api/v1/me/password", {
      currentPassword: "mat-khau-tam-thoi",
      newPassword: NEW_PASSWORD,
    });
    expect(changed.status).toBe(200);
    expect((await json(await officer.get("/api/v1/me"))).mustChangePassword).toBe(false);
    expect((await officer.get("/api/v1/establishments")).status).toBe(200);
  });

  it("tells a disabled account so, but only once its right password is given", async () => {
    const { client: admin } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const view = await json(await admin.get(`/api/v1/users/${user.id}`));
    const disabled = await admin.post(`/api/v1/users/${user.id}/disable`, { version: view.version });
    expect(disabled.status).toBe(200);

    const right = await ctx.client().signIn(user.email, user.password);
    expect(right.status).toBe(403);
    const problem = await json(right);
    expect(problem.code).toBe("AUTH_ACCOUNT_DISABLED");
    expect(problem.detail).toMatch(/Tài khoản đã bị khoá.*liên hệ quản trị/);
    const wrong = await ctx.client().signIn(user.email, "khong-dung-mat-khau");
    expect(wrong.status).toBe(401);
    expect((await json(wrong)).code).toBe("AUTH_INVALID_CREDENTIALS");
  });

  it("lets 30 officers behind one address all sign in at a training, typos included", async () => {
    const officers = await Promise.all(Array.from({ length: 30 }, () => buildUser(ctx, { role: "AUDITOR" })));
    const room = randomIp();
    const statuses: number[] = [];
    for (const officer of officers) {
      // Two typos each: 60 failures from the room's one address, more than its budget of 50.
      for (let i = 0; i < 2; i++)
        statuses.push((await ctx.client(room).signIn(officer.email, "go-nham")).status);
      statuses.push((await ctx.client(room).signIn(officer.email, officer.password)).status);
    }
    expect(statuses).toEqual(Array.from({ length: 30 }, () => [401, 401, 200]).flat());
    // The typos that ended in a sign-in were given back: the room is not locked for a late-comer.
    const lateComer = await buildUser(ctx, { role: "AUDITOR" });
    expect((await ctx.client(room).signIn(lateComer.email, lateComer.password)).status).toBe(200);
  });

  it("limits the sixth wrong password on one account, with Retry-After and the wait in words", async () => {
    const user = await buildUser(ctx, { role: "AUDITOR" });
    const guesser: TestClient = ctx.client();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await guesser.signIn(user.email, `doan-${i}`)).status);
    const sixth = await guesser.signIn(user.email, "doan-6");
    expect([...statuses, sixth.status]).toEqual([401, 401, 401, 401, 401, 429]);
    const retryAfter = Number(sixth.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect((await json(sixth)).detail).toMatch(/thử lại sau 1[45] phút, lúc \d\d:\d\d$/);
  });
});
