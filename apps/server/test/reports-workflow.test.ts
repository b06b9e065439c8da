import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../src/db/schema/index";
import { type Actors, ANNUAL, cellOf, FORMER_DONG_THAP, REPORTS, reportsFixture } from "./reports-fixture";
import { engines, type Json, json } from "./support";

describe.each(engines)("the workflow of periodic reports on %s", (engine) => {
  const f = reportsFixture(engine);
  const { open, fillManualRows, post, reportIn } = f;

  it("accepts a disagreeing growth only when the submitter explains it", async () => {
    let report = await fillManualRows(await open());
    report = await json(
      await f.as.dtOfficer.patch(`${REPORTS}/${report.id}`, {
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
    const refused = await post(f.as.dtOfficer, `${REPORTS}/${report.id}/submit`, { version: report.version });
    expect(refused.status).toBe(422);
    const blank = await post(f.as.dtOfficer, `${REPORTS}/${report.id}/submit`, {
      version: report.version,
      acknowledgements: [{ checkId: "GROWTH:KP:GROWTH", reasonVi: "   " }],
    });
    expect(blank.status).toBe(422);
    const explained = await post(f.as.dtOfficer, `${REPORTS}/${report.id}/submit`, {
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
            f.as[actor],
            `${REPORTS}/${report.id}/${definition.path}`,
            bodyFor(step, report.version),
          );
          expect(refused.status, `${step} by ${actor}`).toBe(status);
        }
        const taken = await post(
          f.as[allowed],
          `${REPORTS}/${report.id}/${definition.path}`,
          bodyFor(step, report.version),
        );
        expect(taken.status, `${step} by ${allowed}: ${JSON.stringify(taken.body)}`).toBe(200);
        const audits = await f.ctx.db
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
    const approve = await post(f.as.centralOfficer, `${REPORTS}/${draft.id}/steps/APPROVE`, {
      version: draft.version,
    });
    expect(approve).toMatchObject({ status: 409, body: { code: "REPORT_STEP_NOT_ALLOWED" } });
    const locked = await reportIn("LOCKED");
    const noReason = await post(f.as.centralLeader, `${REPORTS}/${locked.id}/steps/UNLOCK`, {
      version: locked.version,
      reason: " ",
    });
    expect(noReason).toMatchObject({ status: 422, body: { code: "REPORT_REASON_REQUIRED" } });
    const empty = await reportIn("SUBMITTED");
    const silent = await post(f.as.centralOfficer, `${REPORTS}/${empty.id}/return`, {
      version: empty.version,
      comments: [],
    });
    expect(silent).toMatchObject({ status: 422, body: { code: "REPORT_COMMENT_REQUIRED" } });
  });

  it("refuses every write to a locked report, and unlocks it back to the province with the reason as a comment", async () => {
    const locked = await reportIn("LOCKED");
    expect(locked.actions.edit).toBeUndefined(); // the leader who locked it edits nothing
    const edit = await f.as.dtOfficer.patch(`${REPORTS}/${locked.id}`, {
      version: locked.version,
      cells: [{ row: "TRAINEES", column: "PERIOD", value: "5" }],
    });
    expect(edit.status).toBe(409);
    expect((await json(edit)).code).toBe("REPORT_NOT_EDITABLE");
    expect(
      (await post(f.as.dtOfficer, `${REPORTS}/${locked.id}/prefill`, { version: locked.version })).body.code,
    ).toBe("REPORT_NOT_EDITABLE");
    expect(
      (await post(f.as.dtOfficer, `${REPORTS}/${locked.id}/submit`, { version: locked.version })).status,
    ).toBe(409);
    const seen = await json(await f.as.dtOfficer.get(`${REPORTS}/${locked.id}`));
    expect(seen.actions.edit).toMatchObject({ available: false, reasons: [{ code: "REPORT_NOT_EDITABLE" }] });
    expect(cellOf(seen, "TRAINEES/PERIOD")?.value).toBe("0");
    const unlocked = await post(f.as.centralLeader, `${REPORTS}/${locked.id}/steps/UNLOCK`, {
      version: locked.version,
      reason: "Điều chỉnh số quyết toán",
    });
    expect(unlocked.body.state).toBe("RETURNED");
    expect(unlocked.body.comments.at(-1)).toMatchObject({
      cell: null,
      body: "Mở khóa: Điều chỉnh số quyết toán",
    });
    const audit = await f.ctx.db
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
    const returned = await post(f.as.centralOfficer, `${REPORTS}/${submitted.id}/return`, {
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
      await f.as.dtOfficer.patch(`${REPORTS}/${submitted.id}`, {
        version: returned.body.version,
        cells: [{ row: "TRAINEES", column: "PERIOD", value: "85" }],
      }),
    );
    const again = await post(f.as.dtLeader, `${REPORTS}/${submitted.id}/submit`, { version: fixed.version });
    expect(again.body.state).toBe("RESUBMITTED");
    expect(again.body.submissions.map((s: Json) => [s.number, s.step])).toEqual([
      [1, "SUBMIT"],
      [2, "RESUBMIT"],
    ]);
    const diff = await json(await f.as.centralOfficer.get(`${REPORTS}/${submitted.id}/submissions/1/diff/2`));
    expect(diff).toEqual({
      from: 1,
      to: 2,
      cells: [
        { cell: "TRAINEES/PERIOD", before: "0", after: "85", beforeKind: "ACTUAL", afterKind: "ACTUAL" },
      ],
      narrative: [],
    });
    expect((await f.as.hnOfficer.get(`${REPORTS}/${submitted.id}/submissions/1/diff/2`)).status).toBe(404);
    expect((await f.as.centralOfficer.get(`${REPORTS}/${submitted.id}/submissions/1/diff/3`)).status).toBe(
      404,
    );
  });

  it("lists the reports of the caller's scope only, with filters", async () => {
    // The locked ones are the earlier tests'; the annual 2024 report is opened here (no other test of this file
    // opens an annual report for 2024).
    await open(f.as.dtOfficer, { templateId: ANNUAL, year: 2024, index: 1 });
    const own = await json(await f.as.dtOfficer.get(`${REPORTS}?state=LOCKED`));
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((r: Json) => r.state === "LOCKED" && r.provinceId === FORMER_DONG_THAP)).toBe(
      true,
    );
    expect(own.items[0].provinceLabelVi).toBe("Đồng Tháp (trước 7/2025)");
    expect((await json(await f.as.hnOfficer.get(REPORTS))).items).toEqual([]);
    expect((await json(await f.as.regionBac.get(REPORTS))).items).toEqual([]);
    const south = await json(await f.as.regionNam.get(`${REPORTS}?year=2024&templateId=${ANNUAL}`));
    expect(south.items.map((r: Json) => r.periodLabelVi)).toEqual(["Năm 2024"]);
  });
});
