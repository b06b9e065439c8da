import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, periodicReport, reportCell, reportSubmission } from "../src/db/schema/index";
import {
  ANNUAL,
  cellOf,
  FORMER_DONG_THAP,
  MANUAL_ROWS,
  REPORTS,
  reportsFixture,
  SIX_MONTHS,
} from "./reports-fixture";
import { DONG_THAP, engines, type Json, json } from "./support";

describe.each(engines)("periodic reports on %s", (engine) => {
  const f = reportsFixture(engine);
  const { freshPeriod, open, fillManualRows } = f;

  it("lists the seeded 6-month and annual templates with their validity and legal document", async () => {
    const response = await f.as.dtOfficer.get("/api/v1/report-templates");
    expect(response.status).toBe(200);
    const { items } = await json(response);
    expect(items.map((t: Json) => [t.id, t.periodKind, t.validFrom, t.legalDocumentId])).toEqual([
      ["BC_6_THANG-V1", "HALF_YEAR", "2018-01-01", "TT_28_2018_BCT"],
      ["BC_NAM-V1", "YEAR", "2018-01-01", "TT_28_2018_BCT"],
    ]);
  });

  it("pre-fills the plan cells by source and content equal to the plan lines, each with its records", async () => {
    for (const [year, kcqg, kcdp] of [
      [2023, "2000000000", "3000000000"],
      [2024, "2500000000", "3500000000"],
    ] as const) {
      const plan = await f.as.dtOfficer.post("/api/v1/annual-plans", {
        unitId: FORMER_DONG_THAP,
        year,
        programmeId: "CT-KCQG-2021-2025",
        decisionNumber: `${year}/QĐ-UBND`,
        decisionDate: `${year}-01-10`,
        noteVi: "",
        lines: [
          { source: "KCQG", content: "A3_MO_HINH_CONG_NGHE", amount: kcqg },
          { source: "KCDP_TINH", content: "A1_DAO_TAO_NGHE", amount: kcdp },
          { source: "COUNTERPART", content: "A3_MO_HINH_CONG_NGHE", amount: "1000000000" },
        ],
      });
      expect(plan.status).toBe(201);
    }
    const report = await open(f.as.dtOfficer, { templateId: ANNUAL, year: 2024, index: 1 });
    const value = (cell: string) => cellOf(report, cell)?.value;
    // Counterpart money is not kinh phí khuyến công: the total is KCQG + KCĐP only.
    expect(value("KP/PLAN")).toBe("6000000000");
    expect(value("KP_KCQG/PLAN")).toBe("2500000000");
    expect(value("KP_KCDP/PLAN")).toBe("3500000000");
    expect(value("KP_A3/PLAN")).toBe("2500000000");
    expect(value("KP_A1/PLAN")).toBe("3500000000");
    expect(value("KP/PREVIOUS_PLAN")).toBe("5000000000");
    expect(cellOf(report, "KP/PLAN_GROWTH")).toMatchObject({
      value: "20.00",
      text: "20,00 %",
      source: "PREFILLED",
    });
    expect(cellOf(report, "KP/PLAN")).toMatchObject({ text: "6.000,0", valueKind: "PLAN" });
    expect(value("KP/PERIOD")).toBe("0");
    expect(cellOf(report, "KP/PCT_OF_PLAN")?.value).toBe("0.00");
    expect(cellOf(report, "KP/GROWTH")).toBeUndefined(); // nothing paid in 2023: no growth exists
    expect(cellOf(report, "KP/PLAN")?.records).toEqual({
      labelVi: "Kế hoạch và giải ngân trên bảng tổng hợp",
      href: `/tong-quan?provinceId=${FORMER_DONG_THAP}&year=2024`,
    });
    expect(cellOf(report, "FAIRS/PERIOD")?.records.href).toBe(
      `/hoi-cho-trien-lam?provinceId=${FORMER_DONG_THAP}&year=2024`,
    );
    for (const row of MANUAL_ROWS) expect(cellOf(report, `${row}/PERIOD`)).toBeUndefined();
    expect(report.missingCells).toEqual(MANUAL_ROWS.map((row) => `${row}/PERIOD`));
    expect(report.checks.every((check: Json) => check.result.ok)).toBe(true);
    expect(report.actions.SUBMIT).toMatchObject({
      available: false,
      reasons: [{ code: "REPORT_INCOMPLETE" }],
    });
    const audits = await f.ctx.db.select().from(auditLog).where(eq(auditLog.entityId, report.id));
    expect(audits.map((a) => a.action)).toEqual(["REPORT_OPENED"]);
  });

  it("refuses another province (404), a central officer (403), a period outside the template and a second report", async () => {
    const before = (await f.ctx.db.select({ n: count() }).from(periodicReport))[0]?.n;
    const period = freshPeriod();
    const other = await f.as.hnOfficer.post(REPORTS, { provinceId: FORMER_DONG_THAP, ...period });
    expect(other.status).toBe(404);
    expect(
      (await f.as.centralOfficer.post(REPORTS, { provinceId: FORMER_DONG_THAP, ...period })).status,
    ).toBe(403);
    const outside = await f.as.dtOfficer.post(REPORTS, {
      provinceId: FORMER_DONG_THAP,
      templateId: SIX_MONTHS,
      year: 2017,
      index: 2,
    });
    expect(outside.status).toBe(422);
    expect(await json(outside)).toMatchObject({
      code: "REPORT_PERIOD_INVALID",
      detail: expect.stringContaining("nằm ngoài thời gian hiệu lực"),
    });
    const notStarted = await f.as.dtOfficer.post(REPORTS, {
      provinceId: DONG_THAP,
      templateId: ANNUAL,
      year: 2100,
      index: 1,
    });
    expect((await json(notStarted)).code).toBe("REPORT_PERIOD_INVALID");
    const noQuarter5 = await f.as.dtOfficer.post(REPORTS, {
      provinceId: FORMER_DONG_THAP,
      templateId: SIX_MONTHS,
      year: 2020,
      index: 3,
    });
    expect(noQuarter5.status).toBe(422);
    // Today's Đồng Tháp did not exist in 2020: the report belongs to the province as it was.
    const merged = await f.as.dtOfficer.post(REPORTS, {
      provinceId: DONG_THAP,
      templateId: ANNUAL,
      year: 2020,
      index: 1,
    });
    expect((await json(merged)).code).toBe("REPORT_PERIOD_INVALID");
    expect((await f.ctx.db.select({ n: count() }).from(periodicReport))[0]?.n).toBe(before);
    await open(f.as.dtOfficer, period);
    const again = await f.as.dtLeader.post(REPORTS, { provinceId: FORMER_DONG_THAP, ...period });
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("REPORT_EXISTS");
  });

  it("answers 409 to the second of two officers editing one version, and keeps the estimate the actual replaced", async () => {
    const report = await open();
    const first = await f.as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
      version: report.version,
      cells: [{ row: "TRAINEES", column: "PERIOD", value: "120", valueKind: "ESTIMATE" }],
    });
    expect(first.status).toBe(200);
    const second = await f.as.dtLeader.patch(`${REPORTS}/${report.id}`, {
      version: report.version,
      cells: [{ row: "TRAINEES", column: "PERIOD", value: "999" }],
    });
    expect(second.status).toBe(409);
    expect((await json(second)).code).toBe("VERSION_CONFLICT");
    const edited = await json(first);
    const actual = await json(
      await f.as.dtLeader.patch(`${REPORTS}/${report.id}`, {
        version: edited.version,
        cells: [{ row: "TRAINEES", column: "PERIOD", value: "131", valueKind: "ACTUAL" }],
        narrative: [{ section: "DANH_GIA", body: "Hoàn thành  kế hoạch.\nVượt chỉ tiêu đào tạo." }],
      }),
    );
    expect(cellOf(actual, "TRAINEES/PERIOD")).toMatchObject({
      value: "131",
      valueKind: "ACTUAL",
      source: "MANUAL",
      revision: 2,
      previous: [{ revision: 1, value: "120", valueKind: "ESTIMATE", source: "MANUAL" }],
    });
    expect(actual.narrative).toEqual({ DANH_GIA: "Hoàn thành kế hoạch.\nVượt chỉ tiêu đào tạo." });
  });

  it("refuses a cell the template lacks or a value that is not a number, writing nothing", async () => {
    const report = await open();
    const cellsBefore = (
      await f.ctx.db.select({ n: count() }).from(reportCell).where(eq(reportCell.reportId, report.id))
    )[0]?.n;
    const response = await f.as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
      version: report.version,
      cells: [
        { row: "TRAINEES", column: "PERIOD", value: "12" },
        { row: "TRAINEES", column: "PLAN", value: "12" },
        { row: "KP", column: "PCT_OF_PLAN", value: "12,5" },
        { row: "KP", column: "PERIOD", value: "1e9" },
      ],
    });
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe("REPORT_CELL_INVALID");
    expect(problem.errors.map((e: Json) => e.path)).toEqual([
      "body.cells.1",
      "body.cells.2.value",
      "body.cells.3.value",
    ]);
    const cellsAfter = (
      await f.ctx.db.select({ n: count() }).from(reportCell).where(eq(reportCell.reportId, report.id))
    )[0]?.n;
    expect(cellsAfter).toBe(cellsBefore);
    expect((await json(await f.as.dtOfficer.get(`${REPORTS}/${report.id}`))).version).toBe(report.version);
  });

  it("refuses a submission that fails a generated check, with the cell, the computed value and the difference", async () => {
    let report = await fillManualRows(await open());
    report = await json(
      await f.as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
        version: report.version,
        cells: [
          { row: "KP", column: "PERIOD", value: "19619200000" },
          { row: "KP_A4", column: "PERIOD", value: "19619200000" },
          { row: "KP_KCQG", column: "PERIOD", value: "7029400000" },
          { row: "KP_KCDP", column: "PERIOD", value: "12594300000" },
        ],
      }),
    );
    const failing = report.checks.filter((check: Json) => !check.result.ok);
    expect(failing.map((check: Json) => check.id)).toContain("SUM:KP:SOURCE:PERIOD");
    expect(report.actions.SUBMIT).toMatchObject({
      available: false,
      reasons: [{ code: "REPORT_CHECKS_FAILED" }],
    });
    const refused = await f.as.dtOfficer.post(`${REPORTS}/${report.id}/submit`, { version: report.version });
    expect(refused.status).toBe(422);
    const problem = await json(refused);
    expect(problem.code).toBe("REPORT_CHECKS_FAILED");
    expect(problem.checks).toContainEqual(
      expect.objectContaining({
        id: "SUM:KP:SOURCE:PERIOD",
        cell: "KP/PERIOD",
        stated: "19.619,2",
        computed: "19.623,7",
        difference: "4,5 triệu đồng",
      }),
    );
    expect(problem.errors).toContainEqual(expect.objectContaining({ path: "cells.KP/PERIOD" }));
    const [row] = await f.ctx.db.select().from(periodicReport).where(eq(periodicReport.id, report.id));
    expect(row?.state).toBe("DRAFT");
    const submissions = await f.ctx.db
      .select({ n: count() })
      .from(reportSubmission)
      .where(eq(reportSubmission.reportId, report.id));
    expect(submissions[0]?.n).toBe(0);
    // Fixed: KCĐP was 12.589,8, the total's 4,5 triệu đồng less; the report goes.
    const fixed = await json(
      await f.as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
        version: report.version,
        cells: [{ row: "KP_KCDP", column: "PERIOD", value: "12589800000" }],
      }),
    );
    const sent = await f.as.dtOfficer.post(`${REPORTS}/${report.id}/submit`, { version: fixed.version });
    expect(sent.status).toBe(200);
    expect((await json(sent)).state).toBe("SUBMITTED");
  });
});
