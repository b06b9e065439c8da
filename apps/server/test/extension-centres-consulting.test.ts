import type { RoleCode } from "@kc/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/db/rows";
import {
  createTestContext,
  DONG_THAP,
  engines,
  HA_NOI,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const OWN_CENTRE = "ORG-TTKC-P34-82"; // today's Đồng Tháp
const FORMER_OWN_CENTRE = "ORG-TTKC-P63-82"; // the former Đồng Tháp, closed on 30 June 2025
const OTHER_CENTRE = "ORG-TTKC-P34-01"; // Hà Nội
const REGIONAL_CENTRE = "ORG-TTKC-VUNG-3";

const contract = (overrides: Record<string, unknown> = {}) => ({
  clientName: "Cơ sở mộc Tân Phú",
  subject: "Tư vấn lập dự án đầu tư",
  value: "80000000",
  signedOn: "2026-03-02",
  revenueReceived: "0",
  ...overrides,
});

type Contract = { id: string; version: number; state: string; deletionRefusal: string | null };

const count = async (ctx: TestContext, query: ReturnType<typeof sql>) =>
  rowsOf<{ n: number }>(await ctx.db.execute(query))[0]?.n;

/**
 * What the centre forms added to the API (issue 17 item 6): a contract's state, deleting a contract recorded by
 * mistake (every role against its own province's centre, another province's and the national ones; version
 * checked, audited, nothing deleted on refusal), the planned number of projects of a year, and the centre list's
 * day of the latest figures in the reader's scope.
 */
describe.each(engines)("consulting contracts, plans and the latest figures on %s", (engine) => {
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
      ["hanoi", "PROVINCIAL_OFFICER", { kind: "PROVINCE", provinceId: HA_NOI }],
      ["auditor", "AUDITOR", { kind: "NATIONAL" }],
      ["admin", "SYSTEM_ADMIN", { kind: "NATIONAL" }],
      ["implementer", "IMPLEMENTER", { kind: "ORGANISATION", organisationId: OWN_CENTRE }],
    ];
    for (const [name, role, scope] of accounts) {
      clients[name] = (await signedIn(ctx, { role, scope })).client;
    }
  });
  afterAll(async () => ctx?.close());

  const client = (name: string) => clients[name] as TestClient;
  const contractsPath = (centre: string) => `/api/v1/extension-centres/${centre}/consulting-contracts`;
  /** Records a contract as central staff (who may everywhere) and answers it as the page shows it. */
  const recorded = async (centre: string, overrides: Record<string, unknown> = {}): Promise<Contract> => {
    const body = contract({ subject: `Tư vấn ${crypto.randomUUID()}`, ...overrides });
    const response = await client("central").post(contractsPath(centre), body);
    expect(response.status).toBe(201);
    const page = await json(response);
    return page.contracts.find((c: { subject: string }) => c.subject === body.subject);
  };
  const remove = (name: string, centre: string, c: { id: string; version: number }) =>
    client(name).request("DELETE", `${contractsPath(centre)}/${c.id}?version=${c.version}`);

  it("keeps a contract's state with its end date, implied from the end date when a caller sends none", async () => {
    const open = await recorded(OWN_CENTRE);
    expect(open).toMatchObject({ state: "IN_PROGRESS", deletionRefusal: null });
    const implied = await recorded(OWN_CENTRE, { finishedOn: "2026-04-30" });
    expect(implied.state).toBe("ACCEPTED");
    const liquidated = await recorded(OWN_CENTRE, { state: "LIQUIDATED", finishedOn: "2026-05-31" });
    expect(liquidated).toMatchObject({ state: "LIQUIDATED" });
    expect(liquidated.deletionRefusal).toBe("Hợp đồng đã thanh lý, không xóa được; hãy sửa nếu ghi sai");
    const undated = await client("central").post(contractsPath(OWN_CENTRE), contract({ state: "ACCEPTED" }));
    expect(undated.status).toBe(400);
    expect((await json(undated)).errors).toEqual([
      { path: "body.finishedOn", message: "Ghi ngày hoàn thành (nghiệm thu) của hợp đồng" },
    ]);
    const contradictory = await client("central").post(
      contractsPath(OWN_CENTRE),
      contract({ state: "IN_PROGRESS", finishedOn: "2026-04-30" }),
    );
    expect(contradictory.status).toBe(400);
  });

  it("lets the centre's province and central staff delete a contract recorded by mistake; others are refused", async () => {
    const cases: [string, string, number][] = [
      ["provincial", OWN_CENTRE, 204],
      ["provincialLeader", FORMER_OWN_CENTRE, 204],
      ["provincial", OTHER_CENTRE, 404],
      ["provincialLeader", REGIONAL_CENTRE, 404],
      ["hanoi", OWN_CENTRE, 404],
      ["hanoi", OTHER_CENTRE, 204],
      ["southLeader", OWN_CENTRE, 204],
      ["southLeader", OTHER_CENTRE, 404],
      ["central", OTHER_CENTRE, 204],
      ["centralLeader", REGIONAL_CENTRE, 204],
      ["auditor", OWN_CENTRE, 403],
      ["admin", OWN_CENTRE, 403],
      ["implementer", OWN_CENTRE, 403],
    ];
    for (const [name, centre, status] of cases) {
      const row = await recorded(centre, {
        signedOn: centre === FORMER_OWN_CENTRE ? "2024-05-02" : "2026-03-02",
      });
      expect((await remove(name, centre, row)).status, `${name} on ${centre}`).toBe(status);
      const left = await count(
        ctx,
        sql`select count(*)::int as n from consulting_contract where id = ${row.id}`,
      );
      expect(left, `${name} on ${centre}`).toBe(status === 204 ? 0 : 1);
      const audited = await count(
        ctx,
        sql`select count(*)::int as n from audit_log where action = 'CONSULTING_CONTRACT_DELETED' and entity_id = ${row.id}`,
      );
      expect(audited, `${name} on ${centre}`).toBe(status === 204 ? 1 : 0);
    }
  });

  it("refuses to delete a contract with revenue or accepted, and one changed since it was read", async () => {
    for (const overrides of [{ revenueReceived: "1000000" }, { finishedOn: "2026-04-30" }]) {
      const row = await recorded(OWN_CENTRE, overrides);
      const refused = await remove("provincial", OWN_CENTRE, row);
      expect(refused.status).toBe(409);
      const problem = await json(refused);
      expect(problem.code).toBe("CONSULTING_CONTRACT_NOT_DELETABLE");
      expect(problem.detail).toBe(row.deletionRefusal);
    }
    const row = await recorded(OWN_CENTRE);
    const edited = await client("central").request("PUT", `${contractsPath(OWN_CENTRE)}/${row.id}`, {
      ...contract({ subject: "Tư vấn đã sửa" }),
      version: row.version,
    });
    expect(edited.status).toBe(200);
    const stale = await remove("provincial", OWN_CENTRE, row);
    expect(stale.status).toBe(409);
    expect((await json(stale)).code).toBe("VERSION_CONFLICT");
    expect(
      await count(ctx, sql`select count(*)::int as n from consulting_contract where id = ${row.id}`),
    ).toBe(1);
    // Another centre's contract through this centre's path is not found.
    expect((await remove("central", OTHER_CENTRE, { ...row, version: row.version + 1 })).status).toBe(404);
  });

  it("keeps the planned number of projects with the year's revenue plan", async () => {
    const path = `/api/v1/extension-centres/${OTHER_CENTRE}/consulting-plans/2026`;
    const first = await client("hanoi").request("PUT", path, {
      revenuePlan: "900000000",
      plannedProjects: 12,
    });
    expect(first.status).toBe(200);
    expect((await json(first)).plans[0]).toMatchObject({ year: 2026, plannedProjects: 12, version: 1 });
    const negative = await client("hanoi").request("PUT", path, {
      revenuePlan: "900000000",
      plannedProjects: -1,
      version: 1,
    });
    expect(negative.status).toBe(400);
    expect((await json(negative)).errors[0].path).toBe("body.plannedProjects");
    const changed = await client("central").request("PUT", path, {
      revenuePlan: "900000000",
      plannedProjects: 15,
      version: 1,
    });
    expect((await json(changed)).plans[0]).toMatchObject({ plannedProjects: 15, version: 2 });
    expect((await client("provincial").request("PUT", path, { revenuePlan: "1" })).status).toBe(404);
    expect((await client("auditor").request("PUT", path, { revenuePlan: "1" })).status).toBe(403);
  });

  it("names the day of the latest figures in the reader's scope when today's centres have none", async () => {
    const staffing = (centre: string, asOf: string) =>
      client("central").post(`/api/v1/extension-centres/${centre}/staffing`, {
        asOf,
        total: 15,
        permanent: 10,
      });
    expect((await staffing(FORMER_OWN_CENTRE, "2018-12-31")).status).toBe(201);
    expect((await staffing(REGIONAL_CENTRE, "2026-01-31")).status).toBe(201);
    const list = (name: string, onDate: string) =>
      client(name).get(`/api/v1/extension-centres?onDate=${onDate}`).then(json);
    const today = await list("provincial", "2026-06-30");
    // Today's Đồng Tháp centre has no snapshot: no bare 0, the 2018 figure of the former centre is named.
    expect(today.averages).toMatchObject({ centreCount: 1, reportingCount: 0 });
    expect(today.latestSnapshotDay).toBe("2018-12-31");
    expect(today.items[0].latestStaffing).toBeNull();
    // A regional centre's snapshot is not a provincial figure; the day is the provincial centres' one.
    expect((await list("central", "2026-06-30")).latestSnapshotDay).toBe("2018-12-31");
    expect((await list("hanoi", "2026-06-30")).latestSnapshotDay).toBeNull();
    expect((await list("provincial", "2018-12-30")).latestSnapshotDay).toBeNull();
    const then = await list("provincial", "2018-12-31");
    expect(then.averages.reportingCount).toBe(1);
    expect(then.items.find((c: { id: string }) => c.id === FORMER_OWN_CENTRE).latestStaffing).toMatchObject({
      asOf: "2018-12-31",
      total: 15,
    });
    expect((await client("auditor").get("/api/v1/extension-centres?onDate=2026-06-30")).status).toBe(200);
    expect((await client("admin").get("/api/v1/extension-centres?onDate=2026-06-30")).status).toBe(403);
  });
});
