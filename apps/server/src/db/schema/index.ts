export * from "./audit";
export * from "./auth";
export * from "./establishments";
export * from "./plans";
export * from "./projects";
export * from "./reference";
export * from "./trade-promotion";
