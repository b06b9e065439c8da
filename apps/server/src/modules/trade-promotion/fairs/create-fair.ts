import type { FairCreateInput } from "@kc/domain";
import type { Db } from "../../../db/client";
import { fair } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import {
  assertRecordingScope,
  checkFairReferences,
  fairAuditSnapshot,
  fairColumns,
  isFairCodeConflict,
  nextFairCode,
} from "./fair-record";

const CODE_ATTEMPTS = 3;

/**
 * Records a fair (state PLANNED) for a province in the writer's scope, or for the central agency with a national
 * scope, with its audit row in one transaction. The code is the next of its start year; two creators racing for
 * the same number meet the unique index and the loser takes the next one.
 */
export async function createFair(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: FairCreateInput;
}) {
  const { db, actor, meta, input } = options;
  await assertRecordingScope(db, actor, input.provinceId);
  await checkFairReferences(db, actor, input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const code = await nextFairCode(tx, Number(input.startDate.slice(0, 4)));
        const [row] = await tx
          .insert(fair)
          .values({
            id: crypto.randomUUID(),
            code,
            ...fairColumns(input, code),
            status: "PLANNED",
            createdBy: actor.userId,
            updatedBy: actor.userId,
          })
          .returning();
        if (!row) throw new AppError("INTERNAL");
        await writeAudit(tx, actor, meta, {
          action: "FAIR_CREATED",
          entity: "fair",
          entityId: row.id,
          after: fairAuditSnapshot(row),
        });
        return row;
      });
    } catch (error) {
      if (attempt < CODE_ATTEMPTS && isFairCodeConflict(error)) continue;
      throw error;
    }
  }
}
