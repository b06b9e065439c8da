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
