import type { MemberBody, MemberRole } from "@kc/domain";
import type { Db } from "../../../db/client";
import type { Actor } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { membershipsOf } from "../round-access";

/**
 * The seat a signed-in member holds in a round, required for a step that belongs to that seat: the jury head
 * proposes the frame and closes scoring, the council chair approves the frame, each juror writes their own
 * sheet. The account must already reach the round (round-access.ts: 404 otherwise); a caller who reaches it but
 * holds no such seat is refused 403 SELECTION_NOT_A_MEMBER, with the seat named.
 */
export async function requireSeat(
  db: Db,
  actor: Actor,
  roundId: string,
  seat: { body: MemberBody; roles: readonly MemberRole[]; nameVi: string },
) {
  const rows = await membershipsOf(db, actor, roundId);
  const held = rows.find((row) => row.body === seat.body && seat.roles.includes(row.role));
  if (!held) {
    throw new AppError("SELECTION_NOT_A_MEMBER", {
      detail: `Chỉ ${seat.nameVi} của đợt bình chọn thực hiện được thao tác này`,
    });
  }
  return held;
}

/** The caller's jury seat in the round, or null (officers and council members who do not score). */
export async function jurySeatOf(db: Db, actor: Actor, roundId: string) {
  const rows = await membershipsOf(db, actor, roundId);
  return rows.find((row) => row.body === "JURY") ?? null;
}

export const JURY_HEAD = { body: "JURY", roles: ["JURY_HEAD"], nameVi: "Trưởng ban giám khảo" } as const;
export const COUNCIL_CHAIR = { body: "COUNCIL", roles: ["CHAIR"], nameVi: "Chủ tịch hội đồng" } as const;
export const JUROR_SEAT = {
  body: "JURY",
  roles: ["JURY_HEAD", "JURY_DEPUTY", "JUROR"],
  nameVi: "thành viên ban giám khảo",
} as const;
