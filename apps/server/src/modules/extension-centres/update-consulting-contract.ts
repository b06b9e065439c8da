import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consultingContract } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import type { CentreRow } from "./centre-scope";
import {
  type ContractInput,
  clientNameOf,
  contractAuditSnapshot,
  contractColumns,
} from "./consulting-record";

/** Replaces a contract's fields: locked, version-checked (409), client checked again, audited before/after. */
export async function updateConsultingContract(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  centre: CentreRow;
  contractId: string;
  input: ContractInput & { version: number };
}) {
  const { db, actor, meta, centre, contractId } = options;
  const { version, ...input } = options.input;
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(consultingContract)
      .where(and(eq(consultingContract.id, contractId), eq(consultingContract.centreOrgId, centre.id)))
      .for("update");
    const current = atExpectedVersion(locked, version);
    const clientName = await clientNameOf(tx, actor, input);
    const updated = updatedRow(
      await tx
        .update(consultingContract)
        .set({ ...contractColumns(input, clientName), updatedBy: actor.userId, ...nextVersion(current) })
        .where(rowAtVersion(consultingContract, contractId, version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "CONSULTING_CONTRACT_UPDATED",
      entity: "consulting_contract",
      entityId: contractId,
      before: contractAuditSnapshot(current),
      after: contractAuditSnapshot(updated),
    });
    return updated;
  });
}
