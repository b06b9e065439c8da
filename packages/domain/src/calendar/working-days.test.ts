import { describe, expect, it } from "vitest";
import { decidedDays2025To2026 } from "./decided-days";
import { publicHolidaysOf } from "./public-holidays";
import {
  addWorkingDays,
  type CalendarOverride,
  describeDay,
  isWorkingDay,
  specialDaysOf,
  workingDaysBetween,
} from "./working-days";

const daysOff = (year: number) =>
  specialDaysOf(year, decidedDays2025To2026)
    .filter((day) => !day.working)
    .map((day) => day.date);

describe("public holidays (Labour Code 2019 Art. 112)", () => {
  it("has the 11 statutory days of 2025, placed as the government decided them", () => {
    const statutory = publicHolidaysOf(2025).filter((day) => day.kind === "STATUTORY");
    expect(statutory.map((day) => day.date)).toEqual([
      "2025-01-01",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-09-01",
      "2025-09-02",
    ]);
  });

  it("makes up a holiday on a weekend on the next free working day (Art. 111.3)", () => {
    // 2023: Tết Sunday 22/01 → days off 20/01–26/01; Giỗ Tổ Sat 29/04, 30/04 Sun, 01/05 Mon → 02/05 and 03/05.
    const makeUps = publicHolidaysOf(2023)
      .filter((day) => day.kind === "MAKE_UP")
      .map((day) => day.date);
    expect(makeUps).toEqual([
      "2023-01-02",
      "2023-01-25",
      "2023-01-26",
      "2023-05-02",
      "2023-05-03",
      "2023-09-04",
    ]);
  });

  it.each([
    [2021, "2021-09-03"],
    [2022, "2022-09-01"],
    [2023, "2023-09-01"],
    [2024, "2024-09-03"],
    [2025, "2025-09-01"],
  ])("puts the day beside Quốc khánh %i where the government did (%s)", (year, date) => {
    expect(describeDay(date)).toMatchObject({ working: false, source: "PUBLIC_HOLIDAY" });
    expect(publicHolidaysOf(year).filter((day) => day.name.startsWith("Quốc khánh"))).toHaveLength(2);
  });

  it("reproduces the Tết breaks that were announced: 2024 8–14/02, 2026 14–22/02", () => {
    expect(daysOff(2024).filter((date) => date.startsWith("2024-02"))).toEqual([
      "2024-02-08",
      "2024-02-09",
      "2024-02-10",
      "2024-02-11",
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
    ]);
    for (const date of ["2026-02-13", "2026-02-23"]) expect(isWorkingDay(date)).toBe(true);
    for (let day = 14; day <= 22; day++) expect(isWorkingDay(`2026-02-${day}`)).toBe(false);
  });
});

describe("working days with the yearly decisions", () => {
  it("applies the 2025 swap: Saturday 26/04 worked, Friday 02/05 off", () => {
    expect(isWorkingDay("2025-04-26")).toBe(false);
    expect(isWorkingDay("2025-04-26", decidedDays2025To2026)).toBe(true);
    expect(isWorkingDay("2025-05-02")).toBe(true);
    expect(describeDay("2025-05-02", decidedDays2025To2026)).toMatchObject({
      working: false,
      source: "OVERRIDE",
    });
  });

  it("lets an override beat a computed holiday and add one", () => {
    const overrides: CalendarOverride[] = [
      { date: "2025-09-01", kind: "WORKING_DAY", name: "Thử: làm việc" },
      { date: "2025-09-03", kind: "HOLIDAY", name: "Thử: nghỉ" },
    ];
    expect(isWorkingDay("2025-09-01", overrides)).toBe(true);
    expect(isWorkingDay("2025-09-03", overrides)).toBe(false);
  });

  it("counts from the day after the start: a Friday + 1 is the next Monday", () => {
    expect(addWorkingDays("2025-03-07", 1)).toBe("2025-03-10");
    expect(addWorkingDays("2025-03-07", 0)).toBe("2025-03-07");
    expect(addWorkingDays("2025-03-08", 1)).toBe("2025-03-10");
  });

  it("jumps Tết: 15 working days from 20/01/2025 end on 17/02/2025", () => {
    // 21–24/01 (4), Tết 27/01–02/02 off, 03–07/02 (9), 10–14/02 (14), 17/02 (15).
    const end = addWorkingDays("2025-01-20", 15);
    expect(end).toBe("2025-02-17");
    expect(workingDaysBetween("2025-01-20", end)).toBe(15);
    expect(workingDaysBetween("2025-01-24", "2025-02-03")).toBe(1);
  });

  it("follows the 2025 swap: 4 working days from 24/04 end on 29/04 with the decision, 02/05 without", () => {
    // Without: 25/04, 28/04, 29/04, (30/04 and 01/05 off) 02/05. With: 25/04, Saturday 26/04, 28/04, 29/04.
    expect(addWorkingDays("2025-04-24", 4)).toBe("2025-05-02");
    expect(addWorkingDays("2025-04-24", 4, decidedDays2025To2026)).toBe("2025-04-29");
    expect(addWorkingDays("2025-04-24", 10, decidedDays2025To2026)).toBe(addWorkingDays("2025-04-24", 10));
  });

  it("is the inverse of workingDaysBetween and is monotone", () => {
    for (let n = 0; n <= 40; n++) {
      const end = addWorkingDays("2025-12-15", n, decidedDays2025To2026);
      expect(workingDaysBetween("2025-12-15", end, decidedDays2025To2026)).toBe(n);
      if (n > 0) expect(isWorkingDay(end, decidedDays2025To2026)).toBe(true);
    }
    expect(workingDaysBetween("2025-02-17", "2025-01-20")).toBe(-15);
  });

  it("refuses an impossible date or a negative count", () => {
    expect(() => isWorkingDay("2025-02-30")).toThrow(RangeError);
    expect(() => addWorkingDays("2025-01-01", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2025-01-01", 1.5)).toThrow(RangeError);
  });

  it("lists a year's special days with reasons, the make-up days of the year before included", () => {
    const days = specialDaysOf(2025, decidedDays2025To2026);
    expect(days.find((day) => day.date === "2025-04-26")).toMatchObject({
      working: true,
      source: "OVERRIDE",
    });
    expect(days.find((day) => day.date === "2025-01-29")?.reason).toBe("Tết Nguyên đán (mùng 1)");
    expect(days.every((day) => day.date.startsWith("2025-"))).toBe(true);
  });
});
