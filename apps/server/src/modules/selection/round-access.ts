import { todayInVietnam } from "@kc/domain";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { selectionMember, selectionRound } from "../../db/schema/index";
import type { Actor, RequestMeta } from "../../platform/context";
import { notFoundForActor, provinceScopeFilter } from "../../platform/policy";

/**
 * Which selection rounds a caller reaches (issue 16), put inside every query on rounds and on what hangs from them
 * (entries, sheets, complaints, certificates): a round outside it answers 404, like another province's project.
 *
 * - National scope: every round.
 * - A province: its own district and provincial rounds. Regional and national rounds are the central agency's
 *   (no province column), so a province reaches them only through the records of its establishments, not here.
 * - A region: the rounds of its member provinces today and the regional rounds of that region.
 * - An organisation: none.
 * - A juror or council secretary (scope SELECTION_MEMBER): only the rounds where an active membership row carries
 *   their account, whatever the round's place.
 */
export function roundScopeFilter(actor: Actor, today = todayInVietnam()): SQL | undefined {
  const scope = actor.scope;
  switch (scope.kind) {
    case "SELECTION_MEMBER":
      return sql`${selectionRound.id} IN (SELECT ${selectionMember.roundId} FROM ${selectionMember}
        WHERE ${selectionMember.userId} = ${actor.userId} AND ${selectionMember.active})`;
    case "REGION":
      return sql`(${provinceScopeFilter(actor, { province: selectionRound.provinceId }, today)}
        OR ${selectionRound.regionCode} = ${scope.regionCode})`;
    default:
      return provinceScopeFilter(actor, { province: selectionRound.provinceId }, today);
  }
}

/** The round if the caller reaches it (optionally locked for a write), else undefined. */
export async function findRoundInScope(
  db: Db,
  actor: Actor,
  roundId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select()
    .from(selectionRound)
    .where(and(eq(selectionRound.id, roundId), roundScopeFilter(actor)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

/** The round the caller reaches, or a logged 404 that does not say whether it exists elsewhere. */
export async function loadRoundForActor(
  db: Db,
  actor: Actor,
  roundId: string,
  meta: RequestMeta,
  options: { lock?: boolean } = {},
) {
  const row = await findRoundInScope(db, actor, roundId, options);
  if (!row) return notFoundForActor(db, actor, meta, { entity: "selection_round", entityId: roundId });
  return row;
}

/** The caller's own active membership rows in a round (a juror's sheets and a secretary's steps hang from them). */
export async function membershipsOf(db: Db, actor: Actor, roundId: string) {
  return db
    .select()
    .from(selectionMember)
    .where(
      and(
        eq(selectionMember.roundId, roundId),
        eq(selectionMember.userId, actor.userId),
        eq(selectionMember.active, true),
      ),
    );
}
