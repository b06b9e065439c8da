/**
 * Money of the plans module: integer đồng as decimal strings, computed with BigInt so sums of plan lines stay
 * exact. The server sends every figure already printed (triệu đồng, percentages); these helpers only total
 * the form's lines as they are typed.
 */

import { type FundingSource, type SourceGroup, sourceGroupCodes, sourceGroupOf } from "@kc/domain";
import { toBigInt } from "../../../lib/money";

type LineLike = { source?: FundingSource | null; amount?: string | null };

/** The đồng of each source group over some lines (lines without a source or a readable amount count as 0). */
export function totalsByGroup(lines: readonly LineLike[]): Record<SourceGroup, bigint> {
  const totals = Object.fromEntries(sourceGroupCodes.map((group) => [group, 0n])) as Record<
    SourceGroup,
    bigint
  >;
  for (const line of lines) {
    if (!line.source) continue;
    const group = sourceGroupOf(line.source);
    totals[group] += toBigInt(line.amount) ?? 0n;
  }
  return totals;
}
