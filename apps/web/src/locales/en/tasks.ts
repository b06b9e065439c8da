import type { viTasks, viTasksNav } from "../vi/tasks";

export const enTasks: typeof viTasks = {
  tasks: {
    title: "My tasks",
    description:
      "Dossiers waiting for your appraisal, approval or answer, returned dossiers and progress reports that are due, within your data scope. Overdue tasks come first.",
    badgeLabel_one: "My tasks: {{count}} task",
    badgeLabel_other: "My tasks: {{count}} tasks",
    badgeNone: "My tasks: nothing to do",
    emptyTitle: "Nothing to do",
    emptyHint:
      "When a dossier waits for your appraisal or approval, a dossier is returned or a progress report falls due, it appears here.",
    count: "{{count}} tasks",
    overdueCount: "{{count}} overdue",
    truncated: "Showing {{shown}} of {{count}} tasks; deal with the overdue ones first.",
    dueBefore: "Due before {{date}}",
    noDeadline: "No set deadline",
    overdue: "Overdue",
    open: "Open record",
    fileSeveral: "Report the missing months",
    batch: {
      title: "Progress reports for several months — {{code}}",
      intro:
        "Choose the months to report and enter the share of work done in each. The months are recorded together: if one month is refused, none is recorded.",
      reportedOn: "Report date",
      percent: "Work done (%)",
      percentShort: "% done",
      workDone: "Work carried out",
      submit: "Record {{count}} reports",
      noneSelected: "Choose at least one month",
      done: "{{count}} progress reports recorded",
      tooMany: "At most {{max}} months per request; the oldest are chosen first.",
    },
  },
};
export const enTasksNav: typeof viTasksNav = { tasks: "My tasks" };
