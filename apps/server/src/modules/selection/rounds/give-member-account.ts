import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionMember } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { createUser } from "../../users/create-user";
import { findRoundInScope } from "../round-access";
import { memberSnapshot } from "./add-member";
import { accountRoleFor, roundForMemberWrite } from "./member-rules";

/** 16 characters from an alphabet without look-alikes (0/O, 1/l/I): read aloud or copied once, then changed. */
function oneTimePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return [...randomBytes(16)].map((byte) => alphabet[byte % alphabet.length]).join("");
}

/**
 * Gives a juror or the council secretary a sign-in account (role JUROR or COUNCIL_SECRETARY, scope limited to the
 * rounds they sit on) through the users module's `createUser`, so the account rules and the forced change of a
 * password chosen by someone else apply; the one-time password is returned once and never stored in clear. The
 * account, the link and both audit rows share one transaction.
 */
export async function giveMemberAccount(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  memberId: string;
  version: number;
  email: string;
}) {
  const { db, actor, meta, roundId, memberId, version, email } = options;
  await roundForMemberWrite(db, actor, meta, roundId);
  const password = oneTimePassword();
  return db.transaction(async (tx) => {
    if (!(await findRoundInScope(tx, actor, roundId, { lock: true }))) throw new AppError("NOT_FOUND");
    const [found] = await tx
      .select()
      .from(selectionMember)
      .where(and(eq(selectionMember.id, memberId), eq(selectionMember.roundId, roundId)))
      .for("update");
    const current = atExpectedVersion(found, version);
    const role = accountRoleFor(current);
    if (!role || current.userId !== null || !current.active) {
      const message = current.userId
        ? "Thành viên này đã có tài khoản đăng nhập"
        : "Chỉ thành viên ban giám khảo và thư ký hội đồng đang tham gia mới được cấp tài khoản";
      throw new AppError("SELECTION_MEMBER_ACCOUNT_INVALID", {
        detail: message,
        errors: [{ path: "body", message }],
      });
    }
    const account = await createUser({
      db: tx,
      actor,
      meta,
      input: { email, name: current.fullName, role, scope: { kind: "SELECTION_MEMBER" }, password },
      passwordChosenBy: "administrator",
    });
    const row = updatedRow(
      await tx
        .update(selectionMember)
        .set({ ...nextVersion(current), userId: account.id })
        .where(rowAtVersion(selectionMember, memberId, version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_MEMBER_ACCOUNT_LINKED",
      entity: "selection_member",
      entityId: memberId,
      before: memberSnapshot(current),
      after: memberSnapshot(row),
    });
    return { member: row, email: account.email, oneTimePassword: password };
  });
}
