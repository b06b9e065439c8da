import { certificateIssueAction } from "@kc/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { establishment, selectionCertificate, selectionEntry } from "../../../db/schema/index";
import type { Actor, RequestMeta } from "../../../platform/context";
import { loadRoundForActor } from "../round-access";
import { approverRoleFor } from "./certificates.policy";

/**
 * What the round page's certificates tab starts from (issue 16 item 6): the products the approver recognised, in
 * the council's rank order, each with the certificate it already has, and whether the caller can issue the rest
 * now, by the same rule `issueCertificates` checks before writing.
 */
export async function roundCertificateState(db: Db, actor: Actor, meta: RequestMeta, roundId: string) {
  const round = await loadRoundForActor(db, actor, roundId, meta);
  const recognised = await db
    .select({
      entryId: selectionEntry.id,
      productName: selectionEntry.productName,
      productGroup: selectionEntry.productGroup,
      establishmentName: establishment.name,
      meanScore: selectionEntry.meanScore,
      rank: selectionEntry.rank,
      certificateId: selectionCertificate.id,
      certificateNumber: selectionCertificate.number,
    })
    .from(selectionEntry)
    .innerJoin(establishment, eq(establishment.id, selectionEntry.establishmentId))
    .leftJoin(selectionCertificate, eq(selectionCertificate.entryId, selectionEntry.id))
    .where(and(eq(selectionEntry.roundId, round.id), eq(selectionEntry.status, "RECOGNISED")))
    .orderBy(sql`${selectionEntry.rank} NULLS LAST`, asc(selectionEntry.productNameFolded));
  const issue = certificateIssueAction({
    callerIsApprover: actor.role === approverRoleFor(round.level),
    roundStatus: round.status,
    recognisedWithoutCertificate: recognised.filter((entry) => entry.certificateId === null).length,
  });
  return { round, recognised, issue };
}
