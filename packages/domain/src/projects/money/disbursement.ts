import type { ProjectStatus } from "../project.constants";
import type { ProjectSnapshot } from "../project.types";
import { supportActivities } from "../support-norms/support-activities.data";
import { checkDisbursement, type MoneyViolation } from "./money-ledger";

/**
 * Whether a project may receive a payment now (DOMAIN §3.4 Art. 13–16, §9.3 rules 3 and 7, §9.5 F3): the
 * preconditions on the project, then the amounts on its ledger (`money-ledger.ts`).
 */

/** Advances run from the contract until acceptance; a stopped project waits for its settlement by volume. */
export const statusesAllowingAdvance: readonly ProjectStatus[] = [
  "CONTRACTED",
  "IN_PROGRESS",
  "ADJUSTMENT_PENDING",
  "CARRIED_OVER",
  "COMPLETED_PENDING_ACCEPTANCE",
];
/** The balance is paid after base acceptance (rule 7), up to the settled amount. */
export const statusesAllowingPayment: readonly ProjectStatus[] = [
  "ACCEPTED",
  "SETTLEMENT_FILED",
  "LIQUIDATED_SETTLED",
  "PARTIALLY_SETTLED",
];

export const disbursementPreconditionCodes = [
  "NOT_IN_THIS_STATE",
  "REQUIRES_CONTRACT",
  "REQUIRES_IMPLEMENTATION_PLAN",
  "REQUIRES_WORK_DONE",
] as const;
export type DisbursementPreconditionCode = (typeof disbursementPreconditionCodes)[number];
export type DisbursementViolation =
  | MoneyViolation
  | { code: DisbursementPreconditionCode; messageVi: string };

/** Preconditions only: state, contract, the group project's Form 11 plan, work done before the first tranche. */
export function disbursementPreconditions(project: ProjectSnapshot): DisbursementViolation[] {
  const out: DisbursementViolation[] = [];
  const status = project.status;
  if (!statusesAllowingAdvance.includes(status) && !statusesAllowingPayment.includes(status)) {
    out.push({ code: "NOT_IN_THIS_STATE", messageVi: "Không giải ngân ở trạng thái hiện tại của đề án" });
  }
  if (!project.contract || !project.money) {
    out.push({ code: "REQUIRES_CONTRACT", messageVi: "Chưa có hợp đồng: chưa được tạm ứng" });
  }
  // §9.3 rule 3: a group project's advances wait for the DoIT-approved plan sent to the central agency.
  if (project.kind === "DE_AN_NHOM" && !project.implementationPlan?.sentToCentralOn) {
    out.push({
      code: "REQUIRES_IMPLEMENTATION_PLAN",
      messageVi: "Đề án nhóm chỉ được tạm ứng khi kế hoạch triển khai (Mẫu 11) đã được duyệt và gửi Cục",
    });
  }
  const firstAdvance = project.money !== null && project.money.disbursements.length === 0;
  const threshold = Math.max(
    0,
    ...project.activities.map((activity) => supportActivities[activity].firstAdvance.progressAbovePct ?? 0),
  );
  if (firstAdvance && statusesAllowingAdvance.includes(status) && threshold > 0) {
    if ((project.verifiedProgressPct ?? 0) <= threshold) {
      out.push({
        code: "REQUIRES_WORK_DONE",
        messageVi: `Tạm ứng lần đầu cần báo cáo tiến độ được Sở xác nhận khối lượng trên ${threshold} %`,
      });
    }
  }
  return out;
}

/** Preconditions and amounts together; empty when the payment may be made. */
export function checkProjectDisbursement(project: ProjectSnapshot, amount: bigint): DisbursementViolation[] {
  const preconditions = disbursementPreconditions(project);
  const amounts = project.money ? checkDisbursement(project.money, amount) : [];
  return [...preconditions, ...amounts];
}
