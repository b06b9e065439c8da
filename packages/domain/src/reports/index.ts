export * from "./report-checks";
export * from "./report-period";
export * from "./report-template";
export * from "./report-templates.data";
export * from "./report-workflow";
export * from "./template-check-preview";
export * from "./template-structure";
export * from "./template-versions";
