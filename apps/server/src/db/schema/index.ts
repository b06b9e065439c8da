export * from "./audit";
export * from "./auth";
export * from "./establishments";
export * from "./projects";
export * from "./reference";
export * from "./plans";
