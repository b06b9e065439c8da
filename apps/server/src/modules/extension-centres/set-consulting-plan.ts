import { dongToBigInt } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consultingPlan } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { isUniqueViolation } from "../../platform/unique-violation";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import type { CentreRow } from "./centre-scope";

const auditOf = (row: typeof consultingPlan.$inferSelect) => ({
  centreOrgId: row.centreOrgId,
  year: row.year,
  revenuePlan: row.revenuePlan.toString(),
  plannedProjects: row.plannedProjects,
});

/**
 * Sets a centre's consulting revenue plan for a year. The first plan of a year is sent without a version; a
 * change carries the version read (409 when someone changed it first, or when two first plans race).
 */
export async function setConsultingPlan(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  centre: CentreRow;
  year: number;
  input: { revenuePlan: string; plannedProjects?: number | null | undefined; version: number | null };
}) {
  const { db, actor, meta, centre, year, input } = options;
  const revenuePlan = dongToBigInt(input.revenuePlan);
  const plannedProjects = input.plannedProjects ?? null;
  return db
    .transaction(async (tx) => {
      const [locked] = await tx
        .select()
        .from(consultingPlan)
        .where(and(eq(consultingPlan.centreOrgId, centre.id), eq(consultingPlan.year, year)))
        .for("update");
      if (!locked) {
        if (input.version !== null) throw new AppError("VERSION_CONFLICT");
        const [row] = await tx
          .insert(consultingPlan)
          .values({
            id: crypto.randomUUID(),
            centreOrgId: centre.id,
            provinceId: centre.provinceId,
            year,
            revenuePlan,
            plannedProjects,
            createdBy: actor.userId,
            updatedBy: actor.userId,
          })
          .returning();
        if (!row) throw new Error("insert returned no row");
        await writeAudit(tx, actor, meta, {
          action: "CONSULTING_PLAN_SET",
          entity: "consulting_plan",
          entityId: row.id,
          after: auditOf(row),
        });
        return row;
      }
      const current = atExpectedVersion(locked, input.version ?? 0);
      const updated = updatedRow(
        await tx
          .update(consultingPlan)
          .set({ revenuePlan, plannedProjects, updatedBy: actor.userId, ...nextVersion(current) })
          .where(rowAtVersion(consultingPlan, current.id, current.version))
          .returning(),
      );
      await writeAudit(tx, actor, meta, {
        action: "CONSULTING_PLAN_SET",
        entity: "consulting_plan",
        entityId: current.id,
        before: auditOf(current),
        after: auditOf(updated),
      });
      return updated;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error, "consulting_plan_centre_year")) throw new AppError("VERSION_CONFLICT");
      throw error;
    });
}
