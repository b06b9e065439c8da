import {
  actorKindsFor,
  checkMoneyEvent,
  checkProjectDisbursement,
  type DisbursementInput,
  disbursementKindLabels,
  disbursingActor,
  type ProjectStatus,
  statusesAllowingAdvance,
  statusesAllowingPayment,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { project, projectDisbursement, projectStep } from "../../db/schema/index";
import { logSecurityEvent, writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import { addProjectExecution } from "../figures/figure-summary";
import { closeWhenReconciled } from "./close-when-reconciled";
import { projectAuditSnapshot } from "./project-record";
import { relationOf } from "./project-relation";
import { loadProjectSnapshot } from "./project-snapshot";
import { findProjectInScope } from "./projects.queries";

/**
 * Records an advance, a payment or a refund (DOMAIN §9.5 F3, F8) by the paying body. The project row is locked,
 * so concurrent payments are checked one after the other against the same ledger: the caps (first tranche, 70 %
 * before acceptance, contract, settlement) can never be passed by two requests that each fit alone. The row,
 * the project's totals, the timeline step and the audit row are written together.
 */
export async function recordDisbursement(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: DisbursementInput;
}) {
  const { db, actor, meta, id, input } = options;
  if (!(await findProjectInScope(db, actor, id))) {
    return notFoundForActor(db, actor, meta, { entity: "project", entityId: id });
  }
  const amount = BigInt(input.amount);
  const outcome = await db.transaction(async (tx) => {
    const current = await findProjectInScope(tx, actor, id, { lock: true });
    if (!current) throw new AppError("NOT_FOUND");
    const payer = disbursingActor(current.fundingLevel);
    if (!actorKindsFor(actor.role, await relationOf(tx, actor, current)).includes(payer)) return null;
    atExpectedVersion(current, input.version);
    const snapshot = await loadProjectSnapshot(tx, current);
    const status = current.status;
    const violations =
      input.kind === "REFUND"
        ? snapshot.money
          ? checkMoneyEvent(snapshot.money, { type: "REFUND", amount })
          : [{ code: "NOT_SETTLED", messageVi: "Chưa có hợp đồng, không có khoản phải hoàn trả" }]
        : [...kindMismatch(input.kind, status), ...checkProjectDisbursement(snapshot, amount)];
    if (violations.length > 0) {
      throw new AppError("PROJECT_DISBURSEMENT_REFUSED", {
        detail: violations.map((v) => v.messageVi).join("; "),
        errors: violations.map((v) => ({ path: `money.${v.code}`, message: v.messageVi })),
      });
    }
    const paid =
      input.kind === "REFUND"
        ? { refundedTotal: sql`${project.refundedTotal} + ${amount}` }
        : { disbursedTotal: sql`${project.disbursedTotal} + ${amount}` };
    const row = updatedRow(
      await tx
        .update(project)
        .set({ ...paid, ...nextVersion(current) })
        .where(rowAtVersion(project, id, input.version))
        .returning(),
    );
    const [step] = await tx
      .insert(projectStep)
      .values({
        projectId: id,
        code: `MONEY_${input.kind}`,
        fromStatus: current.status,
        toStatus: current.status,
        effectiveOn: input.paidOn,
        actorUserId: actor.userId,
        actorName: actor.name,
        actorRole: actor.role,
        note: input.note,
        details: { kind: input.kind, amount: input.amount, treasuryRef: input.treasuryRef },
      })
      .returning({ id: projectStep.id });
    const [payment] = await tx
      .insert(projectDisbursement)
      .values({
        projectId: id,
        kind: input.kind,
        amount,
        paidOn: input.paidOn,
        treasuryRef: input.treasuryRef,
        stepId: step?.id ?? null,
        createdBy: actor.userId,
      })
      .returning();
    await addProjectExecution(tx, id, input.paidOn, input.kind === "REFUND" ? -amount : amount);
    await closeWhenReconciled(tx, id, input.paidOn);
    await writeAudit(tx, actor, meta, {
      action: `PROJECT_${input.kind}_RECORDED`,
      entity: "project",
      entityId: id,
      before: projectAuditSnapshot(current),
      after: {
        ...projectAuditSnapshot(row),
        payment: { kind: input.kind, amount: input.amount, paidOn: input.paidOn },
      },
    });
    return { row, payment };
  });
  if (!outcome) {
    await logSecurityEvent(
      db,
      {
        category: "ACCESS",
        action: `DENIED:PROJECT_${input.kind}`,
        outcome: "DENIED",
        actor,
        entity: "project",
        entityId: id,
      },
      meta,
    );
    throw new AppError("FORBIDDEN", { detail: "Chỉ cơ quan cấp kinh phí của đề án được ghi giải ngân." });
  }
  return outcome;
}

/** An advance runs from the contract until acceptance; what is paid after acceptance is a payment. */
function kindMismatch(kind: "ADVANCE" | "PAYMENT", status: ProjectStatus) {
  const allowed = kind === "ADVANCE" ? statusesAllowingAdvance : statusesAllowingPayment;
  if (allowed.includes(status)) return [];
  const other = kind === "ADVANCE" ? "PAYMENT" : "ADVANCE";
  const otherAllowed = (other === "ADVANCE" ? statusesAllowingAdvance : statusesAllowingPayment).includes(
    status,
  );
  return otherAllowed
    ? [{ code: "WRONG_KIND", messageVi: `Ở trạng thái này khoản chi là "${disbursementKindLabels[other]}"` }]
    : [];
}
