import type { ReportedIndicator } from "@kc/domain";

/** The money indicator of reported figures: its values are đồng, the others are counts. */
export const BUDGET_EXEC = "BUDGET_EXEC" satisfies ReportedIndicator;

/** Indicators offered when entering figures or targets, in the order the conference reports print them. */
export const enteredIndicators = [
  BUDGET_EXEC,
  "PRODUCTS_CERTIFIED",
  "FAIR_PARTICIPATIONS",
  "BOOTHS",
  "ESTAB_SUPPORTED",
  "TRAINEES",
  "MACHINERY_ESTAB",
  "DEMO_MODELS",
  "BRANDS",
  "FAIRS_ORGANISED",
  "SELECTION_ROUNDS",
  "CCN_PLANNING",
  "CCN_INFRA",
] as const satisfies readonly ReportedIndicator[];

/** First year offered in year pickers: Decree 45/2012 starts the current industrial-extension programmes. */
export const FIRST_YEAR = 2011;
