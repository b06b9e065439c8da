import {
  type ActorKind,
  actorKindsFor,
  applyMoneyEvent,
  checkTransition,
  type FundingLevel,
  findTransition,
  levelRule,
  type MoneyLedger,
  type MoneyViolation,
  type ProjectSnapshot,
  type TransitionCode,
  type TransitionRequest,
  transitionErrorCode,
} from "@kc/domain";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { project, projectDocument, projectStep } from "../../db/schema/index";
import { logSecurityEvent, writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import { supportNormSets } from "../support-norms/support-norms.queries";
import { closeWhenReconciled } from "./close-when-reconciled";
import { projectAuditSnapshot } from "./project-record";
import { relationOf } from "./project-relation";
import { loadProjectSnapshot } from "./project-snapshot";
import { findProjectInScope } from "./projects.queries";

type ProjectRow = typeof project.$inferSelect;

/**
 * Takes one step of the lifecycle (DOMAIN §4.2/§4.3) on a project: the row is locked, its version compared with
 * the one the officer saw, the step checked by the transition table and guards of packages/domain for the actor
 * kind the user stands for, then the new state, the step with its documents and findings, the money effects and
 * the audit row are written together. Two officers acting at once queue on the row lock; the second meets a
 * changed version (409) instead of overwriting.
 */
export async function takeStep(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  code: TransitionCode;
  request: TransitionRequest;
}) {
  const { db, actor, meta, id, code, request } = options;
  // Existence in scope is settled before the transaction so a denial is logged on its own connection.
  if (!(await findProjectInScope(db, actor, id))) {
    return notFoundForActor(db, actor, meta, { entity: "project", entityId: id });
  }
  const outcome = await db.transaction(async (tx) => {
    const current = atExpectedVersion(
      await findProjectInScope(tx, actor, id, { lock: true }),
      request.version,
    );
    const snapshot = await loadProjectSnapshot(tx, current);
    const kinds = actorKindsFor(actor.role, await relationOf(tx, actor, current));
    const actorKind = actingKind(code, snapshot.fundingLevel, kinds);
    const check = checkTransition(snapshot, code, {
      normSets: await supportNormSets(tx),
      actor: actorKind ?? kinds[0] ?? "system",
      date: request.effectiveOn,
      documents: request.documents.map((d) => ({
        kind: d.kind,
        number: d.number,
        date: d.date,
        signer: d.signer,
        signerAuthority: d.signerAuthority,
      })),
      ...(request.appraisal ? { appraisal: request.appraisal } : {}),
      ...(request.contractSupport !== undefined ? { contractSupport: BigInt(request.contractSupport) } : {}),
      ...(request.adjustmentTypes ? { adjustmentTypes: request.adjustmentTypes } : {}),
      ...(request.acceptedSpend !== undefined ? { acceptedSpend: BigInt(request.acceptedSpend) } : {}),
    });
    if (!check.ok) {
      const error = transitionErrorCode(check);
      if (error === "FORBIDDEN") return { denied: true as const };
      throw new AppError(error, {
        detail: check.reasons.map((r) => r.messageVi).join("; "),
        errors: check.reasons.map((r) => ({ path: `transition.${r.code}`, message: r.messageVi })),
        extensions: {
          allowed: check.allowed.map((c) => ({ code: c, labelVi: findTransition(c)?.labelVi ?? c })),
          warnings: check.warnings,
        },
      });
    }
    const changes = { ...stateChanges(code, request), ...moneyChanges(code, snapshot, request) };
    const row = updatedRow(
      await tx
        .update(project)
        .set({
          ...changes,
          status: check.to,
          statusChangedAt: new Date(),
          ...nextVersion(current),
        })
        .where(rowAtVersion(project, id, request.version))
        .returning(),
    );
    const [step] = await tx
      .insert(projectStep)
      .values({
        projectId: id,
        code,
        fromStatus: current.status,
        toStatus: check.to,
        effectiveOn: request.effectiveOn,
        actorUserId: actor.userId,
        actorName: actor.name,
        actorRole: actor.role,
        note: request.note,
        details: stepDetails(request),
        warnings: check.warnings,
      })
      .returning({ id: projectStep.id });
    if (!step) throw new AppError("INTERNAL");
    await fileStepDocuments(tx, actor, id, step.id, request);
    await closeWhenReconciled(tx, id, request.effectiveOn);
    await writeAudit(tx, actor, meta, {
      action: `PROJECT_STEP_TAKEN:${code}`,
      entity: "project",
      entityId: id,
      before: projectAuditSnapshot(current),
      after: projectAuditSnapshot(row),
    });
    return { denied: false as const, row, stepId: step.id, warnings: check.warnings };
  });
  if (outcome.denied) {
    await logSecurityEvent(
      db,
      {
        category: "ACCESS",
        action: `DENIED:PROJECT_STEP:${code}`,
        outcome: "DENIED",
        actor,
        entity: "project",
        entityId: id,
      },
      meta,
    );
    throw new AppError("FORBIDDEN", { detail: "Bạn không phải là bên được thực hiện bước này của đề án." });
  }
  return outcome;
}

/** The kind the user acts as for this step: the first of its kinds that the step's rule names. */
function actingKind(
  code: TransitionCode,
  level: FundingLevel,
  kinds: readonly ActorKind[],
): ActorKind | null {
  const transition = findTransition(code);
  const rule = transition ? levelRule(transition, level) : null;
  return kinds.find((kind) => rule?.actors.includes(kind)) ?? null;
}

/** Facts a step records on the project besides its state (contract, plan, pending adjustment, acceptance). */
function stateChanges(code: TransitionCode, request: TransitionRequest): Partial<ProjectRow> {
  switch (code) {
    case "SIGN_CONTRACT":
    case "SIGN_LOCAL_CONTRACT":
    case "AWARD_TENDER":
      return request.contractSupport === undefined
        ? {}
        : { contractSupport: BigInt(request.contractSupport), contractSignedOn: request.effectiveOn };
    case "APPROVE_IMPLEMENTATION_PLAN":
      return {
        implementationPlanApprovedOn: request.effectiveOn,
        implementationPlanSentOn: request.effectiveOn,
      };
    case "REQUEST_ADJUSTMENT":
      return { pendingAdjustment: request.adjustmentTypes ?? [] };
    case "APPROVE_ADJUSTMENT":
    case "REFUSE_ADJUSTMENT":
    case "STOP":
    case "STOP_FOR_VIOLATION":
      return { pendingAdjustment: null };
    case "ACCEPT":
      return { lastAcceptanceOn: request.effectiveOn };
    default:
      return {};
  }
}

/**
 * Money effects of a step on the sub-ledger (packages/domain `applyMoneyEvent`): a changed support on an approved
 * adjustment, the accepted spend, the settlement. A violation refuses the step (422) and nothing is written.
 */
function moneyChanges(
  code: TransitionCode,
  snapshot: ProjectSnapshot,
  request: TransitionRequest,
): Partial<ProjectRow> {
  let ledger: MoneyLedger | null = snapshot.money;
  const apply = (event: Parameters<typeof applyMoneyEvent>[1]) => {
    if (!ledger) return;
    const result = applyMoneyEvent(ledger, event);
    if (result.violations.length > 0) throw moneyRefusal(result.violations);
    ledger = result.ledger;
  };
  if (code === "APPROVE_ADJUSTMENT" && request.contractSupport !== undefined && ledger) {
    apply({ type: "CHANGE_SUPPORT", newSupport: BigInt(request.contractSupport) });
    return { contractSupport: BigInt(request.contractSupport) };
  }
  if ((code === "ACCEPT" || code === "SETTLE_PARTIAL") && request.acceptedSpend !== undefined) {
    apply({ type: "ACCEPT", acceptedSpend: BigInt(request.acceptedSpend) });
  }
  if (code === "LIQUIDATE_SETTLE" || code === "SETTLE_PARTIAL") apply({ type: "SETTLE" });
  const after = ledger as MoneyLedger | null;
  if (!after) return {};
  return { acceptedSpend: after.acceptedSpend, settledAmount: after.settledAmount };
}

function moneyRefusal(violations: MoneyViolation[]): AppError {
  return new AppError("PROJECT_STEP_REQUIREMENTS_UNMET", {
    detail: violations.map((v) => v.messageVi).join("; "),
    errors: violations.map((v) => ({ path: `money.${v.code}`, message: v.messageVi })),
  });
}

function stepDetails(request: TransitionRequest) {
  return {
    ...(request.appraisal ? { appraisal: request.appraisal } : {}),
    ...(request.contractSupport !== undefined ? { contractSupport: request.contractSupport } : {}),
    ...(request.adjustmentTypes ? { adjustmentTypes: request.adjustmentTypes } : {}),
    ...(request.acceptedSpend !== undefined ? { acceptedSpend: request.acceptedSpend } : {}),
  };
}

/**
 * The documents filed with the step: register entries are added; an entry naming an attachment uploaded to this
 * project before takes that attachment (which must not belong to another step yet).
 */
async function fileStepDocuments(
  tx: Db,
  actor: Actor,
  projectId: string,
  stepId: number,
  request: TransitionRequest,
) {
  for (const d of request.documents) {
    const register = {
      kind: d.kind,
      number: d.number,
      issuedOn: d.date,
      signer: d.signer,
      signerAuthority: d.signerAuthority,
      title: d.title,
    };
    if (!d.documentId) {
      await tx
        .insert(projectDocument)
        .values({ id: crypto.randomUUID(), projectId, stepId, ...register, createdBy: actor.userId });
      continue;
    }
    const [claimed] = await tx
      .update(projectDocument)
      .set({ stepId, ...register })
      .where(
        and(
          eq(projectDocument.id, d.documentId),
          eq(projectDocument.projectId, projectId),
          isNull(projectDocument.stepId),
        ),
      )
      .returning({ id: projectDocument.id });
    if (!claimed) {
      throw new AppError("VALIDATION_FAILED", {
        errors: [
          { path: "body.documents", message: "Tệp đính kèm không thuộc đề án này hoặc đã gắn với bước khác" },
        ],
      });
    }
  }
}
