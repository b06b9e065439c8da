import { randomUUID } from "node:crypto";
import type { ProgrammeCreateInput } from "@kc/domain";
import type { Db } from "../../db/client";
import { programme } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { isUnitInScope } from "./unit-scope";

/**
 * A provincial programme approved by the provincial People's Committee (Circ. 46/2012). National programmes are
 * decisions of the Prime Minister or the Minister and come with the migrations, so only central staff with a
 * national scope add one.
 */
export async function createProgramme(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: ProgrammeCreateInput;
}) {
  const { db, actor, meta, input } = options;
  const allowed =
    input.level === "QUOC_GIA"
      ? actor.scope.kind === "NATIONAL"
      : input.unitId !== null && (await isUnitInScope(db, actor, input.unitId));
  if (!allowed) {
    throw new AppError("PLAN_UNIT_INVALID", {
      errors: [{ path: "body.unitId", message: "Đơn vị không hợp lệ" }],
    });
  }
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(programme).values({ id, ...input, createdBy: actor.userId });
    await writeAudit(tx, actor, meta, {
      action: "PROGRAMME_CREATE",
      entity: "programme",
      entityId: id,
      after: input,
    });
  });
  return id;
}
