import { describe, expect, it } from "vitest";
import { isoDateToLunar, lunarNewYear, lunarToIsoDate } from "./lunar-calendar";

/** Mùng 1 Tết as published by Vietnamese calendars (and by the government's holiday notices since 2014). */
const publishedTet: Record<number, string> = {
  2014: "2014-01-31",
  2015: "2015-02-19",
  2016: "2016-02-08",
  2017: "2017-01-28",
  2018: "2018-02-16",
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-02",
};

describe("lunar calendar at UTC+7", () => {
  it.each(Object.entries(publishedTet))("puts Tết %s on %s", (year, date) => {
    expect(lunarNewYear(Number(year))).toBe(date);
  });

  it.each([
    [1985, "1985-01-21", "1985-02-20"],
    [2007, "2007-02-17", "2007-02-18"],
    [2030, "2030-02-02", "2030-02-03"],
  ])("reckons Tết %i at Vietnam's time zone (%s), not China's UTC+8 (%s)", (year, vietnam, china) => {
    expect(lunarNewYear(year)).toBe(vietnam);
    expect(lunarNewYear(year, 8)).toBe(china);
  });

  it.each([
    [2019, "2019-04-14"],
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("puts Giỗ Tổ Hùng Vương (10/3 âm lịch) %i on %s", (year, date) => {
    expect(lunarToIsoDate({ day: 10, month: 3, year, leap: false })).toBe(date);
  });

  it("knows leap months: 2023 had a leap 2nd month, 2025 a leap 6th month, 2024 none", () => {
    expect(isoDateToLunar("2023-03-22")).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(isoDateToLunar("2025-07-25")).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarToIsoDate({ day: 1, month: 6, year: 2024, leap: true })).toBeNull();
    expect(lunarToIsoDate({ day: 1, month: 3, year: 2023, leap: true })).toBeNull();
  });

  it("round-trips every day of 2014–2030 between the two calendars", () => {
    for (let time = Date.UTC(2014, 0, 1); time <= Date.UTC(2030, 11, 31); time += 86_400_000) {
      const date = new Date(time).toISOString().slice(0, 10);
      const lunar = isoDateToLunar(date);
      expect(lunar.day).toBeGreaterThanOrEqual(1);
      expect(lunar.day).toBeLessThanOrEqual(30);
      expect(lunarToIsoDate(lunar)).toBe(date);
    }
  });

  it("gives the last day of the lunar year as 29 or 30 Tháng Chạp", () => {
    expect(isoDateToLunar("2025-01-28")).toMatchObject({ day: 29, month: 12, year: 2024 });
    expect(isoDateToLunar("2024-02-09")).toMatchObject({ day: 30, month: 12, year: 2023 });
  });
});
