import type { DataScope, RoleCode } from "@kc/domain";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annualPlan, auditLog, programme, reportedFigure } from "../src/db/schema/index";
import {
  createTestContext,
  DONG_THAP,
  engines,
  json,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * The unit named in a plan, programme or report body is a reference like any other: another province's unit is
 * 404 and logged as a denied access, a role that may not keep plans is 403, and a unit in scope that is no plan
 * unit of the year stays 422 PLAN_UNIT_INVALID (issue 12, item 7).
 */

const OWN = "P63-87"; // the former Đồng Tháp, in today's Đồng Tháp and in the southern region
const OTHER = "P63-01"; // the former Hà Nội, in the northern region
const CENTRE = "TW";
type Target = "own" | "other" | "national";
const unitOf: Record<Target, string> = { own: OWN, other: OTHER, national: CENTRE };

type Case = {
  label: string;
  role: RoleCode;
  scope?: DataScope;
  expect: Record<Target, 201 | 200 | 403 | 404>;
};
const province: DataScope = { kind: "PROVINCE", provinceId: DONG_THAP };
const writerInProvince = { own: 201, other: 404, national: 404 } as const;
const writerNational = { own: 201, other: 201, national: 201 } as const;
const noWriter = { own: 403, other: 403, national: 403 } as const;
const cases: Case[] = [
  { label: "provincial officer", role: "PROVINCIAL_OFFICER", scope: province, expect: writerInProvince },
  { label: "provincial leader", role: "PROVINCIAL_LEADER", scope: province, expect: writerInProvince },
  { label: "central officer", role: "CENTRAL_OFFICER", expect: writerNational },
  { label: "central leader", role: "CENTRAL_LEADER", expect: writerNational },
  {
    label: "central leader of the south",
    role: "CENTRAL_LEADER",
    scope: { kind: "REGION", regionCode: "NAM" },
    expect: writerInProvince,
  },
  { label: "auditor", role: "AUDITOR", expect: noWriter },
  { label: "system administrator", role: "SYSTEM_ADMIN", expect: noWriter },
  { label: "implementer", role: "IMPLEMENTER", expect: noWriter },
];

function planInput(unitId: string, year: number) {
  return {
    unitId,
    year,
    programmeId: "CT-KCQG-2014-2020",
    decisionNumber: "12/QĐ-UBND",
    decisionDate: `${year}-01-10`,
    noteVi: "",
    lines: [{ source: "KCQG", content: "A1_DAO_TAO_NGHE", amount: "1000000" }],
  };
}

function reportInput(unitId: string, cutoffMonth: number) {
  return {
    unitId,
    year: 2017,
    cutoffMonth,
    valueKind: "ACTUAL",
    noteVi: "",
    values: [{ indicator: "BUDGET_EXEC", source: "KCQG", value: "1000" }],
  };
}

function programmeInput(unitId: string | null) {
  return {
    level: unitId === null ? "QUOC_GIA" : "DIA_PHUONG",
    unitId,
    nameVi: "Chương trình khuyến công",
    decisionNumber: "5/QĐ-UBND",
    decisionDate: "2016-03-01",
    issuerVi: "Ủy ban nhân dân tỉnh",
    yearFrom: 2016,
    yearTo: 2020,
    targets: [],
  };
}

describe.each(engines)("plan units in and out of scope on %s", (engine) => {
  let ctx: TestContext;
  const clients = new Map<string, TestClient>();

  const rows = async () => ({
    plans: (await ctx.db.select({ n: count() }).from(annualPlan))[0]?.n ?? 0,
    figures: (await ctx.db.select({ n: count() }).from(reportedFigure))[0]?.n ?? 0,
    programmes: (await ctx.db.select({ n: count() }).from(programme))[0]?.n ?? 0,
    denied: (
      await ctx.db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.category, "ACCESS"), eq(auditLog.outcome, "DENIED")))
    )[0]?.n,
  });

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    for (const c of cases) {
      clients.set(
        c.label,
        (await signedIn(ctx, { role: c.role, ...(c.scope ? { scope: c.scope } : {}) })).client,
      );
    }
  });
  afterAll(async () => ctx?.close());

  /** Sends one write and checks the answer, what was written and the denied-access log. */
  async function expectOutcome(
    send: () => Promise<Response>,
    expected: number,
    table: "plans" | "figures" | "programmes",
  ) {
    const before = await rows();
    const response = await send();
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(expected);
    const after = await rows();
    if (expected >= 400) {
      expect(body.code).toBe(expected === 404 ? "NOT_FOUND" : "FORBIDDEN");
      expect(after[table]).toBe(before[table]);
      expect(after.denied).toBe((before.denied ?? 0) + 1);
    } else {
      expect(after.denied).toBe(before.denied);
    }
  }

  const targets: Target[] = ["own", "other", "national"];
  describe.each(cases.map((c, index) => ({ ...c, index })))("$label", (c) => {
    it.each(targets)("annual plan for the %s unit", async (target) => {
      const client = clients.get(c.label) as TestClient;
      // One year per role, so two roles writing the same unit never meet the one-plan-per-year rule.
      const input = planInput(unitOf[target], 2014 + c.index);
      await expectOutcome(() => client.post("/api/v1/annual-plans", input), c.expect[target], "plans");
    });

    it.each(targets)("reported figures for the %s unit", async (target) => {
      const client = clients.get(c.label) as TestClient;
      const expected = c.expect[target] === 201 ? 200 : c.expect[target];
      const input = reportInput(unitOf[target], 1 + c.index);
      await expectOutcome(
        () => client.request("PUT", "/api/v1/reported-figures", input),
        expected,
        "figures",
      );
    });

    it.each(targets)("programme of the %s unit", async (target) => {
      const client = clients.get(c.label) as TestClient;
      // A national programme has no unit to be out of scope: another scope is refused the act itself (403).
      const input = programmeInput(target === "national" ? null : unitOf[target]);
      const expected = target === "national" && c.expect.national === 404 ? 403 : c.expect[target];
      await expectOutcome(() => client.post("/api/v1/programmes", input), expected, "programmes");
    });
  });

  it("keeps 422 PLAN_UNIT_INVALID for a unit in scope that is no plan unit of the year, writing nothing", async () => {
    const officer = clients.get("provincial officer") as TestClient;
    const central = clients.get("central officer") as TestClient;
    const before = await rows();
    // Today's Đồng Tháp began on 2025-07-01: in the officer's scope, but no unit of 2017.
    for (const [client, unitId] of [
      [officer, DONG_THAP],
      [central, DONG_THAP],
      [central, "P99-99"],
    ] as const) {
      const response = await client.post("/api/v1/annual-plans", planInput(unitId, 2017));
      expect(response.status).toBe(422);
      const problem = await json(response);
      expect(problem.code).toBe("PLAN_UNIT_INVALID");
      expect(problem.errors[0].path).toBe("body.unitId");
    }
    // The centre is no province: a provincial programme cannot belong to it.
    const centre = await central.post("/api/v1/programmes", programmeInput(CENTRE));
    expect(centre.status).toBe(422);
    expect((await json(centre)).code).toBe("PLAN_UNIT_INVALID");
    expect(await rows()).toEqual(before);
  });
});
