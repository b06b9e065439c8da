import { formatDate } from "@kc/domain";
/**
 * Display helpers of the norm screens. Shares and multipliers arrive in basis points (3000 = 30 %, 15000 = ×1.5);
 * ceilings in đồng as decimal strings, grouped as text so that no amount passes through a JavaScript number.
 */
import { formatNumber } from "../../lib/format";
import { groupDigits } from "../../lib/money";

/** "1500000000" → "1.500.000.000 đ". */
export function formatDong(value: string | null): string {
  return value === null ? "" : `${groupDigits(value)} đ`;
}

/** 15000 → "×1,5", 10000 → "×1". */
export function formatMultiplier(bps: number): string {
  return `×${formatNumber(bps / 10_000, { maxFractionDigits: 4 })}`;
}

/** "08/04/2014 – 11/05/2018", or the start alone for an open-ended window (the caller words it). */
export function formatWindow(validFrom: string, validTo: string | null): string {
  return validTo ? `${formatDate(validFrom)} – ${formatDate(validTo)}` : formatDate(validFrom);
}
