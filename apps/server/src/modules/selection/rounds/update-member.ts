import type { MemberInput } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionMember } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { findRoundInScope } from "../round-access";
import { memberColumns, memberSnapshot } from "./add-member";
import { assertMemberFits, roundForMemberWrite } from "./member-rules";
import { roundMembers } from "./rounds.queries";

/** Edits a member (or sets them inactive) at the version the officer saw (409 otherwise), audited before/after. */
export async function updateMember(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  memberId: string;
  version: number;
  input: MemberInput;
}) {
  const { db, actor, meta, roundId, memberId, version, input } = options;
  await roundForMemberWrite(db, actor, meta, roundId);
  return db.transaction(async (tx) => {
    const round = await findRoundInScope(tx, actor, roundId, { lock: true });
    if (!round) throw new AppError("NOT_FOUND");
    const [found] = await tx
      .select()
      .from(selectionMember)
      .where(and(eq(selectionMember.id, memberId), eq(selectionMember.roundId, roundId)))
      .for("update");
    const current = atExpectedVersion(found, version);
    const others = (await roundMembers(tx, roundId)).filter((m) => m.id !== memberId);
    await assertMemberFits(tx, round, input, others);
    const row = updatedRow(
      await tx
        .update(selectionMember)
        .set({ ...nextVersion(current), ...memberColumns(input) })
        .where(rowAtVersion(selectionMember, memberId, version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_MEMBER_UPDATED",
      entity: "selection_member",
      entityId: memberId,
      before: memberSnapshot(current),
      after: memberSnapshot(row),
    });
    return row;
  });
}
