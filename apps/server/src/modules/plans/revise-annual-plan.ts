import { type AnnualPlanRevisionInput, checkPlanAgainstExecution, planTotal } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { annualPlan, annualPlanLine, annualPlanRevision } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import { applyPlanLines } from "../figures/figure-summary";
import { executedByPlan, findPlanInScope } from "./plans.queries";

/**
 * An adjustment of an annual plan by a new decision (DOMAIN §9.1 AnnualPlan `version (adjustments)`): the lines
 * are replaced as a whole, the earlier revision stays in the history, and no source may fall below what is
 * already executed in the year. Plan row locked, version checked, summary and audit in the same transaction.
 */
export async function reviseAnnualPlan(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: AnnualPlanRevisionInput;
}) {
  const { db, actor, meta, id, input } = options;
  if (!(await findPlanInScope(db, actor, id))) {
    return notFoundForActor(db, actor, meta, { entity: "annual_plan", entityId: id });
  }
  await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(annualPlan).where(eq(annualPlan.id, id)).for("update");
    const current = atExpectedVersion(locked, input.version);
    const executed = (await executedByPlan(tx, [id])).get(id) ?? new Map<string, bigint>();
    const violations = checkPlanAgainstExecution(input.lines, executed);
    if (violations.length > 0) {
      throw new AppError("PLAN_BELOW_EXECUTED", {
        detail: violations.map((v) => v.messageVi).join("; "),
        errors: violations.map((v) => ({ path: `body.${v.path}`, message: v.messageVi })),
      });
    }
    const before = await tx
      .select({
        source: annualPlanLine.source,
        content: annualPlanLine.content,
        amount: annualPlanLine.amount,
      })
      .from(annualPlanLine)
      .where(eq(annualPlanLine.planId, id));
    const total = planTotal(input.lines);
    const revision = current.revision + 1;
    const _updated = updatedRow(
      await tx
        .update(annualPlan)
        .set({
          revision,
          decisionNumber: input.decisionNumber,
          decisionDate: input.decisionDate,
          total,
          ...nextVersion(current),
        })
        .where(rowAtVersion(annualPlan, id, input.version))
        .returning({ id: annualPlan.id }),
    );
    await tx.delete(annualPlanLine).where(eq(annualPlanLine.planId, id));
    await tx
      .insert(annualPlanLine)
      .values(input.lines.map((line) => ({ planId: id, ...line, amount: BigInt(line.amount) })));
    await tx.insert(annualPlanRevision).values({
      planId: id,
      revision,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      noteVi: input.noteVi,
      lines: input.lines,
      total,
      createdBy: actor.userId,
      createdByName: actor.name,
    });
    await applyPlanLines(tx, current, before, input.lines);
    await writeAudit(tx, actor, meta, {
      action: "ANNUAL_PLAN_REVISED",
      entity: "annual_plan",
      entityId: id,
      before: {
        revision: current.revision,
        total: `${current.total}`,
        lines: before.map((l) => ({ ...l, amount: `${l.amount}` })),
      },
      after: { revision, decisionNumber: input.decisionNumber, total: `${total}`, lines: input.lines },
    });
  });
}
