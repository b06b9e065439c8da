import { contractDeletionRefusal } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consultingContract } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { atExpectedVersion, rowAtVersion } from "../../platform/versioned-write";
import type { CentreRow } from "./centre-scope";
import { contractAuditSnapshot } from "./consulting-record";

/**
 * Deletes a contract recorded by mistake (`contractDeletionRefusal`: still in progress, nothing received on it):
 * locked, version-checked (409 when someone changed it since it was read), the audit row keeps what was deleted.
 */
export async function deleteConsultingContract(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  centre: CentreRow;
  contractId: string;
  version: number;
}) {
  const { db, actor, meta, centre, contractId, version } = options;
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(consultingContract)
      .where(and(eq(consultingContract.id, contractId), eq(consultingContract.centreOrgId, centre.id)))
      .for("update");
    const current = atExpectedVersion(locked, version);
    const refusal = contractDeletionRefusal(current);
    if (refusal) throw new AppError("CONSULTING_CONTRACT_NOT_DELETABLE", { detail: refusal });
    await tx.delete(consultingContract).where(rowAtVersion(consultingContract, contractId, version));
    await writeAudit(tx, actor, meta, {
      action: "CONSULTING_CONTRACT_DELETED",
      entity: "consulting_contract",
      entityId: contractId,
      before: contractAuditSnapshot(current),
    });
  });
}
