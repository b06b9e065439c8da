export * from "./actions";
export * from "./audit-fields";
export * from "./present-changes";
export * from "./selection-audit-fields";
