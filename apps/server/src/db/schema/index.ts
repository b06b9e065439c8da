export * from "./audit";
export * from "./auth";
export * from "./establishments";
export * from "./reference";
