/** Extension centres (staffing, consulting) and regional conferences: pure rules and input shapes. */

export * from "./consulting";
export * from "./contract-state";
export * from "./extension-centres.input";
export * from "./roman-numerals";
export * from "./staffing";
