export * from "./access/index";
export * from "./errors";
export * from "./format";
export * from "./labels";
export * from "./reference/index";
export * from "./text";
