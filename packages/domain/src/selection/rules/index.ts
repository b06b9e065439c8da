export * from "./certificate-validity";
export * from "./complaints";
export * from "./council";
export * from "./ladder";
export * from "./parity";
export * from "./rule-issue";
export * from "./scoring";
export * from "./scoring-summary";
