export * from "./rules/index";
export * from "./selection.codes";
