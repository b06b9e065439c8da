import type { RoleCode } from "@kc/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import {
  createTestContext,
  DONG_THAP,
  engines,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const OWN_CENTRE = "ORG-TTKC-P34-82"; // today's Đồng Tháp
const FORMER_OWN_CENTRE = "ORG-TTKC-P63-82"; // former Tiền Giang, merged into Đồng Tháp in 2025
const OTHER_CENTRE = "ORG-TTKC-P34-01"; // Hà Nội
const REGIONAL_CENTRE = "ORG-TTKC-VUNG-3";

const snapshot = (overrides: Record<string, unknown> = {}) => ({
  asOf: "2025-12-31",
  total: 20,
  permanent: 12,
  contract: 6,
  partTime: 2,
  collaborators: 30,
  ...overrides,
});

const contract = (overrides: Record<string, unknown> = {}) => ({
  clientName: "Hợp tác xã Gốm Tân Vĩnh",
  subject: "Tư vấn đánh giá sản xuất sạch hơn",
  value: "120000000",
  signedOn: "2025-09-10",
  revenueReceived: "100000000",
  ...overrides,
});

const put = (client: TestClient, path: string, body: unknown) => client.request("PUT", path, body);

/**
 * Extension centres through the HTTP API (issue 17 item 6): every role against its own province's centre,
 * another province's, a former centre its province absorbed and the national ones; the staffing rule, the
 * version checks and the audit rows; the consulting figure computed from the contracts.
 */
describe.each(engines)("extension centres on %s", (engine) => {
  let ctx: TestContext;
  const clients = {} as Record<string, TestClient>;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const accounts: [string, RoleCode, Parameters<typeof signedIn>[1]["scope"]][] = [
      ["central", "CENTRAL_OFFICER", { kind: "NATIONAL" }],
      ["centralLeader", "CENTRAL_LEADER", { kind: "NATIONAL" }],
      ["southLeader", "CENTRAL_LEADER", { kind: "REGION", regionCode: "NAM" }],
      ["provincial", "PROVINCIAL_OFFICER", { kind: "PROVINCE", provinceId: DONG_THAP }],
      ["provincialLeader", "PROVINCIAL_LEADER", { kind: "PROVINCE", provinceId: DONG_THAP }],
      ["auditor", "AUDITOR", { kind: "NATIONAL" }],
      ["admin", "SYSTEM_ADMIN", { kind: "NATIONAL" }],
      ["implementer", "IMPLEMENTER", { kind: "ORGANISATION", organisationId: OWN_CENTRE }],
      ["juror", "JUROR", { kind: "SELECTION_MEMBER" }],
    ];
    for (const [name, role, scope] of accounts) {
      clients[name] = (await signedIn(ctx, { role, scope })).client;
    }
  });
  afterAll(async () => ctx?.close());

  const client = (name: string) => clients[name] as TestClient;

  it("lists the centres of the day in each reader's scope: 63 before the merger, 34 + 3 regional after", async () => {
    const before = await json(await client("central").get("/api/v1/extension-centres?onDate=2018-12-31"));
    expect(before.items.filter((c: { type: string }) => c.type === "TT_KHUYEN_CONG_TINH")).toHaveLength(63);
    expect(before.averages.centreCount).toBe(63);
    const after = await json(await client("central").get("/api/v1/extension-centres?onDate=2026-01-01"));
    expect(after.items).toHaveLength(37);
    expect(after.averages.centreCount).toBe(34);
    const hanoi = after.items.find((c: { id: string }) => c.id === OTHER_CENTRE);
    expect(hanoi.parent).toEqual({ id: "ORG-SCT-P34-01", name: "Sở Công Thương Hà Nội" });
    const own = await json(await client("provincial").get("/api/v1/extension-centres?onDate=2018-12-31"));
    // Today's Đồng Tháp keeps the centres of the former Đồng Tháp and Tiền Giang.
    expect(own.items.map((c: { id: string }) => c.id).sort()).toEqual(["ORG-TTKC-P63-82", "ORG-TTKC-P63-87"]);
    const south = await json(await client("southLeader").get("/api/v1/extension-centres?onDate=2026-01-01"));
    expect(south.items.map((c: { province: { id: string } }) => c.province.id)).toContain(DONG_THAP);
    expect(south.items.map((c: { id: string }) => c.id)).not.toContain(OTHER_CENTRE);
    const searched = await json(await client("central").get("/api/v1/extension-centres?q=dong%20thap"));
    expect(searched.items.map((c: { id: string }) => c.id)).toEqual([OWN_CENTRE]);
  });

  it("answers a centre outside the scope 404 and a role without the ability 403, both logged", async () => {
    for (const name of ["provincial", "provincialLeader", "southLeader"]) {
      expect((await client(name).get(`/api/v1/extension-centres/${OTHER_CENTRE}`)).status, name).toBe(404);
    }
    for (const name of ["provincial", "provincialLeader"]) {
      expect((await client(name).get(`/api/v1/extension-centres/${REGIONAL_CENTRE}`)).status, name).toBe(404);
      expect((await client(name).get(`/api/v1/extension-centres/${FORMER_OWN_CENTRE}`)).status, name).toBe(
        200,
      );
    }
    for (const name of ["central", "centralLeader", "auditor"]) {
      expect((await client(name).get(`/api/v1/extension-centres/${REGIONAL_CENTRE}`)).status, name).toBe(200);
    }
    for (const name of ["admin", "implementer", "juror"]) {
      expect((await client(name).get("/api/v1/extension-centres")).status, name).toBe(403);
      expect((await client(name).get(`/api/v1/extension-centres/${OWN_CENTRE}`)).status, name).toBe(403);
    }
    // Not a centre at all (a DoIT) is not found either.
    expect((await client("central").get("/api/v1/extension-centres/ORG-SCT-P34-82")).status).toBe(404);
    const denials = rowsOf<{ n: number }>(
      await ctx.db.execute(
        sql`select count(*)::int as n from audit_log where action = 'OUT_OF_SCOPE_ACCESS_DENIED' and entity_id = ${OTHER_CENTRE}`,
      ),
    );
    expect(denials[0]?.n).toBeGreaterThanOrEqual(3);
  });

  it("lets the province's staff and central staff record staffing; others are refused and nothing is written", async () => {
    const path = (id: string) => `/api/v1/extension-centres/${id}/staffing`;
    const own = await client("provincial").post(path(OWN_CENTRE), snapshot());
    expect(own.status).toBe(201);
    const page = await json(own);
    expect(page.staffing[0]).toMatchObject({ asOf: "2025-12-31", total: 20, permanent: 12, version: 1 });
    expect(page.centre.latestStaffing.total).toBe(20);
    expect(
      (await client("provincialLeader").post(path(FORMER_OWN_CENTRE), snapshot({ asOf: "2018-12-31" })))
        .status,
    ).toBe(201);
    expect((await client("provincial").post(path(OTHER_CENTRE), snapshot())).status).toBe(404);
    expect((await client("southLeader").post(path(OTHER_CENTRE), snapshot())).status).toBe(404);
    expect((await client("central").post(path(OTHER_CENTRE), snapshot())).status).toBe(201);
    expect((await client("central").post(path(REGIONAL_CENTRE), snapshot())).status).toBe(201);
    for (const name of ["auditor", "admin", "implementer", "juror"]) {
      expect((await client(name).post(path(OWN_CENTRE), snapshot({ asOf: "2025-11-30" }))).status, name).toBe(
        403,
      );
    }
    const rows = rowsOf<{ n: number }>(
      await ctx.db.execute(sql`select count(*)::int as n from staffing_snapshot`),
    );
    expect(rows[0]?.n).toBe(4);
    const audited = rowsOf<{ n: number }>(
      await ctx.db.execute(
        sql`select count(*)::int as n from audit_log where action = 'STAFFING_SNAPSHOT_CREATED'`,
      ),
    );
    expect(audited[0]?.n).toBe(4);
  });

  it("refuses parts above the total, a day outside the centre's life and a second snapshot of the day", async () => {
    const path = `/api/v1/extension-centres/${OWN_CENTRE}/staffing`;
    const parts = await client("provincial").post(
      path,
      snapshot({ asOf: "2025-10-31", total: 10, permanent: 8, contract: 3 }),
    );
    expect(parts.status).toBe(400);
    const problem = await json(parts);
    expect(problem.code).toBe("VALIDATION_FAILED");
    expect(problem.errors).toEqual([
      {
        path: "body.total",
        message: "Tổng biên chế + hợp đồng + kiêm nhiệm (13) vượt tổng số người làm việc (10)",
      },
    ]);
    const before = await client("provincial").post(path, snapshot({ asOf: "2025-06-30" }));
    expect(before.status).toBe(422);
    expect((await json(before)).code).toBe("STAFFING_SNAPSHOT_OUTSIDE_CENTRE");
    const again = await client("provincial").post(path, snapshot());
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("STAFFING_SNAPSHOT_DATE_TAKEN");
    const rows = rowsOf<{ n: number }>(
      await ctx.db.execute(
        sql`select count(*)::int as n from staffing_snapshot where centre_org_id = ${OWN_CENTRE}`,
      ),
    );
    expect(rows[0]?.n).toBe(1);
  });

  it("corrects a snapshot with its version; the second of two editors gets 409", async () => {
    const page = await json(await client("provincial").get(`/api/v1/extension-centres/${OWN_CENTRE}`));
    const { id, version } = page.staffing[0];
    const path = `/api/v1/extension-centres/${OWN_CENTRE}/staffing/${id}`;
    const first = await put(client("provincial"), path, { ...snapshot({ total: 21 }), version });
    expect(first.status).toBe(200);
    expect((await json(first)).staffing[0]).toMatchObject({ total: 21, version: version + 1 });
    const second = await put(client("central"), path, { ...snapshot({ total: 25 }), version });
    expect(second.status).toBe(409);
    expect((await json(second)).code).toBe("VERSION_CONFLICT");
    // Another centre's snapshot through this centre's path is not found.
    const other = await put(client("central"), `/api/v1/extension-centres/${OTHER_CENTRE}/staffing/${id}`, {
      ...snapshot(),
      version: version + 1,
    });
    expect(other.status).toBe(404);
  });

  it("computes the consulting figure from the contracts against the year plan", async () => {
    const base = `/api/v1/extension-centres/${OWN_CENTRE}`;
    expect((await client("provincial").post(`${base}/consulting-contracts`, contract())).status).toBe(201);
    expect(
      (
        await client("provincial").post(
          `${base}/consulting-contracts`,
          contract({ revenueReceived: "145000000", signedOn: "2025-03-01" }),
        )
      ).status,
    ).toBe(201);
    const planned = await put(client("provincial"), `${base}/consulting-plans/2025`, {
      revenuePlan: "500000000",
    });
    expect(planned.status).toBe(200);
    const page = await json(planned);
    expect(page.consulting).toMatchObject({
      contractCount: 2,
      revenue: { dong: "245000000", text: "245,0" },
      percentOfYearPlanText: "49,0 %",
      sentenceVi: "2 dự án tư vấn, 0,25 tỷ đồng, đạt 49,0 % kế hoạch năm",
    });
    // A second "first plan" of the year is a lost update: 409; with the version it changes.
    expect((await put(client("central"), `${base}/consulting-plans/2025`, { revenuePlan: "1" })).status).toBe(
      409,
    );
    const changed = await put(client("central"), `${base}/consulting-plans/2025`, {
      revenuePlan: "490000000",
      version: 1,
    });
    expect((await json(changed)).consulting.percentOfYearPlanText).toBe("50,0 %");
  });

  it("needs exactly one client, and a registry client the caller may see", async () => {
    const base = `/api/v1/extension-centres/${OWN_CENTRE}/consulting-contracts`;
    const both = await client("provincial").post(base, contract({ clientEstablishmentId: "unknown-id" }));
    expect(both.status).toBe(400);
    expect((await json(both)).errors[0].message).toBe(
      "Chọn một cơ sở trong sổ đăng ký hoặc ghi tên khách hàng (chỉ một trong hai)",
    );
    const missing = await client("provincial").post(
      base,
      contract({ clientName: null, clientEstablishmentId: "unknown-id" }),
    );
    expect(missing.status).toBe(422);
    expect((await json(missing)).code).toBe("CONSULTING_CLIENT_INVALID");
    const late = await client("provincial").post(base, contract({ finishedOn: "2025-01-01" }));
    expect((await json(late)).errors[0]).toEqual({
      path: "body.finishedOn",
      message: "Ngày hoàn thành trước ngày ký",
    });
  });

  it("edits a contract with its version and audits before and after", async () => {
    const page = await json(
      await client("provincial").get(`/api/v1/extension-centres/${OWN_CENTRE}?year=2025`),
    );
    const row = page.contracts[0];
    const path = `/api/v1/extension-centres/${OWN_CENTRE}/consulting-contracts/${row.id}`;
    const body = {
      ...contract({ signedOn: row.signedOn, revenueReceived: "120000000" }),
      version: row.version,
    };
    expect((await put(client("provincial"), path, body)).status).toBe(200);
    expect((await put(client("central"), path, body)).status).toBe(409);
    const audit = rowsOf<{ before: { revenueReceived: string }; after: { revenueReceived: string } }>(
      await ctx.db.execute(
        sql`select before, after from audit_log where action = 'CONSULTING_CONTRACT_UPDATED' and entity_id = ${row.id}`,
      ),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after.revenueReceived).toBe("120000000");
  });
});
