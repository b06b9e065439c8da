import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, project } from "../src/db/schema/index";
import {
  attach,
  DONG_THAP_CENTRE,
  expectStep,
  pay,
  projectInput,
  signed,
  step,
  versionOf,
} from "./project-support";
import {
  createTestContext,
  DONG_THAP,
  engines,
  establishmentInput,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * A national machinery project from proposal to closing through the API, across the bodies that take its steps
 * (the implementing centre and the DoIT of Đồng Tháp, the central agency), with its documents, money and the
 * closing the system does by itself. Mirrors packages/domain lifecycle-journey.test.ts, through HTTP.
 */
describe.each(engines)("a project's whole life on %s", (engine) => {
  let ctx: TestContext;
  let officer: TestClient;
  let leader: TestClient;
  let central: TestClient;
  let centralLeader: TestClient;
  let projectId: string;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    leader = (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER" })).client;
    centralLeader = (await signedIn(ctx, { role: "CENTRAL_LEADER" })).client;
    const created = await officer.post("/api/v1/establishments", establishmentInput({ taxCode: null }));
    expect(created.status, await created.clone().text()).toBe(201);
    const establishmentId = (await json(created)).id;
    const response = await officer.post("/api/v1/projects", projectInput(establishmentId));
    expect(response.status, await response.clone().text()).toBe(201);
    projectId = (await json(response)).id;
  });
  afterAll(async () => ctx?.close());

  it("is created as a draft with a code in its series, a first timeline step and an audit row", async () => {
    const page = await json(await officer.get(`/api/v1/projects/${projectId}`));
    expect(page.code).toBe("KCQG-2016-82-0001");
    expect(page.status.code).toBe("DRAFT");
    expect(page.kcTotal).toBe("150000000");
    // Not approved yet: today's norm set applies, and the 2018 table ships without values (DOMAIN §3.5.2 ❓).
    expect(page.budget.normSet.id).toContain("2018");
    expect(page.budget.caps[0].status).toBe("NORM_NOT_FOUND");
    expect(page.timeline.map((s: { code: string }) => s.code)).toEqual(["CREATE"]);
    expect(page.actions.edit).toBe(true);
    // The DoIT's officer stands for the implementer (its centre implements): submitting is offered.
    expect(page.actions.steps.map((s: { code: string }) => s.code)).toContain("SUBMIT_BASE");
    const audits = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, projectId), eq(auditLog.action, "PROJECT_CREATED")));
    expect(audits).toHaveLength(1);
  });

  it("refuses a step the state does not allow with 409 and the steps that are allowed", async () => {
    const response = await step(officer, projectId, "ACCEPT", { effectiveOn: "2015-05-01", documents: [] });
    expect(response.status).toBe(409);
    const problem = await json(response);
    expect(problem.code).toBe("PROJECT_TRANSITION_NOT_ALLOWED");
    expect(problem.allowed.map((a: { code: string }) => a.code)).toContain("SUBMIT_BASE");
  });

  it("refuses a step by the wrong body with 403, writing only a denied-access log", async () => {
    const before = await versionOf(officer, projectId);
    const response = await step(central, projectId, "SUBMIT_BASE", {
      effectiveOn: "2015-05-10",
      documents: [signed("CONG_VAN_DE_NGHI", "2015-05-10")],
    });
    expect(response.status).toBe(403);
    expect(await versionOf(officer, projectId)).toBe(before);
    const denied = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, projectId), like(auditLog.action, "DENIED:PROJECT_STEP:%")));
    expect(denied.map((d) => d.outcome)).toEqual(["DENIED"]);
  });

  it("asks for the beneficiary's request letter before the dossier can be submitted", async () => {
    const response = await step(officer, projectId, "SUBMIT_BASE", {
      effectiveOn: "2015-05-10",
      documents: [signed("CONG_VAN_DE_NGHI", "2015-05-10")],
    });
    expect(response.status).toBe(422);
    expect((await json(response)).code).toBe("PROJECT_STEP_REQUIREMENTS_UNMET");
    const uploaded = await attach(officer, projectId, { kind: "DON_DE_NGHI_HO_TRO", title: "Đơn đề nghị" });
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
  });

  it("goes from proposal to settlement, every đồng reconciled, and is closed by the system", async () => {
    await expectStep(officer, projectId, "SUBMIT_BASE", {
      effectiveOn: "2015-05-10",
      documents: [signed("CONG_VAN_DE_NGHI", "2015-05-10")],
    });
    const offered = (await json(await leader.get(`/api/v1/projects/${projectId}`))).actions.steps;
    expect(offered.find((s: { code: string }) => s.code === "APPRAISE_BASE")).toMatchObject({
      authority: { code: "DOIT_DIRECTOR" },
      documents: [{ signedByAuthority: true }],
    });
    await expectStep(leader, projectId, "APPRAISE_BASE", {
      effectiveOn: "2015-05-30",
      documents: [signed("PHIEU_THAM_DINH_4A", "2015-05-30", "DOIT_DIRECTOR")],
      appraisal: { result: "DAT", failedCriteria: [] },
    });
    await expectStep(officer, projectId, "REGISTER_CENTRAL", {
      effectiveOn: "2015-06-10",
      documents: [signed("BAO_CAO_DANG_KY", "2015-06-10"), signed("BIEU_TONG_HOP_2", "2015-06-10")],
    });
    await expectStep(centralLeader, projectId, "APPRAISE_CENTRAL", {
      effectiveOn: "2015-10-01",
      documents: [signed("BIEN_BAN_THAM_DINH", "2015-10-01", "CENTRAL_AGENCY_DG")],
      appraisal: { result: "DAT", failedCriteria: [] },
    });
    const approved = await expectStep(centralLeader, projectId, "APPROVE_INTO_PLAN", {
      effectiveOn: "2015-12-20",
      documents: [signed("QD_PHE_DUYET_KE_HOACH", "2015-12-20", "MINISTER")],
    });
    // From approval on, the norms valid that day: norm c of the 2014 table, 50 % of 300 m (≤ 200 m) → 150 m.
    expect(approved.budget.normSet.id).toContain("2014");
    expect(approved.budget.caps[0]).toMatchObject({ status: "CAPPED", capDong: "150000000", exceeds: false });
    expect(approved.budget.caps[0].explanationVi).toContain("26/2014/TTLT-BTC-BCT");
    await expectStep(central, projectId, "ASSIGN", {
      effectiveOn: "2016-01-10",
      documents: [signed("QD_GIAO_KE_HOACH", "2016-01-10", "CENTRAL_AGENCY_DG")],
    });
    const contracted = await expectStep(central, projectId, "SIGN_CONTRACT", {
      effectiveOn: "2016-02-01",
      documents: [signed("HOP_DONG", "2016-02-01")],
      contractSupport: "150000000",
    });
    expect(contracted.money.contractedSupport).toBe("150000000");
    await expectStep(officer, projectId, "START", {
      effectiveOn: "2016-04-01",
      documents: [signed("DE_NGHI_TAM_UNG", "2016-04-01")],
    });

    // Machinery: the first advance waits for more than 70 % of the work, verified by the DoIT.
    const early = await pay(central, projectId, "ADVANCE", "100000000", "2016-04-05");
    expect(early.status).toBe(422);
    expect((await json(early)).errors.map((e: { path: string }) => e.path)).toContain(
      "money.REQUIRES_WORK_DONE",
    );
    const report = await officer.post(`/api/v1/projects/${projectId}/progress-reports`, {
      version: await versionOf(officer, projectId),
      period: "2016-04",
      reportedOn: "2016-04-20",
      percentComplete: 75,
      spend: "210000000",
      workDone: "Đã lắp đặt máy sấy",
      verifiedByDoit: true,
    });
    expect(report.status, await report.clone().text()).toBe(200);
    // 70 % of 150 m before acceptance is 105 m: 110 m is refused, 100 m is paid.
    expect((await pay(central, projectId, "ADVANCE", "110000000", "2016-04-25")).status).toBe(422);
    expect((await pay(central, projectId, "ADVANCE", "100000000", "2016-04-25")).status).toBe(200);
    // The implementer is not the paying body.
    expect((await pay(officer, projectId, "ADVANCE", "1000000", "2016-04-26")).status).toBe(403);

    await expectStep(officer, projectId, "REQUEST_ADJUSTMENT", {
      effectiveOn: "2016-05-01",
      // Carried out in one province: the DoIT confirms the request (Circ. 36/2013 Art. 21.2.b).
      documents: [
        signed("VAN_BAN_DE_NGHI_DIEU_CHINH", "2016-05-01"),
        signed("XAC_NHAN_CUA_SO", "2016-05-01"),
      ],
      adjustmentTypes: ["DOI_DIA_DIEM"],
    });
    await expectStep(centralLeader, projectId, "APPROVE_ADJUSTMENT", {
      effectiveOn: "2016-05-20",
      documents: [signed("PHU_LUC_HOP_DONG", "2016-05-20", "CENTRAL_AGENCY_DG")],
    });
    await expectStep(officer, projectId, "REPORT_COMPLETION", {
      effectiveOn: "2016-10-01",
      documents: [signed("BAO_CAO_TONG_KET", "2016-10-01"), signed("BAO_CAO_KHOI_LUONG_3B", "2016-10-01")],
    });
    for (const evidenceCode of ["HD_MUA_BAN", "BB_NGHIEM_THU_THANH_LY"]) {
      const evidence = await attach(officer, projectId, { kind: "KHAC", evidenceCode, title: evidenceCode });
      expect(evidence.status, await evidence.clone().text()).toBe(201);
    }
    await expectStep(officer, projectId, "ACCEPT", {
      effectiveOn: "2016-10-20",
      documents: [signed("BIEN_BAN_NGHIEM_THU_5A", "2016-10-20")],
      acceptedSpend: "140000000",
    });
    await expectStep(officer, projectId, "FILE_SETTLEMENT", {
      effectiveOn: "2016-11-01",
      documents: [signed("HO_SO_QUYET_TOAN", "2016-11-01")],
    });
    const settled = await expectStep(central, projectId, "LIQUIDATE_SETTLE", {
      effectiveOn: "2016-12-15",
      documents: [
        signed("BIEN_BAN_THANH_LY_6", "2016-12-15"),
        signed("QD_PHE_DUYET_QUYET_TOAN", "2016-12-15"),
      ],
    });
    expect(settled.money).toMatchObject({
      settled: "140000000",
      disbursed: "100000000",
      stillPayable: "40000000",
    });
    expect(settled.status.code).toBe("LIQUIDATED_SETTLED");
    // Paying the balance reconciles the ledger: the system closes the project in the same transaction.
    expect((await pay(central, projectId, "PAYMENT", "50000000", "2016-12-20")).status).toBe(422);
    const paid = await pay(central, projectId, "PAYMENT", "40000000", "2016-12-20");
    expect(paid.status, await paid.clone().text()).toBe(200);
    const closed = await json(paid);
    expect(closed.status.code).toBe("CLOSED");
    expect(closed.money).toMatchObject({ settled: "140000000", disbursed: "140000000", refundDue: "0" });
    const timeline = closed.timeline.map((s: { code: string }) => s.code);
    expect(timeline.slice(-2)).toEqual(["MONEY_PAYMENT", "CLOSE"]);
    expect(closed.timeline.at(-1).actorName).toBe("Hệ thống");
    expect(closed.actions.steps).toEqual([]);
    // The reporting calendar ends with the completion reported on 1 October 2016, not when it was recorded.
    expect(closed.progress.every((m: { period: string }) => m.period <= "2016-10")).toBe(true);
    expect(closed.estimateLines[0]).toMatchObject({ id: "L1", quantity: "2" });
    const [row] = await ctx.db.select().from(project).where(eq(project.id, projectId));
    expect(row?.disbursedTotal).toBe(140_000_000n);
  });

  it("keeps every step's documents on its timeline entry and serves an attachment only within scope", async () => {
    const page = await json(await officer.get(`/api/v1/projects/${projectId}`));
    const submit = page.timeline.find((s: { code: string }) => s.code === "SUBMIT_BASE");
    expect(submit.documentIds).toHaveLength(1);
    const withFile = page.documents.find((d: { file: unknown }) => d.file !== null);
    const download = await officer.get(`/api/v1/projects/${projectId}/documents/${withFile.id}/file`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(new TextDecoder().decode(await download.arrayBuffer())).toMatch(/^%PDF-1\.4/);
    const other = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: "P34-01" } })
    ).client;
    expect((await other.get(`/api/v1/projects/${projectId}/documents/${withFile.id}/file`)).status).toBe(404);
    expect(DONG_THAP_CENTRE).toBe(page.implementerOrgId);
    expect(page.province.id).toBe(DONG_THAP);
  });
});
