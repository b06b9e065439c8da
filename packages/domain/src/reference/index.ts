/** Public surface of the reference data: seed shapes, seed constants, dated lookups and integrity checks. */
export * from "./admin-units";
export * from "./catalogues.data";
export * from "./integrity";
export * from "./legal-documents.data";
export * from "./organisations.data";
export * from "./provinces.data";
export * from "./reference-seed";
export * from "./region-spans";
export * from "./regions.data";
export * from "./successions.data";
export type * from "./types";
