/** Public surface of the establishment register: codes and limits, input schemas, rules, import and encodings. */
export * from "./dong";
export * from "./eligibility/index";
export * from "./establishment.constants";
export * from "./establishment.fields";
export * from "./establishment.schemas";
export * from "./import-cells";
export * from "./import-columns";
export * from "./import-row";
export * from "./legacy-encoding";
export * from "./legacy-tables";
export * from "./search-text";
export * from "./tax-code";
