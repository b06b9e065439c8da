import { describe, expect, it } from "vitest";
import { periodToDate, samePeriodLastYear } from "./period";

describe("year-to-date periods", () => {
  it("labels the cut-offs the way the reports do", () => {
    expect(periodToDate(2018, 7)).toEqual({
      year: 2018,
      fromMonth: 1,
      toMonth: 7,
      labelVi: "7 tháng đầu năm 2018",
    });
    expect(periodToDate(2017, 12).labelVi).toBe("Năm 2017");
    expect(periodToDate(2018, 1).labelVi).toBe("Tháng 1 năm 2018");
    expect(periodToDate(2024, 6).labelVi).toBe("6 tháng đầu năm 2024");
  });

  it("compares with the same months of the year before", () => {
    expect(samePeriodLastYear(periodToDate(2018, 7))).toEqual(periodToDate(2017, 7));
    expect(samePeriodLastYear(periodToDate(2018, 12)).labelVi).toBe("Năm 2017");
  });

  it.each([0, 13, 6.5, Number.NaN])("refuses cut-off month %s", (month) => {
    expect(() => periodToDate(2018, month)).toThrow(RangeError);
  });

  it("refuses a year that is not whole", () => {
    expect(() => periodToDate(2018.5, 7)).toThrow(RangeError);
  });
});
