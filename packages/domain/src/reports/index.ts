export * from "./report-attachments";
export * from "./report-checks";
export * from "./report-period";
export * from "./report-template";
export * from "./report-templates.data";
export * from "./report-workflow";
