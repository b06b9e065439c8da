export * from "./dashboard-query";
export * from "./plan.constants";
export * from "./plan-input";
export * from "./plan-rules";
