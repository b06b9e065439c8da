import { isIsoDate } from "../format";
import type { IsoDate } from "../reference/types";
import { addCalendarDays, isWeekend, yearOf } from "./calendar-dates";
import { type PublicHoliday, publicHolidaysOf } from "./public-holidays";

/**
 * Working days for legal deadlines ("ngày làm việc"), on the calendar of state offices: Monday to Friday,
 * minus public holidays (public-holidays.ts), corrected by the government's yearly decisions.
 */

export const calendarOverrideKinds = ["HOLIDAY", "WORKING_DAY"] as const;
export type CalendarOverrideKind = (typeof calendarOverrideKinds)[number];

/**
 * A dated decision that wins over the computed calendar: HOLIDAY makes a day off (a swapped day, a Tết day
 * placed differently, a new holiday), WORKING_DAY makes a day worked (a Saturday worked in exchange, or a
 * computed day off the decision moved elsewhere). `name` says why, e.g. the deciding document.
 */
export type CalendarOverride = { date: IsoDate; kind: CalendarOverrideKind; name: string };

export type CalendarDay = {
  date: IsoDate;
  working: boolean;
  /** Why the day is off, or why a weekend day is worked; null for an ordinary weekday or weekend. */
  reason: string | null;
  source: "WEEKDAY" | "WEEKEND" | "PUBLIC_HOLIDAY" | "OVERRIDE";
};

/** Holidays per year, memoised: the lunar conversion is the only costly step and years repeat in a loop. */
const holidaysByYear = new Map<number, Map<IsoDate, PublicHoliday>>();

function holidaysOn(year: number): Map<IsoDate, PublicHoliday> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = new Map(publicHolidaysOf(year).map((holiday) => [holiday.date, holiday]));
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

function assertDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`Ngày không hợp lệ: ${date}`);
}

/** Overrides indexed by date; the last one for a date wins (a later decision corrects an earlier entry). */
export type OverrideIndex = ReadonlyMap<IsoDate, CalendarOverride>;

export function indexOverrides(overrides: readonly CalendarOverride[] | OverrideIndex): OverrideIndex {
  if (overrides instanceof Map) return overrides;
  return new Map((overrides as readonly CalendarOverride[]).map((entry) => [entry.date, entry]));
}

/** What kind of day `date` is, and why. */
export function describeDay(
  date: IsoDate,
  overrides: readonly CalendarOverride[] | OverrideIndex = [],
): CalendarDay {
  assertDate(date);
  const decided = indexOverrides(overrides).get(date);
  if (decided) {
    return { date, working: decided.kind === "WORKING_DAY", reason: decided.name, source: "OVERRIDE" };
  }
  // A holiday's make-up day can land in the next year (a Sunday 31 December would), so look one year back too.
  const holiday = holidaysOn(yearOf(date)).get(date) ?? holidaysOn(yearOf(date) - 1).get(date);
  if (holiday) return { date, working: false, reason: holiday.name, source: "PUBLIC_HOLIDAY" };
  if (isWeekend(date)) return { date, working: false, reason: null, source: "WEEKEND" };
  return { date, working: true, reason: null, source: "WEEKDAY" };
}

export function isWorkingDay(
  date: IsoDate,
  overrides: readonly CalendarOverride[] | OverrideIndex = [],
): boolean {
  return describeDay(date, overrides).working;
}

/** Longest stretch searched for the next working day: no real calendar has 60 days off in a row. */
const MAX_DAYS_OFF_IN_A_ROW = 60;

/**
 * The date `n` working days after `start`. Day 1 is the first working day AFTER `start` (the start day is
 * never counted, as Civil Code 2015 Art. 147.1 counts periods from the day after the event), so
 * addWorkingDays(notifiedOn, 15) is the last day of a 15-working-day window. n = 0 returns `start`.
 */
export function addWorkingDays(
  start: IsoDate,
  n: number,
  overrides: readonly CalendarOverride[] | OverrideIndex = [],
): IsoDate {
  assertDate(start);
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Số ngày làm việc phải là số nguyên ≥ 0, nhận ${n}`);
  const index = indexOverrides(overrides);
  let date = start;
  for (let counted = 0; counted < n; ) {
    let skipped = 0;
    do {
      date = addCalendarDays(date, 1);
      if (++skipped > MAX_DAYS_OFF_IN_A_ROW) throw new RangeError(`Không có ngày làm việc nào sau ${date}`);
    } while (!isWorkingDay(date, index));
    counted++;
  }
  return date;
}

/**
 * Working days in the half-open interval (from, to]: the days that addWorkingDays counts, so
 * workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when `to` is before `from`.
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  overrides: readonly CalendarOverride[] | OverrideIndex = [],
): number {
  assertDate(from);
  assertDate(to);
  if (to < from) return -workingDaysBetween(to, from, overrides);
  const index = indexOverrides(overrides);
  let count = 0;
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(date, index)) count++;
  }
  return count;
}

/** Every day of a year that is not an ordinary weekday or weekend: holidays, make-up days and overrides. */
export function specialDaysOf(
  year: number,
  overrides: readonly CalendarOverride[] | OverrideIndex = [],
): CalendarDay[] {
  const index = indexOverrides(overrides);
  const dates = new Set<IsoDate>([
    ...holidaysOn(year).keys(),
    ...[...holidaysOn(year - 1).keys()].filter((date) => yearOf(date) === year),
    ...[...index.keys()].filter((date) => yearOf(date) === year),
  ]);
  return [...dates]
    .filter((date) => yearOf(date) === year)
    .sort()
    .map((date) => describeDay(date, index));
}
