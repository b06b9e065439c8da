/** Extension centres (staffing, consulting) and regional conferences: pure rules and input shapes. */

export * from "./consulting";
export * from "./extension-centres.input";
export * from "./roman-numerals";
export * from "./staffing";
