import { randomUUID } from "node:crypto";
import { CENTRAL_UNIT_ID, type ProgrammeCreateInput } from "@kc/domain";
import type { Db } from "../../db/client";
import { programme } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { requireNationalScope, requirePlanUnit } from "./unit-scope";

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
  if (input.level === "QUOC_GIA" || input.unitId === null) {
    await requireNationalScope(db, actor, meta, { entity: "programme" });
  } else {
    // A province of the programme's last year (a former province ends mid-2025, today's began then), never the centre.
    await requirePlanUnit(db, actor, meta, { entity: "programme", unitId: input.unitId, year: input.yearTo });
    if (input.unitId === CENTRAL_UNIT_ID) {
      throw new AppError("PLAN_UNIT_INVALID", {
        errors: [{ path: "body.unitId", message: "Chương trình địa phương phải thuộc một tỉnh" }],
      });
    }
  }
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(programme).values({ id, ...input, createdBy: actor.userId });
    await writeAudit(tx, actor, meta, {
      action: "PROGRAMME_CREATED",
      entity: "programme",
      entityId: id,
      after: input,
    });
  });
  return id;
}
