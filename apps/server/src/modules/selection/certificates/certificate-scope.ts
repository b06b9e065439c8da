import { todayInVietnam } from "@kc/domain";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionCertificate, selectionMember } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { provinceScopeFilter } from "../../../platform/policy";

/**
 * Which certificates a caller reaches: a province's staff those of establishments in their province (whatever the
 * level: a regional certificate of a Đồng Tháp product is Đồng Tháp's business too), a region's those of its
 * provinces and of its regional rounds, national staff all, a juror or secretary those of the rounds they sit on.
 * Another province's certificate answers 404.
 */
export function certificateScopeFilter(actor: Actor, today = todayInVietnam()): SQL | undefined {
  const scope = actor.scope;
  switch (scope.kind) {
    case "SELECTION_MEMBER":
      return sql`${selectionCertificate.roundId} IN (SELECT ${selectionMember.roundId} FROM ${selectionMember}
        WHERE ${selectionMember.userId} = ${actor.userId} AND ${selectionMember.active})`;
    case "REGION":
      return sql`(${provinceScopeFilter(actor, { province: selectionCertificate.provinceId }, today)}
        OR ${selectionCertificate.regionCode} = ${scope.regionCode})`;
    default:
      return provinceScopeFilter(actor, { province: selectionCertificate.provinceId }, today);
  }
}

export async function findCertificateInScope(
  db: Db,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select()
    .from(selectionCertificate)
    .where(and(eq(selectionCertificate.id, id), certificateScopeFilter(actor)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

export type CertificateRow = typeof selectionCertificate.$inferSelect;
