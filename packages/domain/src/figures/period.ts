/**
 * Year-to-date reporting periods: the conferences compare "7 tháng đầu năm 2018" (January–July, the ad-hoc
 * cut-off of R-2018-south) with the annual plan and with the same months of the year before (DOMAIN §8.1,
 * §9.7 Q2). A period always starts in January; only the cut-off month varies.
 */
export type YearToDatePeriod = {
  year: number;
  fromMonth: 1;
  /** Last month included, 1..12. */
  toMonth: number;
  /** "7 tháng đầu năm 2018", "Tháng 1 năm 2018", "Năm 2017". */
  labelVi: string;
};

function yearToDateLabelVi(year: number, toMonth: number): string {
  if (toMonth === 12) return `Năm ${year}`;
  if (toMonth === 1) return `Tháng 1 năm ${year}`;
  return `${toMonth} tháng đầu năm ${year}`;
}

/** January to `cutoffMonth` of `year`. RangeError for a month outside 1..12 or a year that is not whole. */
export function periodToDate(year: number, cutoffMonth: number): YearToDatePeriod {
  if (!Number.isInteger(cutoffMonth) || cutoffMonth < 1 || cutoffMonth > 12) {
    throw new RangeError(`Tháng kết thúc kỳ báo cáo phải từ 1 đến 12, nhận ${cutoffMonth}`);
  }
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Năm báo cáo không hợp lệ: ${year}`);
  }
  return { year, fromMonth: 1, toMonth: cutoffMonth, labelVi: yearToDateLabelVi(year, cutoffMonth) };
}

/** The same months one year earlier ("cùng kỳ năm trước"), the basis of a year-on-year comparison. */
export function samePeriodLastYear(period: YearToDatePeriod): YearToDatePeriod {
  return periodToDate(period.year - 1, period.toMonth);
}
