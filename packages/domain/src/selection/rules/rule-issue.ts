/**
 * One thing wrong with an input to a selection rule: a stable code the UI and the API switch on, the field it
 * concerns (a path such as "scores.C1_1" or "criteria.2.maxPoints") and a Vietnamese sentence that names it.
 */
export type RuleIssue = { code: string; field: string; messageVi: string };
