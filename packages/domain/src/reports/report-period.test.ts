import { describe, expect, it } from "vitest";
import { checkReportPeriod, reportWindow } from "./report-period";
import type { ReportTemplateVersion } from "./report-template";
import { annualReportTemplate, sixMonthReportTemplate } from "./report-templates.data";

const cutoff15 = <T extends ReportTemplateVersion>(template: T): T => ({
  ...template,
  windowRule: "CUTOFF_15_TO_14",
});

describe("period windows per template version (DOMAIN §9.7 Q2)", () => {
  it("cuts calendar windows and the due day from the template's deadline rule", () => {
    expect(reportWindow(sixMonthReportTemplate, { year: 2024, index: 1 })).toEqual({
      from: "2024-01-01",
      to: "2024-06-30",
      dueOn: "2024-07-15",
      labelVi: "6 tháng đầu năm 2024",
    });
    expect(reportWindow(annualReportTemplate, { year: 2024, index: 1 })).toMatchObject({
      from: "2024-01-01",
      to: "2024-12-31",
      dueOn: "2025-01-15",
      labelVi: "Năm 2024",
    });
    const quarter = { ...annualReportTemplate, periodKind: "QUARTER" as const };
    expect(reportWindow(quarter, { year: 2024, index: 1 })).toMatchObject({
      to: "2024-03-31",
      labelVi: "Quý I năm 2024",
    });
    const adHoc = { ...annualReportTemplate, periodKind: "CUTOFF_MONTH" as const };
    expect(reportWindow(adHoc, { year: 2018, index: 7 })).toMatchObject({
      from: "2018-01-01",
      to: "2018-07-31",
      labelVi: "7 tháng đầu năm 2018",
    });
  });

  it("cuts the 15th-to-14th window: a 6-month report from 15/12 of the year before to 14/6", () => {
    expect(reportWindow(cutoff15(sixMonthReportTemplate), { year: 2024, index: 1 })).toMatchObject({
      from: "2023-12-15",
      to: "2024-06-14",
      dueOn: "2024-06-29",
    });
    expect(reportWindow(cutoff15(annualReportTemplate), { year: 2024, index: 1 })).toMatchObject({
      from: "2023-12-15",
      to: "2024-12-14",
    });
  });

  it("refuses a period outside the version's validity, not yet begun, or not of the template's kind", () => {
    const today = "2026-03-01";
    expect(checkReportPeriod(sixMonthReportTemplate, { year: 2024, index: 1 }, today)).toBeNull();
    expect(checkReportPeriod(sixMonthReportTemplate, { year: 2017, index: 2 }, today)?.messageVi).toBe(
      '6 tháng cuối năm 2017 nằm ngoài thời gian hiệu lực của mẫu "Báo cáo 6 tháng tình hình thực hiện hoạt động khuyến công" (từ 01/01/2018)',
    );
    const ended = { ...sixMonthReportTemplate, validTo: "2023-12-31" };
    expect(checkReportPeriod(ended, { year: 2024, index: 1 }, today)?.code).toBe("REPORT_PERIOD_INVALID");
    expect(checkReportPeriod(sixMonthReportTemplate, { year: 2026, index: 2 }, today)?.messageVi).toBe(
      "6 tháng cuối năm 2026 chưa bắt đầu (từ 01/07/2026), chưa mở báo cáo được",
    );
    expect(checkReportPeriod(sixMonthReportTemplate, { year: 2024, index: 3 }, today)?.code).toBe(
      "REPORT_PERIOD_INVALID",
    );
    expect(checkReportPeriod(annualReportTemplate, { year: 2024, index: 2 }, today)).not.toBeNull();
  });
});
