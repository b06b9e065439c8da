export * from "./action-availability";
export * from "./certificate-actions";
export * from "./establishment-actions";
export * from "./fair-actions";
export * from "./report-actions";
export * from "./selection-complaint-actions";
export * from "./selection-entry-actions";
export * from "./user-actions";
