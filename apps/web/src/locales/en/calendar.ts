import type { viCalendar, viCalendarNav } from "../vi/calendar";

export const enCalendar: typeof viCalendar = {
  calendar: {
    title: "Working-day calendar",
    description:
      "Public holidays under the Labour Code 2019 (Lunar New Year and Hùng Kings' day by the lunar calendar), make-up days and the swaps the government decides each year. Deadlines counted in working days (complaints about selection results) use this calendar.",
    year: "Year",
    date: "Date",
    weekday: "Day",
    kind: "Kind of day",
    reason: "Reason / document",
    source: "Source",
    working: "Working day",
    dayOff: "Day off",
    sourcePublicHoliday: "By law",
    sourceOverride: "Yearly decision",
    add: "Add a decided day",
    addTitle: "Add a day off or a make-up working day",
    kindHoliday: "Day off (swap, extra holiday)",
    kindWorkingDay: "Working day (make-up, cancels a computed day off)",
    name: "What was decided, and the document",
    namePlaceholder: "e.g. Saturday 26/04/2025 worked under notice no. …/TB-BNV",
    remove: "Remove",
    removeConfirm: "Remove the decision for {{date}}? The day goes back to the calendar the law gives.",
    saved: "Saved",
    removed: "Removed",
    empty: "No days off in this year",
    count: "{{holidays}} days off, {{overrides}} yearly decisions",
  },
};

export const enCalendarNav: typeof viCalendarNav = { calendar: "Working-day calendar" };
