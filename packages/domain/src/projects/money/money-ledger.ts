import { type SupportActivity, supportActivities } from "../support-norms/support-activities.data";
import { BPS_WHOLE, formatDongVi, mulDivFloor } from "./money";

/**
 * The money sub-ledger of one contract (DOMAIN §4.2, §9.5 F3, F8): advances by tranche, the 70 % cap before
 * acceptance (Joint Circ. 26/2014 Art. 8.2.b), disbursements never above the contracted support, settlement =
 * accepted eligible spend, refund = disbursed − settled. Checks return violations, never throw; `applyMoneyEvent`
 * leaves the ledger unchanged when any violation blocks.
 */

export type AdvanceRules = {
  /** First tranche ceiling, in basis points of the contracted support (Circ. 36/2013 Art. 13: 30/70/100 %). */
  firstTrancheMaxBps: number;
  /** Ceiling of all advances before acceptance (70 %; "configured exceptions" of F3 change this value). */
  preAcceptanceCapBps: number;
  /** Paid only after acceptance (enterprise formation, relocation interest). */
  paidOnlyAfterAcceptance: boolean;
};

export type MoneyLedger = {
  /** KC support in the contract, after approved adjustments. */
  contractedSupport: bigint;
  /** Amounts paid to the implementer, in order: advances, then payments after acceptance. */
  disbursements: readonly bigint[];
  /** KC-eligible spend confirmed by the acceptance or volume minutes; null before. */
  acceptedSpend: bigint | null;
  /** Approved settlement; null before. */
  settledAmount: bigint | null;
  /** Refunds paid back to the agency. */
  refunded: bigint;
  rules: AdvanceRules;
};

export const PRE_ACCEPTANCE_CAP_BPS = 7_000;

/**
 * Advance rules of a project from its activities. For a multi-content project the strictest applies (🟡: the
 * circular rules per project type and is silent on mixed projects).
 */
export function advanceRulesFor(activities: readonly SupportActivity[]): AdvanceRules {
  const rules = activities.map((code) => supportActivities[code].firstAdvance);
  const firstPercent = rules.length === 0 ? 70 : Math.min(...rules.map((rule) => rule.maxPercent));
  return {
    firstTrancheMaxBps: firstPercent * 100,
    preAcceptanceCapBps: PRE_ACCEPTANCE_CAP_BPS,
    paidOnlyAfterAcceptance: rules.some((rule) => rule.afterAcceptance === true),
  };
}

export function newLedger(contractedSupport: bigint, rules: AdvanceRules): MoneyLedger {
  return {
    contractedSupport,
    disbursements: [],
    acceptedSpend: null,
    settledAmount: null,
    refunded: 0n,
    rules,
  };
}

export const moneyViolationCodes = [
  "AMOUNT_NOT_POSITIVE",
  "AMOUNT_NEGATIVE",
  "ALREADY_SETTLED",
  "NOT_SETTLED",
  "NOT_ACCEPTED",
  "PAID_ONLY_AFTER_ACCEPTANCE",
  "FIRST_TRANCHE_ABOVE_RATE",
  "ADVANCES_ABOVE_PRE_ACCEPTANCE_CAP",
  "DISBURSED_ABOVE_CONTRACT",
  "DISBURSED_ABOVE_ACCEPTED",
  "SUPPORT_BELOW_DISBURSED",
  "REFUND_ABOVE_DUE",
] as const;
export type MoneyViolationCode = (typeof moneyViolationCodes)[number];
export type MoneyViolation = { code: MoneyViolationCode; messageVi: string };

const violation = (code: MoneyViolationCode, messageVi: string): MoneyViolation => ({ code, messageVi });
const sum = (values: readonly bigint[]): bigint => values.reduce((a, b) => a + b, 0n);
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);

export function totalDisbursed(ledger: MoneyLedger): bigint {
  return sum(ledger.disbursements);
}

/** 70 % (or the configured share) of the contracted support, rounded down. */
export function preAcceptanceCap(ledger: MoneyLedger): bigint {
  return mulDivFloor(ledger.contractedSupport, BigInt(ledger.rules.preAcceptanceCapBps), BigInt(BPS_WHOLE));
}

/** Settled amount = accepted eligible spend, never above the contracted support. */
export function settlementAmount(ledger: MoneyLedger): bigint | null {
  return ledger.acceptedSpend === null ? null : min(ledger.acceptedSpend, ledger.contractedSupport);
}

/** Most that may have been paid out in the ledger's current stage. */
export function disbursementCeiling(ledger: MoneyLedger): bigint {
  if (ledger.settledAmount !== null) return ledger.settledAmount;
  const settled = settlementAmount(ledger);
  return settled ?? preAcceptanceCap(ledger);
}

export type SettlementFigures = {
  settled: bigint;
  disbursed: bigint;
  /** Disbursed − settled when positive: to be refunded (F8). */
  refundDue: bigint;
  /** Settled − disbursed when positive: still to be paid to the implementer. */
  stillPayable: bigint;
  /** Refund due and not yet paid back. */
  refundOutstanding: bigint;
};

/** Refund = disbursed − settled; never negative: a negative difference is an amount still payable. */
export function settlementFigures(ledger: MoneyLedger): SettlementFigures | null {
  const settled = ledger.settledAmount ?? settlementAmount(ledger);
  if (settled === null) return null;
  const disbursed = totalDisbursed(ledger);
  const refundDue = max(disbursed - settled, 0n);
  return {
    settled,
    disbursed,
    refundDue,
    stillPayable: max(settled - disbursed, 0n),
    refundOutstanding: max(refundDue - ledger.refunded, 0n),
  };
}

/** A payment to the implementer: an advance before acceptance, the balance after it. */
export function checkDisbursement(ledger: MoneyLedger, amount: bigint): MoneyViolation[] {
  if (amount <= 0n) return [violation("AMOUNT_NOT_POSITIVE", "Số tiền giải ngân phải lớn hơn 0")];
  const out: MoneyViolation[] = [];
  const after = totalDisbursed(ledger) + amount;
  const accepted = ledger.acceptedSpend !== null;
  if (!accepted && ledger.rules.paidOnlyAfterAcceptance) {
    out.push(
      violation("PAID_ONLY_AFTER_ACCEPTANCE", "Nội dung này chỉ được thanh toán sau khi nghiệm thu cơ sở"),
    );
  }
  if (!accepted && ledger.disbursements.length === 0) {
    const first = mulDivFloor(
      ledger.contractedSupport,
      BigInt(ledger.rules.firstTrancheMaxBps),
      BigInt(BPS_WHOLE),
    );
    if (amount > first) {
      out.push(
        violation(
          "FIRST_TRANCHE_ABOVE_RATE",
          `Tạm ứng lần đầu tối đa ${ledger.rules.firstTrancheMaxBps / 100} % kinh phí hợp đồng: ${formatDongVi(first)}`,
        ),
      );
    }
  }
  if (!accepted && after > preAcceptanceCap(ledger)) {
    out.push(
      violation(
        "ADVANCES_ABOVE_PRE_ACCEPTANCE_CAP",
        `Tổng tạm ứng trước nghiệm thu tối đa ${ledger.rules.preAcceptanceCapBps / 100} % kinh phí hợp đồng: ${formatDongVi(preAcceptanceCap(ledger))}`,
      ),
    );
  }
  if (after > ledger.contractedSupport) {
    out.push(
      violation(
        "DISBURSED_ABOVE_CONTRACT",
        `Tổng giải ngân ${formatDongVi(after)} vượt kinh phí hỗ trợ theo hợp đồng ${formatDongVi(ledger.contractedSupport)}`,
      ),
    );
  }
  if (accepted && after > disbursementCeiling(ledger)) {
    out.push(
      violation(
        "DISBURSED_ABOVE_ACCEPTED",
        `Tổng giải ngân ${formatDongVi(after)} vượt giá trị được nghiệm thu, quyết toán ${formatDongVi(disbursementCeiling(ledger))}`,
      ),
    );
  }
  return out;
}

/** An approved adjustment of the support amount may not leave more paid out than its ceilings allow. */
export function checkSupportChange(ledger: MoneyLedger, newSupport: bigint): MoneyViolation[] {
  if (newSupport < 0n) return [violation("AMOUNT_NEGATIVE", "Kinh phí hỗ trợ không được âm")];
  if (ledger.settledAmount !== null) return [violation("ALREADY_SETTLED", "Đề án đã quyết toán")];
  const disbursed = totalDisbursed(ledger);
  const changed = { ...ledger, contractedSupport: newSupport };
  if (disbursed > newSupport) {
    return [
      violation(
        "SUPPORT_BELOW_DISBURSED",
        `Kinh phí mới thấp hơn số đã giải ngân ${formatDongVi(disbursed)}`,
      ),
    ];
  }
  if (ledger.acceptedSpend === null && disbursed > preAcceptanceCap(changed)) {
    return [
      violation(
        "ADVANCES_ABOVE_PRE_ACCEPTANCE_CAP",
        `Số đã tạm ứng ${formatDongVi(disbursed)} vượt ${ledger.rules.preAcceptanceCapBps / 100} % kinh phí mới`,
      ),
    ];
  }
  return [];
}

export type MoneyEvent =
  | { type: "DISBURSE"; amount: bigint }
  | { type: "CHANGE_SUPPORT"; newSupport: bigint }
  | { type: "ACCEPT"; acceptedSpend: bigint }
  | { type: "SETTLE" }
  | { type: "REFUND"; amount: bigint };

export type MoneyEventResult = { ledger: MoneyLedger; violations: MoneyViolation[] };

/** What the server does inside its transaction: check, then apply only when nothing blocks. */
export function applyMoneyEvent(ledger: MoneyLedger, event: MoneyEvent): MoneyEventResult {
  const violations = checkMoneyEvent(ledger, event);
  if (violations.length > 0) return { ledger, violations };
  switch (event.type) {
    case "DISBURSE":
      return { ledger: { ...ledger, disbursements: [...ledger.disbursements, event.amount] }, violations };
    case "CHANGE_SUPPORT":
      return { ledger: { ...ledger, contractedSupport: event.newSupport }, violations };
    case "ACCEPT":
      return { ledger: { ...ledger, acceptedSpend: event.acceptedSpend }, violations };
    case "SETTLE":
      return { ledger: { ...ledger, settledAmount: settlementAmount(ledger) }, violations };
    case "REFUND":
      return { ledger: { ...ledger, refunded: ledger.refunded + event.amount }, violations };
  }
}

export function checkMoneyEvent(ledger: MoneyLedger, event: MoneyEvent): MoneyViolation[] {
  switch (event.type) {
    case "DISBURSE":
      return checkDisbursement(ledger, event.amount);
    case "CHANGE_SUPPORT":
      return checkSupportChange(ledger, event.newSupport);
    case "ACCEPT":
      if (event.acceptedSpend < 0n) return [violation("AMOUNT_NEGATIVE", "Giá trị nghiệm thu không được âm")];
      return ledger.settledAmount === null ? [] : [violation("ALREADY_SETTLED", "Đề án đã quyết toán")];
    case "SETTLE":
      if (ledger.settledAmount !== null) return [violation("ALREADY_SETTLED", "Đề án đã quyết toán")];
      return ledger.acceptedSpend === null
        ? [violation("NOT_ACCEPTED", "Chưa có giá trị nghiệm thu hoặc xác nhận khối lượng để quyết toán")]
        : [];
    case "REFUND": {
      if (event.amount <= 0n) return [violation("AMOUNT_NOT_POSITIVE", "Số tiền hoàn trả phải lớn hơn 0")];
      const figures = ledger.settledAmount === null ? null : settlementFigures(ledger);
      if (figures === null)
        return [violation("NOT_SETTLED", "Chỉ thu hồi sau khi quyết toán được phê duyệt")];
      return event.amount > figures.refundOutstanding
        ? [
            violation(
              "REFUND_ABOVE_DUE",
              `Số phải hoàn trả còn lại là ${formatDongVi(figures.refundOutstanding)}`,
            ),
          ]
        : [];
    }
  }
}
