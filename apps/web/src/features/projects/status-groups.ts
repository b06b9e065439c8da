import type { ProjectStatus } from "@kc/domain";

/** Columns of the board: the phases of DOMAIN §4.2, each a group of statuses. */
export const statusGroups = {
  proposal: ["DRAFT", "RETURNED", "SUBMITTED_BASE"],
  appraisal: ["BASE_APPRAISED", "SUBMITTED_CENTRAL", "CENTRAL_APPRAISED"],
  plan: ["IN_APPROVED_PLAN", "ASSIGNED", "PLAN_DETAILED", "TENDERING"],
  execution: ["CONTRACTED", "IN_PROGRESS", "ADJUSTMENT_PENDING", "CARRIED_OVER"],
  settlement: [
    "COMPLETED_PENDING_ACCEPTANCE",
    "ACCEPTED",
    "SETTLEMENT_FILED",
    "LIQUIDATED_SETTLED",
    "PARTIALLY_SETTLED",
  ],
  ended: ["CLOSED", "STOPPED", "REJECTED_BASE", "REJECTED_CENTRAL", "NOT_FUNDED"],
} as const satisfies Record<string, readonly ProjectStatus[]>;
export type StatusGroup = keyof typeof statusGroups;
export const statusGroupKeys = Object.keys(statusGroups) as StatusGroup[];

export function statusGroupOf(status: string): StatusGroup {
  return (
    statusGroupKeys.find((group) => (statusGroups[group] as readonly string[]).includes(status)) ?? "ended"
  );
}

/** Tag colour of a status, by its phase; refusals and stops in red. */
export function statusColor(status: string): string {
  if (["REJECTED_BASE", "REJECTED_CENTRAL", "NOT_FUNDED", "STOPPED"].includes(status)) return "red";
  if (status === "RETURNED" || status === "ADJUSTMENT_PENDING") return "orange";
  const colors: Record<StatusGroup, string> = {
    proposal: "default",
    appraisal: "cyan",
    plan: "geekblue",
    execution: "blue",
    settlement: "purple",
    ended: "green",
  };
  return colors[statusGroupOf(status)];
}
