import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, reportTemplate } from "../src/db/schema/index";
import {
  createTestContext,
  DONG_THAP,
  engines,
  type Json,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const VERSIONS = "/api/v1/report-template-versions";
const SIX_MONTHS = "BC_6_THANG-V1";
const ANNUAL = "BC_NAM-V1";

/** The body of a new version copied from a version's page, as the admin form sends it. */
function copyOf(detail: Json, changes: Record<string, unknown> = {}) {
  return {
    previousRevision: detail.latest.revision,
    validFrom: "2026-07-01",
    legalDocumentId: detail.legalDocument.id,
    titleVi: detail.titleVi,
    deadlineDaysAfterWindow: detail.deadlineDaysAfterWindow,
    windowRule: detail.windowRule,
    narrative: detail.definition.narrative,
    sections: detail.definition.sections.map((section: Json) => ({
      code: section.code,
      titleVi: section.titleVi,
      rows: section.rows.map(({ prefilled: _p, ...row }: Json) => row),
    })),
    ...changes,
  };
}

describe.each(engines)("report template administration on %s", (engine) => {
  let ctx: TestContext;
  let admin: TestClient;
  let central: TestClient;
  let province: TestClient;
  let auditor: TestClient;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const national = { kind: "NATIONAL" as const };
    admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN", scope: national })).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: national })).client;
    auditor = (await signedIn(ctx, { role: "AUDITOR", scope: national })).client;
    province = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: DONG_THAP } })
    ).client;
  });
  afterAll(async () => ctx?.close());

  const detailOf = async (client: TestClient, id: string) => {
    const response = await client.get(`${VERSIONS}/${id}`);
    expect(response.status).toBe(200);
    return json(response);
  };
  const templateRows = async () => (await ctx.db.select({ n: count() }).from(reportTemplate))[0]?.n;
  const templateAudits = async () =>
    ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "report_template"), eq(auditLog.category, "DATA")))
      .orderBy(auditLog.id);

  it("lets the administrator and central staff read templates, versions, legal basis and checks", async () => {
    for (const client of [admin, central]) {
      const response = await client.get(VERSIONS);
      expect(response.status).toBe(200);
      const { items } = await json(response);
      expect(items.map((t: Json) => [t.code, t.versions.map((v: Json) => v.id)])).toEqual([
        ["BC_6_THANG", [SIX_MONTHS]],
        ["BC_NAM", [ANNUAL]],
      ]);
      expect(items[0].versions[0]).toMatchObject({
        validFrom: "2018-01-01",
        validTo: null,
        inForce: true,
        reportCount: 0,
        legalDocument: { id: "TT_28_2018_BCT", number: expect.stringContaining("28/2018/TT-BCT") },
      });
    }
    const detail = await detailOf(central, SIX_MONTHS);
    const formulas = detail.checks.map((check: Json) => check.formula);
    expect(formulas).toContain("KP = KP_KCQG + KP_KCDP (thực hiện kỳ báo cáo)");
    expect(formulas).toContain("FAIR_ESTABLISHMENTS ≤ FAIR_PARTICIPATIONS (thực hiện kỳ báo cáo)");
    expect(detail.actions).toEqual({});
    expect((await detailOf(admin, SIX_MONTHS)).actions.createVersion.available).toBe(true);
  });

  it("refuses provincial staff and auditors, and writes by central staff, logging each refusal", async () => {
    for (const client of [province, auditor]) {
      expect((await client.get(VERSIONS)).status).toBe(403);
      expect((await client.get(`${VERSIONS}/${SIX_MONTHS}`)).status).toBe(403);
    }
    const detail = await detailOf(central, SIX_MONTHS);
    expect((await central.post(`${VERSIONS}/${SIX_MONTHS}/successors`, copyOf(detail))).status).toBe(403);
    expect((await central.patch(`${VERSIONS}/${SIX_MONTHS}`, { revision: 1, validTo: null })).status).toBe(
      403,
    );
    const denials = await ctx.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "report_template"), eq(auditLog.category, "ACCESS")));
    expect(denials[0]?.n).toBeGreaterThanOrEqual(6);
    expect((await admin.get(`${VERSIONS}/NO_SUCH-V9`)).status).toBe(404);
  });

  it("refuses a version with structural errors, listing each with its code, and writes nothing", async () => {
    const detail = await detailOf(admin, SIX_MONTHS);
    const body = copyOf(detail);
    const [budget, projects, outputs] = body.sections;
    budget.rows = budget.rows.filter((row: Json) => row.code !== "KP");
    projects.rows.push({ ...projects.rows[0] });
    outputs.rows[0] = { ...outputs.rows[0], columns: ["PERIOD", "PLAN_GROWTH"] };
    const before = await templateRows();
    const response = await admin.post(`${VERSIONS}/${SIX_MONTHS}/successors`, body);
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.code).toBe("REPORT_TEMPLATE_INVALID");
    const found = new Set(problem.issues.map((issue: Json) => issue.code));
    expect(found).toEqual(
      new Set([
        "TEMPLATE_REFERENCE_MISSING",
        "TEMPLATE_CODE_DUPLICATE",
        "TEMPLATE_COLUMN_NOT_ALLOWED",
        "TEMPLATE_COLUMN_INPUT_MISSING",
      ]),
    );
    expect(problem.errors).toContainEqual({
      path: "body.sections.1.rows.3.code",
      message: 'Mã dòng "DA_DUYET" bị trùng',
    });
    expect(await templateRows()).toBe(before);
    expect(await templateAudits()).toEqual([]);
  });

  it("refuses a version that does not start after the existing ones", async () => {
    const detail = await detailOf(admin, SIX_MONTHS);
    const response = await admin.post(
      `${VERSIONS}/${SIX_MONTHS}/successors`,
      copyOf(detail, { validFrom: "2018-01-01" }),
    );
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(problem.issues.map((issue: Json) => [issue.code, issue.path])).toEqual([
      ["TEMPLATE_VALIDITY_OVERLAP", "validFrom"],
    ]);
    expect((await detailOf(admin, SIX_MONTHS)).validTo).toBeNull();
  });

  it("keeps a version in use: its structure is refused, its end may not cut off its reports", async () => {
    const opened = await province.post("/api/v1/reports", {
      templateId: SIX_MONTHS,
      provinceId: DONG_THAP,
      year: 2026,
      index: 1,
    });
    expect(opened.status).toBe(201);
    const detail = await detailOf(admin, SIX_MONTHS);
    expect(detail).toMatchObject({ reportCount: 1, lastReportWindowTo: "2026-06-30" });
    expect(detail.actions.editStructure.available).toBe(false);

    const relabel = await admin.patch(`${VERSIONS}/${SIX_MONTHS}`, {
      revision: detail.revision,
      titleVi: "Báo cáo 6 tháng (đổi tên)",
    });
    expect(relabel.status).toBe(409);
    const problem = await json(relabel);
    expect(problem.code).toBe("REPORT_TEMPLATE_IN_USE");
    expect(problem.issues.map((issue: Json) => issue.path)).toEqual(["titleVi"]);

    const early = await admin.post(
      `${VERSIONS}/${SIX_MONTHS}/successors`,
      copyOf(detail, { validFrom: "2026-04-01" }),
    );
    expect(early.status).toBe(422);
    expect((await json(early)).issues.map((issue: Json) => issue.code)).toEqual([
      "TEMPLATE_VALIDITY_BEFORE_REPORTS",
    ]);
    expect((await detailOf(admin, SIX_MONTHS)).titleVi).toBe(detail.titleVi);
    expect(await templateAudits()).toEqual([]);
  });

  it("creates a version that closes the one in force the day before, audited; opening picks by period", async () => {
    const detail = await detailOf(admin, SIX_MONTHS);
    const body = copyOf(detail, {
      titleVi: "Báo cáo 6 tháng tình hình thực hiện hoạt động khuyến công (2026)",
    });
    const outputs = body.sections[2];
    outputs.rows = outputs.rows.filter((row: Json) => row.code !== "TRAINEES");
    outputs.rows[0] = { ...outputs.rows[0], labelVi: "Số mô hình trình diễn kỹ thuật mới" };
    outputs.rows.push({
      code: "CONSULTING",
      labelVi: "Số hợp đồng tư vấn, dịch vụ",
      indicator: "CONSULTING",
      unit: { kind: "COUNT", unitVi: "hợp đồng" },
      columns: ["PERIOD", "PREVIOUS"],
    });

    const stale = await admin.post(`${VERSIONS}/${SIX_MONTHS}/successors`, {
      ...body,
      previousRevision: detail.latest.revision + 1,
    });
    expect(stale.status).toBe(409);

    const response = await admin.post(`${VERSIONS}/${SIX_MONTHS}/successors`, body);
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    const created = await json(response);
    expect(created).toMatchObject({
      id: "BC_6_THANG-V2",
      version: 2,
      validFrom: "2026-07-01",
      validTo: null,
    });
    const rows = created.definition.sections[2].rows;
    expect(rows.map((row: Json) => row.code)).not.toContain("TRAINEES");
    expect(rows.at(-1)).toMatchObject({ code: "CONSULTING", prefilled: false });
    expect(rows.find((row: Json) => row.code === "FAIRS").prefilled).toBe(true);
    expect((await detailOf(admin, SIX_MONTHS)).validTo).toBe("2026-06-30");

    const audits = await templateAudits();
    expect(audits.map((row) => [row.action, row.entityId])).toEqual([
      ["REPORT_TEMPLATE_VERSION_CHANGED", SIX_MONTHS],
      ["REPORT_TEMPLATE_VERSION_CREATED", "BC_6_THANG-V2"],
    ]);
    expect(audits[0]?.after).toMatchObject({ validTo: "2026-06-30" });

    const period = { provinceId: DONG_THAP, year: 2026, index: 2 };
    const onOld = await province.post("/api/v1/reports", { templateId: SIX_MONTHS, ...period });
    expect(onOld.status).toBe(422);
    expect((await json(onOld)).code).toBe("REPORT_PERIOD_INVALID");
    const onNew = await province.post("/api/v1/reports", { templateId: "BC_6_THANG-V2", ...period });
    expect(onNew.status).toBe(201);
    const report = await json(onNew);
    expect(report.templateId).toBe("BC_6_THANG-V2");
    expect(report.missingCells).toContain("CONSULTING/PERIOD");
    expect(report.missingCells).not.toContain("TRAINEES/PERIOD");
  });

  it("warns of a gap in validity and creates the version only once the administrator confirms it", async () => {
    const annual = await detailOf(admin, ANNUAL);
    const closed = await admin.patch(`${VERSIONS}/${ANNUAL}`, {
      revision: annual.revision,
      validTo: "2025-12-31",
    });
    expect(closed.status).toBe(200);
    const afterClose = await json(closed);
    expect(afterClose).toMatchObject({
      validTo: "2025-12-31",
      source: "ADMIN",
      revision: annual.revision + 1,
    });

    const body = copyOf(afterClose, { validFrom: "2026-07-01" });
    const unconfirmed = await admin.post(`${VERSIONS}/${ANNUAL}/successors`, body);
    expect(unconfirmed.status).toBe(422);
    const problem = await json(unconfirmed);
    expect(problem.code).toBe("REPORT_TEMPLATE_GAP_UNCONFIRMED");
    expect(problem.issues[0]).toMatchObject({ code: "TEMPLATE_VALIDITY_GAP", severity: "WARNING" });
    expect(problem.issues[0].messageVi).toContain("Từ 01/01/2026 đến 30/06/2026");

    const confirmed = await admin.post(`${VERSIONS}/${ANNUAL}/successors`, { ...body, acknowledgeGap: true });
    expect(confirmed.status).toBe(201);
    expect((await detailOf(admin, ANNUAL)).validTo).toBe("2025-12-31");
    const reopen = await admin.patch(`${VERSIONS}/${ANNUAL}`, {
      revision: afterClose.revision,
      validTo: null,
    });
    expect(reopen.status).toBe(422);
    expect((await json(reopen)).issues.map((issue: Json) => issue.code)).toEqual([
      "TEMPLATE_VALIDITY_OVERLAP",
    ]);
    const created = await ctx.db
      .select({ id: reportTemplate.id, source: reportTemplate.source })
      .from(reportTemplate)
      .where(inArray(reportTemplate.id, ["BC_NAM-V2"]));
    expect(created).toEqual([{ id: "BC_NAM-V2", source: "ADMIN" }]);
  });
});
