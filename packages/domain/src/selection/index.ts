export * from "./certificate-record";
export * from "./entry-input";
export * from "./round-input";
export * from "./round-lifecycle";
export * from "./rules/index";
export * from "./rounds/council-composition";
export * from "./rounds/round-step-readiness";
export * from "./selection.codes";
