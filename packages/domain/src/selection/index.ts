export * from "./selection.codes";
