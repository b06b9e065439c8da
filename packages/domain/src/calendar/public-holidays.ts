import type { IsoDate } from "../reference/types";
import { addCalendarDays, dayOfWeek, isWeekend } from "./calendar-dates";
import { lunarNewYear, lunarToIsoDate } from "./lunar-calendar";

/**
 * Public holidays of one year as the law sets them, before the government's yearly decisions.
 *
 * Source: Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14), Art. 112.1, in force since 1 Jan 2021:
 *   a) Tết Dương lịch: 1 day (1 January);
 *   b) Tết Âm lịch: 5 days;
 *   c) Ngày Chiến thắng: 1 day (30 April);
 *   d) Ngày Quốc tế lao động: 1 day (1 May);
 *   đ) Quốc khánh: 2 days (2 September and one day immediately before or after);
 *   e) Giỗ Tổ Hùng Vương: 1 day (10th day of the 3rd lunar month).
 * Art. 112.3: each year the Prime Minister decides the exact days of (b) and (đ). Art. 111.3: a holiday that
 * falls on a weekly rest day is made up on the next working day (ngày nghỉ bù).
 *
 * Which 5 days of Tết and which day beside 2 September are the government's choice, so this file applies a
 * DEFAULT that reproduced the decisions of recent years, and the yearly decisions are entered as dated
 * overrides (calendar/decided-days.ts, then the admin screen):
 *   - Tết: the last two days of the lunar year and mùng 1–3 (decided so in 2023, 2024 and 2025);
 *   - Quốc khánh: 1 September, unless 1 September is a Saturday or Sunday, or 2 September is a Thursday, then
 *     3 September (2021 Thu → 3/9, 2022 Fri → 1/9, 2023 Sat → 1/9, 2024 Mon → 3/9, 2025 Tue → 1/9).
 * Years before 2021 (Labour Code 2012: 1 day for Quốc khánh) are not modelled: the calendar serves deadlines
 * running now.
 */

export type HolidayKind = "STATUTORY" | "MAKE_UP";

export type PublicHoliday = {
  date: IsoDate;
  name: string;
  /** STATUTORY: a day Art. 112 names; MAKE_UP: the working day given back for one that fell on a weekend. */
  kind: HolidayKind;
};

function statutoryDays(year: number): PublicHoliday[] {
  const tet = lunarNewYear(year);
  const tetDays: PublicHoliday[] = [-2, -1, 0, 1, 2].map((offset) => ({
    date: addCalendarDays(tet, offset),
    name: offset < 0 ? "Tết Nguyên đán (cuối năm âm lịch)" : `Tết Nguyên đán (mùng ${offset + 1})`,
    kind: "STATUTORY",
  }));
  const nationalDay = `${year}-09-02`;
  const weekday = dayOfWeek(nationalDay);
  const dayBeside = isWeekend(`${year}-09-01`) || weekday === 4 ? `${year}-09-03` : `${year}-09-01`;
  const hungKings = lunarToIsoDate({ day: 10, month: 3, year, leap: false }) as IsoDate;
  return [
    { date: `${year}-01-01`, name: "Tết Dương lịch", kind: "STATUTORY" },
    ...tetDays,
    { date: hungKings, name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", kind: "STATUTORY" },
    { date: `${year}-04-30`, name: "Ngày Chiến thắng", kind: "STATUTORY" },
    { date: `${year}-05-01`, name: "Ngày Quốc tế Lao động", kind: "STATUTORY" },
    { date: nationalDay, name: "Quốc khánh", kind: "STATUTORY" },
    { date: dayBeside, name: "Quốc khánh (ngày liền kề)", kind: "STATUTORY" },
  ].sort((a, b) => a.date.localeCompare(b.date)) as PublicHoliday[];
}

/**
 * The year's statutory holidays plus the make-up days Art. 111.3 gives for those on a Saturday or Sunday: each
 * such holiday, in date order, frees the next day that is neither a weekend nor already a holiday.
 */
export function publicHolidaysOf(year: number): PublicHoliday[] {
  const statutory = statutoryDays(year);
  const taken = new Set(statutory.map((holiday) => holiday.date));
  const makeUps: PublicHoliday[] = [];
  for (const holiday of statutory) {
    if (!isWeekend(holiday.date)) continue;
    let candidate = addCalendarDays(holiday.date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addCalendarDays(candidate, 1);
    taken.add(candidate);
    makeUps.push({ date: candidate, name: `Nghỉ bù ${holiday.name}`, kind: "MAKE_UP" });
  }
  return [...statutory, ...makeUps].sort((a, b) => a.date.localeCompare(b.date));
}
