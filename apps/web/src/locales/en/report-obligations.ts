import type { viReportObligations, viReportObligationsNav } from "../vi/report-obligations";

export const enReportObligations: typeof viReportObligations = {
  myReports: {
    title: "My reports",
    description:
      "Periodic reports owed: overdue, returned and due soon first, with the due date and days left or late",
    what: "reports owed",
    count: "{{formatted}} reports owed",
    filters: { label: "Filter reports owed", year: "Year", template: "Template", status: "Status" },
    columns: {
      province: "Province",
      report: "Period and template",
      dueOn: "Due",
      when: "Left / late",
      status: "Status",
      action: "Action",
    },
    open: "Open report",
    create: "Start report",
    badgeLabel: "{{count}} reports need attention (overdue, returned, due soon)",
    badgeNone: "No report needs attention",
  },
  completeness: {
    title: "Reporting completeness",
    description:
      "Completeness (sent / expected) and timeliness (on time / expected) per period and province, and the awards ranking",
    tabs: { completeness: "Completeness, timeliness", awards: "Awards ranking" },
    filters: { label: "Filter", year: "Year", template: "Template", region: "Region" },
    due: "Due {{date}}",
    totals:
      "Expected {{expected}} · on time {{onTime}} · late {{late}} · missing {{missing}} · not yet due {{notYetDue}}",
    completeness: "Completeness",
    timeliness: "Timeliness",
    empty: "No report owed in the periods chosen",
    columns: { province: "Province", region: "Region", timeliness: "Status", sent: "First sent" },
    timelinessLabels: { ON_TIME: "On time", LATE: "Late", MISSING: "Missing", NOT_YET_DUE: "Not yet due" },
    awards: {
      rule: "Ranked by the share of reports sent on time, then sent, then consistent (passed the checks without explanations, never returned), over the year's reports already due; a merged province counts toward its successor.",
      rank: "Rank",
      province: "Province",
      due: "Expected",
      onTime: "On time",
      complete: "Sent",
      consistent: "Consistent",
      empty: "No report of the year is due yet",
    },
  },
};

export const enReportObligationsNav: typeof viReportObligationsNav = {
  myReports: "My reports",
  reportCompleteness: "Reporting completeness",
};
