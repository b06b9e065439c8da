import { randomUUID } from "node:crypto";
import { type AnnualPlanCreateInput, isYearInProgramme, planTotal } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { annualPlan, annualPlanLine, annualPlanRevision, programme } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { applyPlanLines } from "../figures/figure-summary";
import { requirePlanUnit } from "./unit-scope";

/**
 * Records a unit's approved annual plan (DOMAIN §9.1 AnnualPlan) as revision 1, with its lines, the summary
 * cells and the audit row in one transaction. One plan per unit and year: a later decision is a revision.
 */
export async function createAnnualPlan(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: AnnualPlanCreateInput;
}) {
  const { db, actor, meta, input } = options;
  await requirePlanUnit(db, actor, meta, { entity: "annual_plan", unitId: input.unitId, year: input.year });
  const [owner] = await db.select().from(programme).where(eq(programme.id, input.programmeId));
  if (!owner) throw new AppError("PROGRAMME_NOT_FOUND");
  if (!isYearInProgramme(input.year, owner)) {
    throw new AppError("PLAN_OUTSIDE_PROGRAMME", {
      detail: `Năm ${input.year} nằm ngoài thời kỳ ${owner.yearFrom}–${owner.yearTo} của ${owner.nameVi}`,
      errors: [{ path: "body.year", message: `Chương trình áp dụng ${owner.yearFrom}–${owner.yearTo}` }],
    });
  }
  const id = randomUUID();
  const total = planTotal(input.lines);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(annualPlan)
      .values({
        id,
        unitId: input.unitId,
        year: input.year,
        programmeId: owner.id,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        total,
        createdBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: annualPlan.id });
    if (inserted.length === 0) throw new AppError("PLAN_EXISTS");
    const lines = input.lines.map((line) => ({ ...line, amount: BigInt(line.amount) }));
    await tx.insert(annualPlanLine).values(lines.map((line) => ({ planId: id, ...line })));
    await tx.insert(annualPlanRevision).values({
      planId: id,
      revision: 1,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      noteVi: input.noteVi,
      lines: input.lines,
      total,
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    await applyPlanLines(tx, input, [], input.lines);
    await writeAudit(tx, actor, meta, {
      action: "ANNUAL_PLAN_CREATED",
      entity: "annual_plan",
      entityId: id,
      after: {
        unitId: input.unitId,
        year: input.year,
        decisionNumber: input.decisionNumber,
        total: `${total}`,
      },
    });
    return id;
  });
}
