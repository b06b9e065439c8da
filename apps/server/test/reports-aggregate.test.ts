import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/**
 * The regional and national aggregate of approved province reports (issue 17 item 4), on both engines, through
 * HTTP: the annual 2024 reports of four former provinces, one only submitted. The former Bình Thuận was in the
 * South in 2024 and is part of today's Lâm Đồng (Central and Highlands): as of 2024 its figure is the South's,
 * re-based on today's map it is the Central region's.
 */
const REPORTS = "/api/v1/reports";
const AGGREGATE = `${REPORTS}/aggregate`;
const FORMER = {
  dongThap: "P63-87",
  tienGiang: "P63-82",
  binhThuan: "P63-60",
  lamDong: "P63-68",
  haNoi: "P63-01",
};
const LAM_DONG = "P34-68";
const MANUAL_ROWS = ["TRAINEES", "DEMO_MODELS", "MACHINERY", "SXSH"];

type Role =
  | "dtOfficer"
  | "ldOfficer"
  | "hnOfficer"
  | "central"
  | "leader"
  | "regionNam"
  | "regionBac"
  | "auditor";

describe.each(engines)("the aggregate of approved province reports on %s", (engine) => {
  let ctx: TestContext;
  let statements = 0;
  let as: Record<Role | "admin", TestClient>;

  /** Opens, fills (trainees = `trainees`), submits and, unless told otherwise, approves a 2024 annual report. */
  async function report(client: TestClient, provinceId: string, trainees: number, approve = true) {
    const opened = await json(
      await client.post(REPORTS, { templateId: "BC_NAM-V1", provinceId, year: 2024, index: 1 }),
    );
    expect(opened.id, JSON.stringify(opened)).toBeTruthy();
    const filled = await json(
      await client.patch(`${REPORTS}/${opened.id}`, {
        version: opened.version,
        cells: MANUAL_ROWS.map((row) => ({
          row,
          column: "PERIOD",
          value: row === "TRAINEES" ? `${trainees}` : "0",
        })),
      }),
    );
    const sent = await json(await client.post(`${REPORTS}/${opened.id}/submit`, { version: filled.version }));
    expect(sent.state, JSON.stringify(sent)).toBe("SUBMITTED");
    if (!approve) return sent;
    const approved = await json(
      await as.central.post(`${REPORTS}/${opened.id}/steps/APPROVE`, { version: sent.version }),
    );
    expect(approved.state).toBe("APPROVED");
    return approved;
  }

  const query = (scope: string, basis = "AS_OF") =>
    `${AGGREGATE}?templateCode=BC_NAM&year=2024&periodIndex=1&scope=${scope}&basis=${basis}`;
  const get = async (client: TestClient, scope: string, basis = "AS_OF") => {
    const response = await client.get(query(scope, basis));
    return { status: response.status, body: await json(response) };
  };
  const cell = (aggregate: Json, key: string) => aggregate.cells.find((c: Json) => c.cell === key);
  const trainees = (aggregate: Json) => cell(aggregate, "TRAINEES/PERIOD").value;

  let dongThapReport: Json;
  beforeAll(async () => {
    ctx = await createTestContext(engine, { queryLogger: { logQuery: () => void statements++ } });
    const province = (provinceId: string) => ({ kind: "PROVINCE" as const, provinceId });
    const national = { kind: "NATIONAL" as const };
    const region = (regionCode: "NAM" | "BAC") => ({ kind: "REGION" as const, regionCode });
    const sign = async (options: Parameters<typeof signedIn>[1]) => (await signedIn(ctx, options)).client;
    as = {
      dtOfficer: await sign({ role: "PROVINCIAL_OFFICER", scope: province(DONG_THAP) }),
      ldOfficer: await sign({ role: "PROVINCIAL_OFFICER", scope: province(LAM_DONG) }),
      hnOfficer: await sign({ role: "PROVINCIAL_OFFICER", scope: province(HA_NOI) }),
      central: await sign({ role: "CENTRAL_OFFICER", scope: national }),
      leader: await sign({ role: "CENTRAL_LEADER", scope: national }),
      regionNam: await sign({ role: "CENTRAL_OFFICER", scope: region("NAM") }),
      regionBac: await sign({ role: "CENTRAL_OFFICER", scope: region("BAC") }),
      auditor: await sign({ role: "AUDITOR", scope: national }),
      admin: await sign({ role: "SYSTEM_ADMIN", scope: national }),
    };
  });
  afterAll(async () => ctx?.close());

  it("counts nothing before any report is approved, and says every province is missing", async () => {
    const { status, body } = await get(as.central, "region:NAM");
    expect(status).toBe(200);
    expect(body.included).toEqual([]);
    expect(body.missing.length).toBeGreaterThan(10);
    expect(trainees(body)).toBeNull();
    expect(body.period).toMatchObject({ labelVi: "Năm 2024", from: "2024-01-01", to: "2024-12-31" });
  });

  it("sums the approved reports of the region as it was, and lists the province still waiting", async () => {
    dongThapReport = await report(as.dtOfficer, FORMER.dongThap, 100);
    await report(as.ldOfficer, FORMER.binhThuan, 20);
    await report(as.ldOfficer, FORMER.lamDong, 5);
    const haNoi = await report(as.hnOfficer, FORMER.haNoi, 1000);
    await as.leader.post(`${REPORTS}/${haNoi.id}/steps/LOCK`, { version: haNoi.version });
    await report(as.dtOfficer, FORMER.tienGiang, 300, false);

    const { body: south } = await get(as.central, "region:NAM");
    expect(trainees(south)).toBe("120");
    expect(cell(south, "TRAINEES/PERIOD")).toMatchObject({ valueKind: "ACTUAL", reporting: 2, text: "120" });
    expect(south.included.map((p: Json) => p.id).sort()).toEqual([FORMER.binhThuan, FORMER.dongThap]);
    expect(south.missing.find((p: Json) => p.id === FORMER.tienGiang)).toMatchObject({
      state: "SUBMITTED",
      stateLabelVi: expect.any(String),
    });
    expect(south.missing.find((p: Json) => p.id === "P63-79")).toMatchObject({ state: null, reportId: null });
    const drill = cell(south, "TRAINEES/PERIOD").contributions;
    expect(drill.map((c: Json) => [c.provinceId, c.value])).toEqual([
      [FORMER.binhThuan, "20"],
      [FORMER.dongThap, "100"],
    ]);
    expect(drill.find((c: Json) => c.provinceId === FORMER.dongThap).reportId).toBe(dongThapReport.id);
    expect(south.checks.filter((check: Json) => !check.result.ok)).toEqual([]);
    expect(cell(south, "FAIR_ESTABLISHMENTS/PERIOD").distinctCountSum).toBe(true);
  });

  it("re-based on today's 34 provinces, counts the former Bình Thuận under today's Lâm Đồng", async () => {
    const { body: central } = await get(as.central, "region:TRUNG_TAY_NGUYEN", "CURRENT");
    expect(trainees(central)).toBe("25");
    expect(central.included.find((p: Json) => p.id === FORMER.binhThuan)).toMatchObject({
      countedAsId: LAM_DONG,
      countedAsLabelVi: "Lâm Đồng",
    });
    const { body: centralAsOf } = await get(as.central, "region:TRUNG_TAY_NGUYEN");
    expect(trainees(centralAsOf)).toBe("5");
    const { body: southRebased } = await get(as.central, "region:NAM", "CURRENT");
    expect(trainees(southRebased)).toBe("100");
  });

  it("makes the nation the sum of its regions on either basis", async () => {
    for (const basis of ["AS_OF", "CURRENT"]) {
      const national = (await get(as.central, "national", basis)).body;
      expect(trainees(national)).toBe("1125");
      let sum = 0;
      for (const region of ["BAC", "TRUNG_TAY_NGUYEN", "NAM"]) {
        sum += Number(trainees((await get(as.central, `region:${region}`, basis)).body) ?? 0);
      }
      expect(sum).toBe(1125);
      expect(national.included).toHaveLength(4);
    }
  });

  /** Every role against its own region, another region and the nation: 200, or a 404 that says nothing. */
  const matrix: Record<Role, Record<string, number>> = {
    central: { "region:NAM": 200, "region:BAC": 200, national: 200 },
    leader: { "region:NAM": 200, "region:BAC": 200, national: 200 },
    auditor: { "region:NAM": 200, "region:BAC": 200, national: 200 },
    regionNam: { "region:NAM": 200, "region:BAC": 404, national: 404 },
    regionBac: { "region:NAM": 404, "region:BAC": 200, national: 404 },
    dtOfficer: { "region:NAM": 200, "region:BAC": 404, national: 404 },
    hnOfficer: { "region:NAM": 404, "region:BAC": 200, national: 404 },
    ldOfficer: { "region:NAM": 200, "region:TRUNG_TAY_NGUYEN": 200, "region:BAC": 404, national: 404 },
  };
  it.each(Object.entries(matrix))("lets %s see the scopes of its own region only", async (role, cases) => {
    for (const [scope, status] of Object.entries(cases)) {
      const answer = await get(as[role as Role], scope);
      expect([scope, answer.status]).toEqual([scope, status]);
      if (status === 404) expect(answer.body.code).toBe("NOT_FOUND");
    }
  });

  it("shows a province the region's totals but only its own provinces' figures one by one", async () => {
    const { body } = await get(as.dtOfficer, "region:NAM");
    expect(trainees(body)).toBe("120");
    const drill = cell(body, "TRAINEES/PERIOD");
    expect(drill.contributions.map((c: Json) => c.provinceId)).toEqual([FORMER.dongThap]);
    expect(drill.withheld).toBe(1);
    expect(body.included.find((p: Json) => p.id === FORMER.binhThuan).reportId).toBeNull();
    expect(body.included.find((p: Json) => p.id === FORMER.dongThap).reportId).toBe(dongThapReport.id);
  });

  it("refuses a caller without the ability, a bad scope, a period outside the template, an unknown template", async () => {
    expect((await get(as.admin, "national")).status).toBe(403);
    expect((await ctx.client().get(query("national"))).status).toBe(401);
    const badScope = await get(as.central, "region:MARS");
    expect(badScope.status).toBe(400);
    expect(badScope.body.errors[0].message).toMatch(/Phạm vi tổng hợp/);
    const early = await as.central.get(
      `${AGGREGATE}?templateCode=BC_NAM&year=2010&periodIndex=1&scope=national`,
    );
    expect([early.status, (await json(early)).code]).toEqual([422, "REPORT_PERIOD_INVALID"]);
    const unknown = await as.central.get(
      `${AGGREGATE}?templateCode=BC_KHAC&year=2024&periodIndex=1&scope=national`,
    );
    expect(unknown.status).toBe(404);
  });

  it("costs the same few statements for a region of two reports and the nation of four", async () => {
    statements = 0;
    await get(as.central, "region:NAM");
    const region = statements;
    statements = 0;
    await get(as.central, "national");
    expect(statements).toBe(region);
    expect(region).toBeLessThanOrEqual(8);
  });
});
