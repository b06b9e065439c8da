import type { viReportAggregate } from "../vi/report-aggregate";

export const enReportAggregate: typeof viReportAggregate = {
  reportAggregate: {
    title: "Aggregate report",
    description:
      "A region's or the nation's figures, computed from the provinces' approved reports; percentages are recomputed from the totals",
    link: "Aggregate report",
    filters: {
      label: "Choose the aggregate",
      template: "Report template",
      year: "Year",
      period: "Period",
      scope: "Scope",
      basis: "Boundaries",
    },
    national: "Nationwide",
    chooseScope: "Choose a scope",
    included: "Provinces with an approved report ({{count}})",
    missing: "Provinces without an approved report ({{count}})",
    noneIncluded: "No province has an approved report for this period yet.",
    noneMissing: "Every province has an approved report.",
    countedAs: "counted under {{name}}",
    completeness: "{{included}}/{{total}} provinces have an approved report",
    checksFailed: "The aggregate fails {{count}} checks: a province may have left out or mistyped a figure",
    checksOk: "The aggregate passes the template's generated checks",
    distinctNote:
      '"Distinct" establishments here are the sum of each province\'s distinct count: an establishment counted by two provinces counts twice, so this is an upper bound, not a distinct count.',
    cell: {
      drill: "Figures by province: {{label}}",
      partial: "{{reporting}}/{{included}} provinces",
      mixed: "Provinces reported both estimates and actuals: not added together",
      recomputed: "Recomputed from the totals",
      upperBound: "Upper bound",
      withheld: "and {{count}} other provinces (their figures are not yours to see)",
      none: "No province reported this figure",
      provinces: "{{count}} provinces",
    },
  },
};
