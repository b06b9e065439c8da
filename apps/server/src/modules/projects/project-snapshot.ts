import {
  type AdjustmentType,
  advanceRulesFor,
  type EstimateLine,
  type EvidenceCode,
  type MoneyLedger,
  type ProjectSnapshot,
  type SelectionMethod,
  type SpendingCategory,
  type SupportActivity,
} from "@kc/domain";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  type project,
  projectDisbursement,
  projectDocument,
  projectEstimateLine,
} from "../../db/schema/index";

type ProjectRow = typeof project.$inferSelect;

/**
 * The money sub-ledger as the rules see it, rebuilt from the locked project row and its disbursement rows. The
 * rows are the truth; the row's totals are kept with them in the same transaction (and a CHECK holds them).
 */
export function ledgerOf(
  row: ProjectRow,
  payments: readonly { kind: string; amount: bigint }[],
): MoneyLedger | null {
  if (row.contractSupport === null) return null;
  return {
    contractedSupport: row.contractSupport,
    disbursements: payments.filter((p) => p.kind !== "REFUND").map((p) => p.amount),
    acceptedSpend: row.acceptedSpend,
    settledAmount: row.settledAmount,
    refunded: payments.filter((p) => p.kind === "REFUND").reduce((sum, p) => sum + p.amount, 0n),
    rules: advanceRulesFor(row.activities as SupportActivity[]),
  };
}

/**
 * Everything the guards of packages/domain read about one project, in four queries. One after another: it is
 * called with a transaction, whose single connection cannot run queries side by side (pg 8 queues them with a
 * deprecation warning, pg 9 refuses them).
 */
export async function loadProjectSnapshot(db: Db, row: ProjectRow): Promise<ProjectSnapshot> {
  const lines = await db
    .select()
    .from(projectEstimateLine)
    .where(eq(projectEstimateLine.projectId, row.id))
    .orderBy(asc(projectEstimateLine.position));
  const documents = await db
    .select({
      kind: projectDocument.kind,
      evidenceCode: projectDocument.evidenceCode,
      stepId: projectDocument.stepId,
    })
    .from(projectDocument)
    .where(eq(projectDocument.projectId, row.id));
  const payments = await db
    .select({ kind: projectDisbursement.kind, amount: projectDisbursement.amount })
    .from(projectDisbursement)
    .where(eq(projectDisbursement.projectId, row.id))
    .orderBy(asc(projectDisbursement.id));
  return {
    status: row.status,
    kind: row.kind,
    fundingLevel: row.fundingLevel,
    provinceId: row.fundingLevel === "KCDP" ? row.provinceId : null,
    planYear: row.planYear,
    selectionMethod: row.selectionMethod as SelectionMethod,
    activities: row.activities as SupportActivity[],
    implementerIsBeneficiary: row.implementerIsBeneficiary,
    directRouteAllowed: row.directRouteAllowed,
    singleProvince: row.singleProvince,
    registeredByDoit: row.registeredByDoit,
    biddingWaived: row.biddingWaived,
    priorityMultiplierBps: row.priorityMultiplierBps,
    estimateLines: lines.map(estimateLineOf),
    // Every document attached to the project is on file: those filed with a step and those uploaded alone
    // (the beneficiary's request letter, evidence).
    documentsOnFile: documents.map((d) => d.kind),
    evidenceOnFile: documents.flatMap((d) => (d.evidenceCode ? [d.evidenceCode as EvidenceCode] : [])),
    contract:
      row.contractSupport !== null && row.contractSignedOn !== null
        ? { signedOn: row.contractSignedOn, kcSupport: row.contractSupport }
        : null,
    implementationPlan: row.implementationPlanApprovedOn
      ? { approvedOn: row.implementationPlanApprovedOn, sentToCentralOn: row.implementationPlanSentOn }
      : null,
    pendingAdjustment: (row.pendingAdjustment as AdjustmentType[] | null) ?? null,
    lastAcceptanceOn: row.lastAcceptanceOn,
    verifiedProgressPct: row.verifiedProgressPct === null ? null : Number(row.verifiedProgressPct),
    money: ledgerOf(row, payments),
  };
}

/** numeric(15,3) comes back as "2.500"; the rules and the screens want the shortest exact text ("2.5"). */
export function quantityText(value: string): string {
  return value.includes(".") ? value.replace(/\.?0+$/u, "") : value;
}

/** A stored estimate line as the rules of packages/domain read it (the one conversion every reader uses). */
export function estimateLineOf(line: typeof projectEstimateLine.$inferSelect): EstimateLine {
  return {
    id: String(line.position),
    item: line.item,
    spendingCategory: line.spendingCategory as SpendingCategory,
    normCode: line.normCode,
    capUnits: line.capUnits,
    quantity: quantityText(line.quantity),
    unitPrice: line.unitPrice,
    kcAmount: line.kcAmount,
    counterpartAmount: line.counterpartAmount,
    otherAmount: line.otherAmount,
  };
}
