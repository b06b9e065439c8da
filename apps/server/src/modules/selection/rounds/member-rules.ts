import { councilSizeByLevel, type MemberInput, type MemberRole, rolesForRoundStep } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { user } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { logSecurityEvent } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { loadRoundForActor } from "../round-access";
import { roundActions } from "./rounds.policy";
import type { MemberRow, RoundRow } from "./rounds.queries";

/** Roles a body has exactly one of: a second one is refused when it is written, not only at the step. */
const singleRoles: readonly MemberRole[] = ["CHAIR", "SECRETARY", "JURY_HEAD"];

/** The account role a member signs in with: jurors score, the council secretary keeps the papers. */
export function accountRoleFor(member: Pick<MemberRow, "body" | "role">) {
  if (member.body === "JURY") return "JUROR" as const;
  if (member.role === "SECRETARY") return "COUNCIL_SECRETARY" as const;
  return null;
}

const invalid = (
  code:
    | "SELECTION_MEMBER_ROLE_INVALID"
    | "SELECTION_COUNCIL_SIZE_INVALID"
    | "SELECTION_MEMBER_ACCOUNT_INVALID",
  path: string,
  message: string,
) => new AppError(code, { detail: message, errors: [{ path, message }] });

/** The round for a members write by its organisers while members may change; 404, 403 (logged) or 409 otherwise. */
export async function roundForMemberWrite(db: Db, actor: Actor, meta: RequestMeta, roundId: string) {
  const round = await loadRoundForActor(db, actor, roundId, meta);
  const manage = roundActions(actor, round).manageMembers;
  if (!manage) {
    await logSecurityEvent(
      db,
      {
        category: "ACCESS",
        action: "DENIED:SELECTION_ROUND_ORGANISE",
        outcome: "DENIED",
        actor,
        entity: "selection_round",
        entityId: roundId,
      },
      meta,
    );
    throw new AppError("FORBIDDEN");
  }
  assertAvailable(manage);
  return round;
}

/**
 * A member as it would stand among the others (`others` excludes the member being edited): one chair, one
 * secretary, one jury head; the council no larger than S3 allows for the level; a linked account of the role the
 * member signs in with, not already sitting on the same body of this round.
 */
export async function assertMemberFits(
  db: Db,
  round: RoundRow,
  member: MemberInput,
  others: readonly MemberRow[],
): Promise<void> {
  const active = others.filter((o) => o.active);
  if (member.active && singleRoles.includes(member.role) && active.some((o) => o.role === member.role))
    throw invalid(
      "SELECTION_MEMBER_ROLE_INVALID",
      "body.role",
      "Chức danh này đã có người đảm nhận trong đợt",
    );
  const { max } = councilSizeByLevel[round.level];
  if (member.active && member.body === "COUNCIL" && active.filter((o) => o.body === "COUNCIL").length >= max)
    throw invalid(
      "SELECTION_COUNCIL_SIZE_INVALID",
      "body.body",
      `Hội đồng cấp này có tối đa ${max} thành viên`,
    );
  if (member.userId === null) return;
  const expected = accountRoleFor(member);
  const [account] = await db.select({ role: user.role }).from(user).where(eq(user.id, member.userId));
  // The chair approves the point frame from their seat (scoring-access.ts) but gets no account of their own: a
  // chair from the organising body's staff is linked to that staff account, or the frame could never be approved.
  const chairFromStaff =
    member.role === "CHAIR" &&
    account !== undefined &&
    rolesForRoundStep("CLOSE", round.level).includes(account.role);
  if (!chairFromStaff && (!expected || !account || account.role !== expected))
    throw invalid(
      "SELECTION_MEMBER_ACCOUNT_INVALID",
      "body.userId",
      "Tài khoản phải là tài khoản giám khảo (thành viên ban giám khảo) hoặc thư ký hội đồng (thư ký)",
    );
  if (others.some((o) => o.userId === member.userId && o.body === member.body))
    throw invalid(
      "SELECTION_MEMBER_ACCOUNT_INVALID",
      "body.userId",
      "Tài khoản này đã gắn với thành viên khác",
    );
}
