import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Context } from "hono";
import { passwordResetToken, user } from "../../db/schema/index";
import { logSecurityEvent } from "../../platform/audit";
import type { AppEnv } from "../../platform/context";
import { requestMeta } from "../../platform/router";
import { rateLimited } from "./sign-in";
import { countRequest, retryMessage } from "./sign-in-limits";

/** Reset e-mails one address may ask for per window, and one account may receive (beyond: silently none). */
const RESET_REQUESTS_PER_ADDRESS = 20;
const RESET_MAILS_PER_ACCOUNT = 3;

/** The answer to every request, whether or not the address has an account (no account enumeration). */
export function resetRequestAnswer(minutes: number): string {
  return `Nếu địa chỉ này thuộc một tài khoản đang hoạt động, hệ thống đã gửi đến đó một thư có liên kết đặt lại mật khẩu. Liên kết dùng được một lần, trong ${minutes} phút.`;
}

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * "Quên mật khẩu": mails a single-use link valid `passwordResetMinutes` to the account's address. The answer is
 * the same for every e-mail, and the mail is sent after the answer is decided, so neither the wording nor the
 * SMTP round trip tells a stranger which addresses have accounts. Only the token's SHA-256 is stored; a new
 * request replaces the links not yet used. Requests are limited per client address (429) and per account
 * (beyond three mails a window, none is sent, so nobody's mailbox can be flooded).
 */
export async function requestPasswordReset(
  c: Context<AppEnv>,
  rawEmail: string,
): Promise<{ message: string }> {
  const { db, config, now, mailer, logger } = c.get("deps");
  const at = now();
  const email = rawEmail.trim().toLowerCase();
  const windowSeconds = config.signInLimits.windowSeconds;
  const answer = { message: resetRequestAnswer(config.passwordResetMinutes) };
  const byAddress = await countRequest({
    db,
    key: `reset-address:${c.get("clientIp") ?? "unknown"}`,
    max: RESET_REQUESTS_PER_ADDRESS,
    now: at,
    windowSeconds,
  });
  if (!byAddress.allowed)
    throw rateLimited(
      c,
      byAddress.retryAfterSeconds,
      retryMessage(byAddress.retryAfterSeconds, byAddress.retryAt, false, "address").replace(
        "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này",
        "Có quá nhiều yêu cầu đặt lại mật khẩu từ địa chỉ mạng này",
      ),
    );
  const byAccount = await countRequest({
    db,
    key: `reset-account:${email}`,
    max: RESET_MAILS_PER_ACCOUNT,
    now: at,
    windowSeconds,
  });
  const [account] = await db
    .select({ id: user.id, name: user.name, disabled: user.disabled })
    .from(user)
    .where(eq(user.email, email));
  const reason = !account
    ? "UNKNOWN_ACCOUNT"
    : account.disabled
      ? "ACCOUNT_DISABLED"
      : !byAccount.allowed
        ? "TOO_MANY_REQUESTS"
        : null;
  await logSecurityEvent(
    db,
    {
      category: "AUTH",
      action: "PASSWORD_RESET_REQUESTED",
      outcome: reason ? "DENIED" : "SUCCESS",
      actor: null,
      email,
      ...(account ? { entity: "user" as const, entityId: account.id } : {}),
      ...(reason ? { detail: { reason } } : {}),
    },
    requestMeta(c),
  );
  if (!account || reason) return answer;

  const token = randomBytes(32).toString("base64url");
  await db.transaction(async (tx) => {
    await tx
      .delete(passwordResetToken)
      .where(and(eq(passwordResetToken.userId, account.id), isNull(passwordResetToken.usedAt)));
    await tx.insert(passwordResetToken).values({
      tokenHash: hashResetToken(token),
      userId: account.id,
      createdAt: at,
      expiresAt: new Date(at.getTime() + config.passwordResetMinutes * 60_000),
    });
  });
  // In the fragment, the token never reaches a server log or a Referer header.
  const link = `${config.publicUrl}/dat-lai-mat-khau#token=${token}`;
  mailer
    .send({
      to: email,
      subject: "Đặt lại mật khẩu — Hệ thống quản lý khuyến công",
      text: [
        `Xin chào ${account.name},`,
        "",
        "Có người (hy vọng là bạn) vừa yêu cầu đặt lại mật khẩu tài khoản khuyến công của bạn.",
        `Mở liên kết sau để đặt mật khẩu mới. Liên kết dùng được một lần, trong ${config.passwordResetMinutes} phút:`,
        "",
        link,
        "",
        "Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại của bạn không thay đổi.",
      ].join("\n"),
    })
    .catch((error: unknown) => logger.error({ err: error }, "password reset e-mail could not be sent"));
  return answer;
}
