import type { GuardCode, Severity, TransitionCode } from "../lifecycle/lifecycle.types";
import type { ProjectSnapshot, TransitionContext } from "../project.types";
import { nationalSupportNormSets } from "../support-norms/support-norms.data";
import { documentOf, ledger, SUPPORT } from "./test-projects";

/** Shared pieces of the guard cases (tests only, not exported from the package). */
export const baseContext: TransitionContext = {
  actor: "implementer",
  date: "2024-05-01",
  documents: [],
  normSets: nationalSupportNormSets,
};

export type Case = {
  guard: GuardCode;
  label: string;
  project?: Partial<ProjectSnapshot>;
  context?: Partial<TransitionContext>;
  /** The step whose documents the guard looks at, when it matters. */
  step?: TransitionCode;
  /** Severities of the findings, in order; [] means the guard passes. */
  expect: Severity[];
};

/** Approval dates under the 2014 norms; under the (empty) 2018 set caps can only warn. */
export const IN_2016 = { date: "2016-06-01" };
export const settled = ledger({ disbursements: [SUPPORT], acceptedSpend: SUPPORT, settledAmount: SUPPORT });
export const overpaid = ledger({
  disbursements: [SUPPORT],
  acceptedSpend: 100_000_000n,
  settledAmount: 100_000_000n,
});
export const underpaid = ledger({
  disbursements: [100_000_000n],
  acceptedSpend: SUPPORT,
  settledAmount: SUPPORT,
});
export const adjustmentDecision = (authority: "MINISTER" | "CENTRAL_AGENCY_DG" | "DOIT_DIRECTOR") => ({
  documents: [documentOf("QD_DIEU_CHINH", authority)],
});
