import type { FairStatus, participationResultsSchema } from "@kc/domain";
import type { z } from "zod";
import type { Db } from "../../../db/client";
import { fairParticipation } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { findFairInScope, findParticipation } from "./participations.queries";
import { assertFairInScope, auditSnapshot } from "./save-participation";

/** Sales and contracts are known once the fair was held; a reported fair still takes late figures. */
const resultStatuses: readonly FairStatus[] = ["HELD", "REPORTED"];

/** Records what one participant sold and signed at the fair (version-checked, audited). */
export async function reportParticipationResults(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  fairId: string;
  id: string;
  input: z.infer<typeof participationResultsSchema>;
}) {
  const { db, actor, meta, fairId, id, input } = options;
  await assertFairInScope(db, actor, meta, fairId);
  return db.transaction(async (tx) => {
    const fairRow = await findFairInScope(tx, actor, fairId, { lock: true });
    if (!fairRow) throw new AppError("NOT_FOUND");
    if (!resultStatuses.includes(fairRow.status)) throw new AppError("FAIR_RESULTS_BEFORE_FAIR");
    const current = atExpectedVersion(await findParticipation(tx, fairId, id, { lock: true }), input.version);
    const row = updatedRow(
      await tx
        .update(fairParticipation)
        .set({
          sales: input.sales === null ? null : BigInt(input.sales),
          contractsSigned: input.contractsSigned,
          contractsValue: input.contractsValue === null ? null : BigInt(input.contractsValue),
          ...nextVersion(current),
          updatedBy: actor.userId,
        })
        .where(rowAtVersion(fairParticipation, id, input.version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "FAIR_PARTICIPATION_UPDATED",
      entity: "fair_participation",
      entityId: id,
      before: auditSnapshot(current),
      after: auditSnapshot(row),
    });
    return row;
  });
}
