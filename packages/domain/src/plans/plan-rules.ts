import { formatDong } from "../format";
import { type FundingSource, fundingSourceLabels } from "./plan.constants";
import type { PlanLineInput } from "./plan-input";

export type PlanViolation = { code: string; path: string; messageVi: string };

/** Σ of the lines per funding source. */
export function totalsBySource(lines: readonly { source: string; amount: string | bigint }[]) {
  const totals = new Map<string, bigint>();
  for (const line of lines) totals.set(line.source, (totals.get(line.source) ?? 0n) + BigInt(line.amount));
  return totals;
}

export function planTotal(lines: readonly { amount: string | bigint }[]): bigint {
  return lines.reduce((sum, line) => sum + BigInt(line.amount), 0n);
}

/**
 * A revision may not plan less for a source than is already executed from it in that year (issue: "a revision
 * that lowers a plan below what is already disbursed"). Per source, not per content: execution from records is
 * booked to a project's main activity, which need not be the line the plan put it under.
 */
export function checkPlanAgainstExecution(
  lines: readonly PlanLineInput[],
  executedBySource: ReadonlyMap<string, bigint>,
): PlanViolation[] {
  const planned = totalsBySource(lines);
  const violations: PlanViolation[] = [];
  for (const [source, executed] of executedBySource) {
    const plan = planned.get(source) ?? 0n;
    if (executed > plan) {
      const label = fundingSourceLabels[source as FundingSource] ?? source;
      violations.push({
        code: "PLAN_BELOW_EXECUTED",
        path: `lines.${source}`,
        messageVi: `Kế hoạch nguồn ${label} (${formatDong(plan)} đồng) thấp hơn số đã thực hiện trong năm (${formatDong(executed)} đồng)`,
      });
    }
  }
  return violations;
}

/** The year of a plan or a report must fall within the programme it belongs to. */
export function isYearInProgramme(year: number, programme: { yearFrom: number; yearTo: number }): boolean {
  return year >= programme.yearFrom && year <= programme.yearTo;
}
