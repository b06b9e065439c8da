export * from "./certificate-payload";
export * from "./selection.codes";
