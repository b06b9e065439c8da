import { afterAll, beforeAll, expect } from "vitest";
import {
  createTestContext,
  DONG_THAP,
  type Engine,
  HA_NOI,
  type Json,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/** Đồng Tháp as it was in 2018–2025, before the 2025 merger: today's Đồng Tháp officers keep its reports. */
export const FORMER_DONG_THAP = "P63-87";
export const SIX_MONTHS = "BC_6_THANG-V1";
export const ANNUAL = "BC_NAM-V1";
export const REPORTS = "/api/v1/reports";
export const MANUAL_ROWS = ["TRAINEES", "DEMO_MODELS", "MACHINERY", "SXSH"];

export type Actors = Record<
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

export const cellOf = (report: Json, cell: string) => report.cells.find((c: Json) => c.cell === cell);

/**
 * A test database with the actors of the reports tests signed in, and the helpers that open reports and bring them
 * through the workflow (shared by reports.test.ts and reports-workflow.test.ts). Call it inside a describe block:
 * it registers its own beforeAll and afterAll.
 */
export function reportsFixture(engine: Engine) {
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

  return {
    get ctx() {
      return ctx;
    },
    get as() {
      return as;
    },
    freshPeriod,
    open,
    fillManualRows,
    post,
    reportIn,
  };
}
