export * from "./access/index";
export * from "./errors";
export * from "./establishments/index";
export * from "./format";
export * from "./labels";
export * from "./projects/index";
export * from "./reference/index";
export * from "./text";
