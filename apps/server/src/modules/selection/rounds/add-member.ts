import { type MemberInput, normalizeText } from "@kc/domain";
import type { Db } from "../../../db/client";
import { selectionMember } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { findRoundInScope } from "../round-access";
import { assertMemberFits, roundForMemberWrite } from "./member-rules";
import { roundMembers } from "./rounds.queries";

export function memberSnapshot(member: typeof selectionMember.$inferSelect) {
  const { createdAt: _c, updatedAt: _u, ...rest } = member;
  return rest;
}

export const memberColumns = (input: MemberInput) => ({
  body: input.body,
  role: input.role,
  fullName: normalizeText(input.fullName),
  position: normalizeText(input.position),
  organisationName: normalizeText(input.organisationName),
  userId: input.userId,
  conflictEstablishmentIds: input.conflictEstablishmentIds,
  active: input.active,
});

/**
 * Adds a council, jury or expert-team member with the establishments they declared ties to (they will not score
 * those entries). The round row is locked so two officers adding members at once are checked one after the other.
 */
export async function addMember(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  input: MemberInput;
}) {
  const { db, actor, meta, roundId, input } = options;
  await roundForMemberWrite(db, actor, meta, roundId);
  return db.transaction(async (tx) => {
    const round = await findRoundInScope(tx, actor, roundId, { lock: true });
    if (!round) throw new AppError("NOT_FOUND");
    await assertMemberFits(tx, round, input, await roundMembers(tx, roundId));
    const [row] = await tx
      .insert(selectionMember)
      .values({ id: crypto.randomUUID(), roundId, ...memberColumns(input) })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_MEMBER_ADDED",
      entity: "selection_member",
      entityId: row.id,
      after: memberSnapshot(row),
    });
    return row;
  });
}
