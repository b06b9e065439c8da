import { formatDong } from "../../format";
import type { EstimateLine } from "./estimate-line";

/**
 * Estimate arithmetic (Form 1; DOMAIN §9.5 F9). Money is integer đồng as `bigint`, never a float. The one
 * rounding rule of the projects domain: a division rounds DOWN to the whole đồng (`mulDivFloor`). Every
 * division here yields either a ceiling (a cap, the 70 % advance limit), which must never be exceeded, or a
 * line total, where dropping less than one đồng is harmless; all amounts are non-negative, so down = toward 0.
 */

/** 10 000 basis points = 100 %; shares and multipliers are basis points to stay in integers. */
export const BPS_WHOLE = 10_000;

/** a × numerator ÷ denominator, rounded down to the đồng. Callers pass non-negative values. */
export function mulDivFloor(a: bigint, numerator: bigint, denominator: bigint): bigint {
  return (a * numerator) / denominator;
}

/** "1.250.000.000 đồng" — for explanations shown to officers. */
export function formatDongVi(value: bigint): string {
  return `${formatDong(value)} đồng`;
}

/** Quantities carry up to 3 decimals ("2.5" tấn, "0.125" ha) and are computed as thousandths. */
export const QUANTITY_SCALE = 1000n;
const QUANTITY_PATTERN = /^(0|[1-9]\d{0,11})(?:\.(\d{1,3}))?$/u;

/** Thousandths of the quantity, or null when the text is not a non-negative decimal with ≤ 3 decimals. */
export function parseQuantity(text: string): bigint | null {
  const match = QUANTITY_PATTERN.exec(text);
  if (!match) return null;
  const whole = BigInt(match[1] ?? "0");
  const fraction = BigInt((match[2] ?? "").padEnd(3, "0"));
  return whole * QUANTITY_SCALE + fraction;
}

/** Total of a line: quantity × unit price, rounded down to the đồng; null when the quantity is unreadable. */
export function lineAmount(line: Pick<EstimateLine, "quantity" | "unitPrice">): bigint | null {
  const thousandths = parseQuantity(line.quantity);
  return thousandths === null ? null : mulDivFloor(thousandths, line.unitPrice, QUANTITY_SCALE);
}

export const estimateViolationCodes = [
  "QUANTITY_INVALID",
  "CAP_UNITS_INVALID",
  "AMOUNT_NEGATIVE",
  "SOURCES_DO_NOT_ADD_UP",
] as const;
export type EstimateViolationCode = (typeof estimateViolationCodes)[number];
export type EstimateViolation = { code: EstimateViolationCode; lineId: string; messageVi: string };

/**
 * A line is consistent when its quantity reads, nothing is negative and KC support + counterpart + other
 * sources equal the line total exactly (F9: components must add up; the counterpart covers the rest, E8).
 */
export function checkEstimateLine(line: EstimateLine): EstimateViolation[] {
  const out: EstimateViolation[] = [];
  const at = `Dòng dự toán "${line.item}"`;
  const amount = lineAmount(line);
  if (amount === null) {
    out.push({
      code: "QUANTITY_INVALID",
      lineId: line.id,
      messageVi: `${at}: số lượng "${line.quantity}" phải là số không âm, tối đa 3 chữ số thập phân`,
    });
  }
  if (!Number.isSafeInteger(line.capUnits) || line.capUnits < 1) {
    out.push({
      code: "CAP_UNITS_INVALID",
      lineId: line.id,
      messageVi: `${at}: số đơn vị tính mức hỗ trợ phải là số nguyên từ 1 trở lên`,
    });
  }
  const parts = [line.unitPrice, line.kcAmount, line.counterpartAmount, line.otherAmount];
  if (parts.some((part) => part < 0n)) {
    out.push({ code: "AMOUNT_NEGATIVE", lineId: line.id, messageVi: `${at}: số tiền không được âm` });
  }
  const sources = line.kcAmount + line.counterpartAmount + line.otherAmount;
  if (amount !== null && sources !== amount) {
    out.push({
      code: "SOURCES_DO_NOT_ADD_UP",
      lineId: line.id,
      messageVi: `${at}: kinh phí khuyến công + đối ứng + nguồn khác = ${formatDongVi(sources)}, khác thành tiền ${formatDongVi(amount)}`,
    });
  }
  return out;
}

export type EstimateTotals = { total: bigint; kcSupport: bigint; counterpart: bigint; other: bigint };

/** Sums per source; `total` is the sum of line totals (an unreadable quantity counts as its sources). */
export function estimateTotals(lines: readonly EstimateLine[]): EstimateTotals {
  return lines.reduce<EstimateTotals>(
    (sum, line) => ({
      total: sum.total + (lineAmount(line) ?? line.kcAmount + line.counterpartAmount + line.otherAmount),
      kcSupport: sum.kcSupport + line.kcAmount,
      counterpart: sum.counterpart + line.counterpartAmount,
      other: sum.other + line.otherAmount,
    }),
    { total: 0n, kcSupport: 0n, counterpart: 0n, other: 0n },
  );
}
