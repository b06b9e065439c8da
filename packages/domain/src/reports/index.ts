export * from "./report-checks";
export * from "./report-export-layout";
export * from "./report-period";
export * from "./report-template";
export * from "./report-templates.data";
export * from "./report-workflow";
