/** Eligibility rules of DOMAIN §9.4 as dated, versioned rule sets. */
export type * from "./eligibility.types";
export * from "./evaluate";
export * from "./location";
export * from "./priority";
export { and3, combineVerdicts, documentTitle, or3, type Tri } from "./rule-helpers";
export * from "./rule-sets";
export * from "./sme-size";
export * from "./subject-rules";
