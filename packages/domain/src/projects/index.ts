/** Public surface of support projects (đề án khuyến công): codes, transition table, guards, norms and money rules. */
export * from "./actors";
export * from "./adjustment";
export * from "./disbursement";
export * from "./documents.constants";
export * from "./duplicate-support";
export * from "./guards";
export * from "./lifecycle";
export * from "./lifecycle.types";
export * from "./money";
export * from "./money-ledger";
export * from "./progress";
export * from "./project.constants";
export * from "./project.schemas";
export type * from "./project.types";
export * from "./support-activities.data";
export * from "./support-norms";
export * from "./support-norms.data";
