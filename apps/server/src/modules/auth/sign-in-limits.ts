import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { signInFailure } from "../../db/schema/index";
import type { SignInLimits } from "../../platform/context";

/**
 * Limits on guessing passwords (RELIABILITY.md §1.2, ASVS 6.1.1 and 6.3.1; the lockout of Decision 742) that an
 * office can live with: a whole office signs in from one NAT address, so
 *
 * - only **failures** count; a correct sign-in never does, and it clears its account's failures (the address
 *   keeps its count, or one valid account would let an attacker wipe the address budget between guesses);
 * - failures count **per account** (`accountMaxFailures`, e.g. 5) and **per client address**
 *   (`addressMaxFailures`, e.g. 50): a colleague's typos lock neither the office nor another account;
 * - the counts live in the database (`sign_in_failure`), so they hold across server processes;
 * - a window starts at the first failure of a key and lasts `windowSeconds`; once a key has used its budget,
 *   attempts are refused until the window ends, and the answer says when (`Retry-After`).
 *
 * Each attempt reserves one failure on both keys **before** the password is checked and gives it back when the
 * password was right, so concurrent guesses cannot all slip past a check made before any of them failed.
 *
 * The address count is kept **per account and address together** as well (`pair:` rows, decision 0012): when an
 * account then signs in correctly from that address, the typos it made there are given back to the address. At
 * a training, 30 officers who each mistype twice before getting in leave the room's address with nothing
 * counted; a guesser's failures on accounts that never sign in stay counted, and an attacker's own valid account
 * can only give back the failures made on itself.
 */
export type SignInGate =
  | { allowed: true; settle: (outcome: "SUCCEEDED" | "FAILED" | "NOT_CHECKED") => Promise<void> }
  | {
      allowed: false;
      retryAfterSeconds: number;
      retryAt: Date;
      /** Which budget is spent: the account's own, or the client address's (a whole office's). */
      limitedBy: "account" | "address";
    };

type Reservation = { key: string; windowStartedAt: Date; failures: number; max: number };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string | null) => `address:${ip ?? "unknown"}`;
const pairKey = (email: string, ip: string | null) => `pair:${email.trim().toLowerCase()}|${ip ?? "unknown"}`;

/** Reserves one failure on the account and on the address, or answers how long to wait. */
export async function openSignInGate(options: {
  db: Db;
  limits: SignInLimits;
  now: Date;
  email: string | null;
  ip: string | null;
}): Promise<SignInGate> {
  const { db, limits, now } = options;
  const keys: { key: string; max: number }[] = [
    { key: addressKey(options.ip), max: limits.addressMaxFailures },
  ];
  if (options.email !== null) {
    keys.push({ key: accountKey(options.email), max: limits.accountMaxFailures });
    // Never over its limit before the account is: it only records which address failures were this account's.
    keys.push({ key: pairKey(options.email, options.ip), max: limits.accountMaxFailures });
  }
  const reservations: Reservation[] = [];
  for (const { key, max } of keys) reservations.push({ ...(await reserve(db, key, now, limits)), max });

  const over = reservations.filter((r) => r.failures > r.max);
  if (over.length > 0) {
    // Refused before any password check: this attempt is nobody's failure.
    for (const r of reservations) await giveBack(db, r);
    const retryAt = new Date(
      Math.max(...over.map((r) => r.windowStartedAt.getTime() + limits.windowSeconds * 1000)),
    );
    return {
      allowed: false,
      limitedBy: over.some((r) => r.key.startsWith("account:")) ? "account" : "address",
      retryAt,
      retryAfterSeconds: Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)),
    };
  }
  return {
    allowed: true,
    settle: async (outcome) => {
      if (outcome === "FAILED") {
        await sweepExpired(db, now, limits);
        return;
      }
      const address = reservations.find((r) => r.key.startsWith("address:"));
      const pair = reservations.find((r) => r.key.startsWith("pair:"));
      for (const r of reservations) {
        if (outcome === "SUCCEEDED" && r.key !== address?.key) {
          await db.delete(signInFailure).where(eq(signInFailure.key, r.key));
        } else {
          await giveBack(db, r);
        }
      }
      // The account's earlier typos from this address were its own, not guesses at others: give them back,
      // unless the address's window began after them (they were counted in a window that has ended).
      const ownTypos = (pair?.failures ?? 1) - 1;
      if (
        outcome === "SUCCEEDED" &&
        address &&
        pair &&
        ownTypos > 0 &&
        pair.windowStartedAt >= address.windowStartedAt
      ) {
        await giveBack(db, address, ownTypos);
      }
    },
  };
}

/** One atomic upsert: a new window at the first failure, or one more failure in the running window. */
async function reserve(db: Db, key: string, now: Date, limits: SignInLimits) {
  const at = now.toISOString();
  const expired = sql`${signInFailure.windowStartedAt} <= ${at}::timestamptz - make_interval(secs => ${limits.windowSeconds})`;
  const [row] = await db
    .insert(signInFailure)
    .values({ key, windowStartedAt: now, failures: 1 })
    .onConflictDoUpdate({
      target: signInFailure.key,
      set: {
        windowStartedAt: sql`case when ${expired} then ${at}::timestamptz else ${signInFailure.windowStartedAt} end`,
        failures: sql`case when ${expired} then 1 else ${signInFailure.failures} + 1 end`,
      },
    })
    .returning({
      key: signInFailure.key,
      windowStartedAt: signInFailure.windowStartedAt,
      failures: signInFailure.failures,
    });
  if (!row) throw new Error("sign_in_failure upsert returned no row");
  return row;
}

/** Takes back a reservation, in its own window only (a window restarted meanwhile is left alone). */
async function giveBack(db: Db, r: Reservation, count = 1) {
  await db
    .update(signInFailure)
    .set({ failures: sql`greatest(${signInFailure.failures} - ${count}, 0)` })
    .where(and(eq(signInFailure.key, r.key), eq(signInFailure.windowStartedAt, r.windowStartedAt)));
}

/** Rows whose window has ended count for nothing; an attacker trying random e-mails must not grow the table. */
async function sweepExpired(db: Db, now: Date, limits: SignInLimits) {
  await db
    .delete(signInFailure)
    .where(lt(signInFailure.windowStartedAt, new Date(now.getTime() - limits.windowSeconds * 1000)));
}

const clock = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 14 phút (lúc 08:45)": how long, and the clock time in
 * Vietnam; `atMost` when only an upper bound is known.
 */
export function retryMessage(
  retryAfterSeconds: number,
  retryAt: Date,
  atMost = false,
  limitedBy: "account" | "address" = "account",
): string {
  const wait =
    retryAfterSeconds < 60 ? `${retryAfterSeconds} giây` : `${Math.ceil(retryAfterSeconds / 60)} phút`;
  const when = atMost ? `tối đa ${wait}, chậm nhất lúc` : `${wait}, lúc`;
  // An officer refused for the address did nothing wrong: say it was this network, not them.
  const what =
    limitedBy === "address"
      ? "Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này"
      : "Bạn đã nhập sai quá nhiều lần";
  return `${what}. Vui lòng thử lại sau ${when} ${clock.format(retryAt)}`;
}

/**
 * Counts every request on a key (not only failures) and answers whether it is within `max` per window; used
 * for requests that cost something whatever their outcome, like sending a password reset e-mail.
 */
export async function countRequest(options: {
  db: Db;
  key: string;
  max: number;
  now: Date;
  windowSeconds: number;
}): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number; retryAt: Date }> {
  const { db, key, max, now, windowSeconds } = options;
  const row = await reserve(db, key, now, {
    accountMaxFailures: max,
    addressMaxFailures: max,
    windowSeconds,
  });
  if (row.failures <= max) return { allowed: true };
  const retryAt = new Date(row.windowStartedAt.getTime() + windowSeconds * 1000);
  return {
    allowed: false,
    retryAt,
    retryAfterSeconds: Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)),
  };
}
