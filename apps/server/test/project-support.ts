import { expect } from "vitest";
import { COMMUNE_DONG_THAP, DONG_THAP, json, type TestClient } from "./support";

/** Builders and steps for the project API tests: a national machinery project in Đồng Tháp (DOMAIN §5). */

export const DONG_THAP_CENTRE = "ORG-TTKC-P34-82";

export function projectInput(establishmentId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: "Hỗ trợ máy sấy nông sản cho cơ sở chế biến Phú Vinh",
    kind: "DE_AN_DON_LE",
    fundingLevel: "KCQG",
    localLevel: null,
    planYear: 2016,
    provinceId: DONG_THAP,
    implementerOrgId: DONG_THAP_CENTRE,
    implementerName: "Trung tâm Khuyến công Đồng Tháp",
    activities: ["MAY_MOC_THIET_BI"],
    industries: ["N_A"],
    selectionMethod: "XET_CHON",
    startDate: "2016-02-01",
    endDate: "2016-12-31",
    beneficiaries: [{ establishmentId, shareBps: 10_000 }],
    sites: [{ communeId: COMMUNE_DONG_THAP, addressText: "Ấp Phú Vinh" }],
    estimateLines: [
      {
        id: "L1",
        item: "Máy sấy nông sản",
        spendingCategory: "MO_HINH_CONG_NGHE",
        normCode: "c",
        capUnits: 1,
        quantity: "2",
        unitPrice: "150000000",
        kcAmount: "150000000",
        counterpartAmount: "150000000",
        otherAmount: "0",
      },
    ],
    indicators: [{ code: "MACHINERY_ESTAB", target: 1 }],
    ...overrides,
  };
}

export function signed(kind: string, date: string, signerAuthority: string | null = null) {
  return {
    kind,
    number: `${date.slice(2, 4)}/QĐ`,
    date,
    signer: "Nguyễn Văn An",
    signerAuthority,
    title: "",
  };
}

/** A small real PDF (header, one empty page, trailer) — enough for the content sniffer. */
export function pdfBytes(text = "khuyencong"): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

export async function attach(
  client: TestClient,
  projectId: string,
  fields: Record<string, unknown>,
  bytes: Uint8Array = pdfBytes(),
  name = "van-ban.pdf",
) {
  const form = new FormData();
  form.append("file", new File([bytes], name));
  form.append("fields", JSON.stringify(fields));
  return client.request("POST", `/api/v1/projects/${projectId}/documents`, form);
}

export async function versionOf(client: TestClient, projectId: string): Promise<number> {
  const response = await client.get(`/api/v1/projects/${projectId}`);
  expect(response.status).toBe(200);
  return (await json(response)).version;
}

/** Takes a step with the current version; returns the response for the caller to check. */
export async function step(
  client: TestClient,
  projectId: string,
  code: string,
  body: Record<string, unknown>,
) {
  const version = await versionOf(client, projectId);
  return client.post(`/api/v1/projects/${projectId}/steps/${code}`, { version, note: "", ...body });
}

export async function expectStep(
  client: TestClient,
  projectId: string,
  code: string,
  body: Record<string, unknown>,
) {
  const response = await step(client, projectId, code, body);
  expect(response.status, `${code}: ${await response.clone().text()}`).toBe(200);
  return json(response);
}

export async function pay(
  client: TestClient,
  projectId: string,
  kind: string,
  amount: string,
  paidOn: string,
) {
  const version = await versionOf(client, projectId);
  return client.post(`/api/v1/projects/${projectId}/disbursements`, {
    version,
    kind,
    amount,
    paidOn,
    treasuryRef: null,
  });
}

/**
 * Takes a fresh national project (from `projectInput`) through appraisal, plan, contract (150 m support) and start,
 * with a DoIT-verified progress report of 75 %, so that advances may be paid.
 */
export async function driveToStarted(
  clients: { officer: TestClient; leader: TestClient; central: TestClient; centralLeader: TestClient },
  projectId: string,
) {
  const { officer, leader, central, centralLeader } = clients;
  const request = await attach(officer, projectId, { kind: "DON_DE_NGHI_HO_TRO" });
  expect(request.status).toBe(201);
  const steps: [TestClient, string, Record<string, unknown>][] = [
    [
      officer,
      "SUBMIT_BASE",
      { effectiveOn: "2015-05-10", documents: [signed("CONG_VAN_DE_NGHI", "2015-05-10")] },
    ],
    [
      leader,
      "APPRAISE_BASE",
      {
        effectiveOn: "2015-05-30",
        documents: [signed("PHIEU_THAM_DINH_4A", "2015-05-30", "DOIT_DIRECTOR")],
        appraisal: { result: "DAT", failedCriteria: [] },
      },
    ],
    [
      officer,
      "REGISTER_CENTRAL",
      {
        effectiveOn: "2015-06-10",
        documents: [signed("BAO_CAO_DANG_KY", "2015-06-10"), signed("BIEU_TONG_HOP_2", "2015-06-10")],
      },
    ],
    [
      centralLeader,
      "APPRAISE_CENTRAL",
      {
        effectiveOn: "2015-10-01",
        documents: [signed("BIEN_BAN_THAM_DINH", "2015-10-01", "CENTRAL_AGENCY_DG")],
        appraisal: { result: "DAT", failedCriteria: [] },
      },
    ],
    [
      centralLeader,
      "APPROVE_INTO_PLAN",
      { effectiveOn: "2015-12-20", documents: [signed("QD_PHE_DUYET_KE_HOACH", "2015-12-20", "MINISTER")] },
    ],
    [
      central,
      "ASSIGN",
      {
        effectiveOn: "2016-01-10",
        documents: [signed("QD_GIAO_KE_HOACH", "2016-01-10", "CENTRAL_AGENCY_DG")],
      },
    ],
    [
      central,
      "SIGN_CONTRACT",
      {
        effectiveOn: "2016-02-01",
        documents: [signed("HOP_DONG", "2016-02-01")],
        contractSupport: "150000000",
      },
    ],
    [officer, "START", { effectiveOn: "2016-04-01", documents: [signed("DE_NGHI_TAM_UNG", "2016-04-01")] }],
  ];
  for (const [client, code, body] of steps) await expectStep(client, projectId, code, body);
  const report = await officer.post(`/api/v1/projects/${projectId}/progress-reports`, {
    version: await versionOf(officer, projectId),
    period: "2016-04",
    reportedOn: "2016-04-20",
    percentComplete: 75,
    spend: null,
    workDone: "",
    verifiedByDoit: true,
  });
  expect(report.status, await report.clone().text()).toBe(200);
}
