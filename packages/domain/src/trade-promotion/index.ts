/** Public surface of trade promotion: codes and labels, the fair lifecycle, support caps, limits and counts. */

export * from "./booth-input";
export * from "./booth-payments";
export * from "./brand-support";
export * from "./fair-counts";
export * from "./fair-lifecycle";
export * from "./overseas-limit";
export * from "./participant-import-row";
export * from "./participation-support";
export * from "./province-tiles";
export * from "./trade-promotion.codes";
export * from "./trade-promotion.input";
