export * from "./certificate-payload";
export * from "./certificate-record";
export * from "./entry-input";
export * from "./round-input";
export * from "./round-lifecycle";
export * from "./selection.codes";
