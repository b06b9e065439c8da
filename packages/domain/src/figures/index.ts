/** Public surface of the figure engine: exact derived figures, Vietnamese formats, periods, consistency checks. */
export * from "./conference-reports.data";
export * from "./consistency";
export * from "./fixed";
export * from "./format-vi";
export * from "./period";
export * from "./typed-report";
