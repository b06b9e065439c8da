import type { Db } from "../../db/client";
import { consultingContract } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import type { CentreRow } from "./centre-scope";
import {
  type ContractInput,
  clientNameOf,
  contractAuditSnapshot,
  contractColumns,
} from "./consulting-record";

/** Records a consulting or service contract of a centre in the caller's scope, with its audit row. */
export async function createConsultingContract(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  centre: CentreRow;
  input: ContractInput;
}) {
  const { db, actor, meta, centre, input } = options;
  return db.transaction(async (tx) => {
    const clientName = await clientNameOf(tx, actor, input);
    const [row] = await tx
      .insert(consultingContract)
      .values({
        id: crypto.randomUUID(),
        centreOrgId: centre.id,
        provinceId: centre.provinceId,
        ...contractColumns(input, clientName),
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, actor, meta, {
      action: "CONSULTING_CONTRACT_CREATED",
      entity: "consulting_contract",
      entityId: row.id,
      after: contractAuditSnapshot(row),
    });
    return row;
  });
}
