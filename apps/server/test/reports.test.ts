import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, periodicReport, reportCell, reportSubmission } from "../src/db/schema/index";
import {
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  type Json,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/** Đồng Tháp as it was in 2018–2025, before the 2025 merger: today's Đồng Tháp officers keep its reports. */
const FORMER_DONG_THAP = "P63-87";
const SIX_MONTHS = "BC_6_THANG-V1";
const ANNUAL = "BC_NAM-V1";
const REPORTS = "/api/v1/reports";
const MANUAL_ROWS = ["TRAINEES", "DEMO_MODELS", "MACHINERY", "SXSH"];

type Actors = Record<
  | "dtOfficer"
  | "dtLeader"
  | "hnOfficer"
  | "centralOfficer"
  | "centralLeader"
  | "regionNam"
  | "regionBac"
  | "auditor",
  TestClient
>;

const cellOf = (report: Json, cell: string) => report.cells.find((c: Json) => c.cell === cell);

describe.each(engines)("periodic reports on %s", (engine) => {
  let ctx: TestContext;
  let as: Actors;
  let nextPeriod = 0;

  /**
   * A fresh period for each report the tests open: 6-month reports 2018–2025, then annual ones (2024's is the
   * pre-fill test's), all while the former Đồng Tháp existed.
   */
  function freshPeriod() {
    const n = nextPeriod++;
    if (n < 16) return { templateId: SIX_MONTHS, year: 2018 + Math.floor(n / 2), index: (n % 2) + 1 };
    const years = [2018, 2019, 2020, 2021, 2022, 2023, 2025];
    const year = years[n - 16];
    if (year === undefined) throw new Error("the tests ran out of periods");
    return { templateId: ANNUAL, year, index: 1 };
  }

  async function open(client = as.dtOfficer, period = freshPeriod()): Promise<Json> {
    const response = await client.post(REPORTS, { provinceId: FORMER_DONG_THAP, ...period });
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    return json(response);
  }

  async function fillManualRows(report: Json): Promise<Json> {
    const response = await as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
      version: report.version,
      cells: MANUAL_ROWS.map((row) => ({ row, column: "PERIOD", value: "0" })),
    });
    expect(response.status).toBe(200);
    return json(response);
  }

  async function post(client: TestClient, path: string, body: unknown) {
    const response = await client.post(path, body);
    return { status: response.status, body: await json(response) };
  }

  /** A report brought through the workflow to `state` by the roles allowed to take each step. */
  async function reportIn(state: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED" | "LOCKED"): Promise<Json> {
    let report = await fillManualRows(await open());
    if (state === "DRAFT") return report;
    report = (await post(as.dtOfficer, `${REPORTS}/${report.id}/submit`, { version: report.version })).body;
    if (state === "SUBMITTED") return report;
    if (state === "RETURNED") {
      return (
        await post(as.centralOfficer, `${REPORTS}/${report.id}/return`, {
          version: report.version,
          comments: [{ body: "Bổ sung thuyết minh" }],
        })
      ).body;
    }
    report = (
      await post(as.centralOfficer, `${REPORTS}/${report.id}/steps/APPROVE`, { version: report.version })
    ).body;
    if (state === "APPROVED") return report;
    return (await post(as.centralLeader, `${REPORTS}/${report.id}/steps/LOCK`, { version: report.version }))
      .body;
  }

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const province = (provinceId: string) => ({ kind: "PROVINCE" as const, provinceId });
    const national = { kind: "NATIONAL" as const };
    as = {
      dtOfficer: (await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: province(DONG_THAP) })).client,
      dtLeader: (await signedIn(ctx, { role: "PROVINCIAL_LEADER", scope: province(DONG_THAP) })).client,
      hnOfficer: (await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: province(HA_NOI) })).client,
      centralOfficer: (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: national })).client,
      centralLeader: (await signedIn(ctx, { role: "CENTRAL_LEADER", scope: national })).client,
      regionNam: (
        await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "REGION", regionCode: "NAM" } })
      ).client,
      regionBac: (
        await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "REGION", regionCode: "BAC" } })
      ).client,
      auditor: (await signedIn(ctx, { role: "AUDITOR", scope: national })).client,
    };
  });
  afterAll(async () => ctx?.close());

  it("lists the seeded 6-month and annual templates with their validity and legal document", async () => {
    const response = await as.dtOfficer.get("/api/v1/report-templates");
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
      const plan = await as.dtOfficer.post("/api/v1/annual-plans", {
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
    const report = await open(as.dtOfficer, { templateId: ANNUAL, year: 2024, index: 1 });
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
    const audits = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, report.id));
    expect(audits.map((a) => a.action)).toEqual(["REPORT_OPENED"]);
  });

  it("refuses another province (404), a central officer (403), a period outside the template and a second report", async () => {
    const before = (await ctx.db.select({ n: count() }).from(periodicReport))[0]?.n;
    const period = freshPeriod();
    const other = await as.hnOfficer.post(REPORTS, { provinceId: FORMER_DONG_THAP, ...period });
    expect(other.status).toBe(404);
    expect((await as.centralOfficer.post(REPORTS, { provinceId: FORMER_DONG_THAP, ...period })).status).toBe(
      403,
    );
    const outside = await as.dtOfficer.post(REPORTS, {
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
    const notStarted = await as.dtOfficer.post(REPORTS, {
      provinceId: DONG_THAP,
      templateId: ANNUAL,
      year: 2100,
      index: 1,
    });
    expect((await json(notStarted)).code).toBe("REPORT_PERIOD_INVALID");
    const noQuarter5 = await as.dtOfficer.post(REPORTS, {
      provinceId: FORMER_DONG_THAP,
      templateId: SIX_MONTHS,
      year: 2020,
      index: 3,
    });
    expect(noQuarter5.status).toBe(422);
    // Today's Đồng Tháp did not exist in 2020: the report belongs to the province as it was.
    const merged = await as.dtOfficer.post(REPORTS, {
      provinceId: DONG_THAP,
      templateId: ANNUAL,
      year: 2020,
      index: 1,
    });
    expect((await json(merged)).code).toBe("REPORT_PERIOD_INVALID");
    expect((await ctx.db.select({ n: count() }).from(periodicReport))[0]?.n).toBe(before);
    await open(as.dtOfficer, period);
    const again = await as.dtLeader.post(REPORTS, { provinceId: FORMER_DONG_THAP, ...period });
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("REPORT_EXISTS");
  });

  it("answers 409 to the second of two officers editing one version, and keeps the estimate the actual replaced", async () => {
    const report = await open();
    const first = await as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
      version: report.version,
      cells: [{ row: "TRAINEES", column: "PERIOD", value: "120", valueKind: "ESTIMATE" }],
    });
    expect(first.status).toBe(200);
    const second = await as.dtLeader.patch(`${REPORTS}/${report.id}`, {
      version: report.version,
      cells: [{ row: "TRAINEES", column: "PERIOD", value: "999" }],
    });
    expect(second.status).toBe(409);
    expect((await json(second)).code).toBe("VERSION_CONFLICT");
    const edited = await json(first);
    const actual = await json(
      await as.dtLeader.patch(`${REPORTS}/${report.id}`, {
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
      await ctx.db.select({ n: count() }).from(reportCell).where(eq(reportCell.reportId, report.id))
    )[0]?.n;
    const response = await as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
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
      await ctx.db.select({ n: count() }).from(reportCell).where(eq(reportCell.reportId, report.id))
    )[0]?.n;
    expect(cellsAfter).toBe(cellsBefore);
    expect((await json(await as.dtOfficer.get(`${REPORTS}/${report.id}`))).version).toBe(report.version);
  });

  it("refuses a submission that fails a generated check, with the cell, the computed value and the difference", async () => {
    let report = await fillManualRows(await open());
    report = await json(
      await as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
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
    const refused = await as.dtOfficer.post(`${REPORTS}/${report.id}/submit`, { version: report.version });
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
    const [row] = await ctx.db.select().from(periodicReport).where(eq(periodicReport.id, report.id));
    expect(row?.state).toBe("DRAFT");
    const submissions = await ctx.db
      .select({ n: count() })
      .from(reportSubmission)
      .where(eq(reportSubmission.reportId, report.id));
    expect(submissions[0]?.n).toBe(0);
    // Fixed: KCĐP was 12.589,8, the total's 4,5 triệu đồng less; the report goes.
    const fixed = await json(
      await as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
        version: report.version,
        cells: [{ row: "KP_KCDP", column: "PERIOD", value: "12589800000" }],
      }),
    );
    const sent = await as.dtOfficer.post(`${REPORTS}/${report.id}/submit`, { version: fixed.version });
    expect(sent.status).toBe(200);
    expect((await json(sent)).state).toBe("SUBMITTED");
  });

  it("accepts a disagreeing growth only when the submitter explains it", async () => {
    let report = await fillManualRows(await open());
    report = await json(
      await as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
        version: report.version,
        cells: [
          { row: "KP", column: "PERIOD", value: "0" },
          { row: "KP", column: "PREVIOUS", value: "1000000000" },
          { row: "KP_KCDP", column: "PREVIOUS", value: "1000000000" },
          { row: "KP", column: "GROWTH", value: "-1.64" },
        ],
      }),
    );
    const growth = report.checks.find((check: Json) => check.id === "GROWTH:KP:GROWTH");
    expect(growth).toMatchObject({ severity: "WARNING", result: { ok: false, computed: "−100,00 %" } });
    const refused = await post(as.dtOfficer, `${REPORTS}/${report.id}/submit`, { version: report.version });
    expect(refused.status).toBe(422);
    const blank = await post(as.dtOfficer, `${REPORTS}/${report.id}/submit`, {
      version: report.version,
      acknowledgements: [{ checkId: "GROWTH:KP:GROWTH", reasonVi: "   " }],
    });
    expect(blank.status).toBe(422);
    const explained = await post(as.dtOfficer, `${REPORTS}/${report.id}/submit`, {
      version: report.version,
      acknowledgements: [
        { checkId: "GROWTH:KP:GROWTH", reasonVi: "So với tỷ lệ thực hiện cùng kỳ, tính bằng điểm phần trăm" },
      ],
    });
    expect(explained.status).toBe(200);
    expect(explained.body.submissions[0].acknowledgements).toEqual([
      { checkId: "GROWTH:KP:GROWTH", reasonVi: "So với tỷ lệ thực hiện cùng kỳ, tính bằng điểm phần trăm" },
    ]);
  });

  /** Every step × every role × own province, other province, region and national scope. */
  const stepCases = {
    SUBMIT: { from: "DRAFT", path: "submit", allowed: ["dtOfficer", "dtLeader"] },
    RESUBMIT: { from: "RETURNED", path: "submit", allowed: ["dtOfficer", "dtLeader"] },
    RETURN: { from: "SUBMITTED", path: "return", allowed: ["centralOfficer", "centralLeader", "regionNam"] },
    APPROVE: {
      from: "SUBMITTED",
      path: "steps/APPROVE",
      allowed: ["centralOfficer", "centralLeader", "regionNam"],
    },
    LOCK: { from: "APPROVED", path: "steps/LOCK", allowed: ["centralLeader"] },
    UNLOCK: { from: "LOCKED", path: "steps/UNLOCK", allowed: ["centralLeader"] },
  } as const;
  /** Refused actors of each step and the status each gets: another territory is not found, a wrong role forbidden. */
  const refusals: Record<keyof typeof stepCases, Partial<Record<keyof Actors, number>>> = {
    SUBMIT: {
      hnOfficer: 404,
      centralOfficer: 403,
      centralLeader: 403,
      regionNam: 403,
      regionBac: 403,
      auditor: 403,
    },
    RESUBMIT: {
      hnOfficer: 404,
      centralOfficer: 403,
      centralLeader: 403,
      regionNam: 403,
      regionBac: 403,
      auditor: 403,
    },
    RETURN: { dtOfficer: 403, dtLeader: 403, hnOfficer: 403, regionBac: 404, auditor: 403 },
    APPROVE: { dtOfficer: 403, dtLeader: 403, hnOfficer: 403, regionBac: 404, auditor: 403 },
    LOCK: {
      dtOfficer: 403,
      dtLeader: 403,
      hnOfficer: 403,
      centralOfficer: 403,
      regionNam: 403,
      regionBac: 404,
      auditor: 403,
    },
    UNLOCK: {
      dtOfficer: 403,
      dtLeader: 403,
      hnOfficer: 403,
      centralOfficer: 403,
      regionNam: 403,
      regionBac: 404,
      auditor: 403,
    },
  };
  const bodyFor = (step: keyof typeof stepCases, version: number) =>
    step === "RETURN"
      ? { version, comments: [{ row: "KP", column: "PERIOD", body: "Kiểm tra lại số giải ngân" }] }
      : step === "UNLOCK"
        ? { version, reason: "Điều chỉnh số quyết toán" }
        : { version };

  for (const [step, definition] of Object.entries(stepCases) as [
    keyof typeof stepCases,
    (typeof stepCases)[keyof typeof stepCases],
  ][]) {
    it(`${step}: taken by ${definition.allowed.join(", ")}; refused to every other role and scope`, async () => {
      for (const allowed of definition.allowed) {
        const report = await reportIn(definition.from);
        for (const [actor, status] of Object.entries(refusals[step]) as [keyof Actors, number][]) {
          const refused = await post(
            as[actor],
            `${REPORTS}/${report.id}/${definition.path}`,
            bodyFor(step, report.version),
          );
          expect(refused.status, `${step} by ${actor}`).toBe(status);
        }
        const taken = await post(
          as[allowed],
          `${REPORTS}/${report.id}/${definition.path}`,
          bodyFor(step, report.version),
        );
        expect(taken.status, `${step} by ${allowed}: ${JSON.stringify(taken.body)}`).toBe(200);
        const audits = await ctx.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entityId, report.id), eq(auditLog.action, "REPORT_STEP_TAKEN")))
          .orderBy(asc(auditLog.id));
        expect(audits.at(-1)?.after).toMatchObject({ step });
      }
    });
  }

  it("refuses a step from the wrong state, and an unlock without a reason", async () => {
    const draft = await reportIn("DRAFT");
    const approve = await post(as.centralOfficer, `${REPORTS}/${draft.id}/steps/APPROVE`, {
      version: draft.version,
    });
    expect(approve).toMatchObject({ status: 409, body: { code: "REPORT_STEP_NOT_ALLOWED" } });
    const locked = await reportIn("LOCKED");
    const noReason = await post(as.centralLeader, `${REPORTS}/${locked.id}/steps/UNLOCK`, {
      version: locked.version,
      reason: " ",
    });
    expect(noReason).toMatchObject({ status: 422, body: { code: "REPORT_REASON_REQUIRED" } });
    const empty = await reportIn("SUBMITTED");
    const silent = await post(as.centralOfficer, `${REPORTS}/${empty.id}/return`, {
      version: empty.version,
      comments: [],
    });
    expect(silent).toMatchObject({ status: 422, body: { code: "REPORT_COMMENT_REQUIRED" } });
  });

  it("refuses every write to a locked report, and unlocks it back to the province with the reason as a comment", async () => {
    const locked = await reportIn("LOCKED");
    expect(locked.actions.edit).toBeUndefined(); // the leader who locked it edits nothing
    const edit = await as.dtOfficer.patch(`${REPORTS}/${locked.id}`, {
      version: locked.version,
      cells: [{ row: "TRAINEES", column: "PERIOD", value: "5" }],
    });
    expect(edit.status).toBe(409);
    expect((await json(edit)).code).toBe("REPORT_NOT_EDITABLE");
    expect(
      (await post(as.dtOfficer, `${REPORTS}/${locked.id}/prefill`, { version: locked.version })).body.code,
    ).toBe("REPORT_NOT_EDITABLE");
    expect(
      (await post(as.dtOfficer, `${REPORTS}/${locked.id}/submit`, { version: locked.version })).status,
    ).toBe(409);
    const seen = await json(await as.dtOfficer.get(`${REPORTS}/${locked.id}`));
    expect(seen.actions.edit).toMatchObject({ available: false, reasons: [{ code: "REPORT_NOT_EDITABLE" }] });
    expect(cellOf(seen, "TRAINEES/PERIOD")?.value).toBe("0");
    const unlocked = await post(as.centralLeader, `${REPORTS}/${locked.id}/steps/UNLOCK`, {
      version: locked.version,
      reason: "Điều chỉnh số quyết toán",
    });
    expect(unlocked.body.state).toBe("RETURNED");
    expect(unlocked.body.comments.at(-1)).toMatchObject({
      cell: null,
      body: "Mở khóa: Điều chỉnh số quyết toán",
    });
    const audit = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, locked.id), eq(auditLog.action, "REPORT_STEP_TAKEN")))
      .orderBy(asc(auditLog.id));
    expect(audit.at(-1)?.after).toEqual({
      state: "RETURNED",
      step: "UNLOCK",
      reason: "Điều chỉnh số quyết toán",
    });
  });

  it("returns with a comment on a cell, and diffs the resubmission against the first submission", async () => {
    const submitted = await reportIn("SUBMITTED");
    const returned = await post(as.centralOfficer, `${REPORTS}/${submitted.id}/return`, {
      version: submitted.version,
      comments: [{ row: "TRAINEES", column: "PERIOD", body: "Số lao động được đào tạo chưa có" }],
    });
    expect(returned.body.comments).toEqual([
      expect.objectContaining({
        cell: "TRAINEES/PERIOD",
        body: "Số lao động được đào tạo chưa có",
        submissionNumber: 1,
      }),
    ]);
    const fixed = await json(
      await as.dtOfficer.patch(`${REPORTS}/${submitted.id}`, {
        version: returned.body.version,
        cells: [{ row: "TRAINEES", column: "PERIOD", value: "85" }],
      }),
    );
    const again = await post(as.dtLeader, `${REPORTS}/${submitted.id}/submit`, { version: fixed.version });
    expect(again.body.state).toBe("RESUBMITTED");
    expect(again.body.submissions.map((s: Json) => [s.number, s.step])).toEqual([
      [1, "SUBMIT"],
      [2, "RESUBMIT"],
    ]);
    const diff = await json(await as.centralOfficer.get(`${REPORTS}/${submitted.id}/submissions/1/diff/2`));
    expect(diff).toEqual({
      from: 1,
      to: 2,
      cells: [
        { cell: "TRAINEES/PERIOD", before: "0", after: "85", beforeKind: "ACTUAL", afterKind: "ACTUAL" },
      ],
      narrative: [],
    });
    expect((await as.hnOfficer.get(`${REPORTS}/${submitted.id}/submissions/1/diff/2`)).status).toBe(404);
    expect((await as.centralOfficer.get(`${REPORTS}/${submitted.id}/submissions/1/diff/3`)).status).toBe(404);
  });

  it("lists the reports of the caller's scope only, with filters", async () => {
    const own = await json(await as.dtOfficer.get(`${REPORTS}?state=LOCKED`));
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((r: Json) => r.state === "LOCKED" && r.provinceId === FORMER_DONG_THAP)).toBe(
      true,
    );
    expect(own.items[0].provinceLabelVi).toBe("Đồng Tháp (trước 7/2025)");
    expect((await json(await as.hnOfficer.get(REPORTS))).items).toEqual([]);
    expect((await json(await as.regionBac.get(REPORTS))).items).toEqual([]);
    const south = await json(await as.regionNam.get(`${REPORTS}?year=2024&templateId=${ANNUAL}`));
    expect(south.items.map((r: Json) => r.periodLabelVi)).toEqual(["Năm 2024"]);
  });
});
