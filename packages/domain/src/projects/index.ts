/** Public surface of support projects (đề án khuyến công): codes, transition table, guards, norms and money rules. */

export * from "./documents/documents.constants";
export * from "./duplicate-support";
export * from "./guards/guard-conditions";
export * from "./guards/guards";
export * from "./indicators";
export * from "./lifecycle/actors";
export * from "./lifecycle/adjustment";
export * from "./lifecycle/lifecycle";
export * from "./lifecycle/lifecycle.types";
export * from "./lifecycle/progress";
export * from "./lifecycle/progress-batch";
export * from "./lifecycle/step-labels";
export * from "./lifecycle/step-readiness";
export * from "./money/disbursement";
export * from "./money/money";
export * from "./money/money-ledger";
export * from "./project.constants";
export * from "./project.schemas";
export type * from "./project.types";
export * from "./project-input";
export * from "./support-norms/support-activities.data";
export * from "./support-norms/support-norms";
export * from "./support-norms/support-norms.data";
