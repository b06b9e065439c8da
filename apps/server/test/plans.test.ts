import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annualPlan, annualPlanLine, auditLog } from "../src/db/schema/index";
import { summaryDrift } from "../src/modules/figures/figure-summary";
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

const FORMER_DONG_THAP = "P63-87";
const FORMER_TIEN_GIANG = "P63-82";
const PLANS = "/api/v1/annual-plans";

function planInput(overrides: Record<string, unknown> = {}) {
  return {
    unitId: FORMER_DONG_THAP,
    year: 2017,
    programmeId: "CT-KCQG-2014-2020",
    decisionNumber: "123/QĐ-UBND",
    decisionDate: "2017-01-10",
    noteVi: "",
    lines: [
      { source: "KCQG", content: "A3_MO_HINH_CONG_NGHE", amount: "2000000000" },
      { source: "KCDP_TINH", content: "A1_DAO_TAO_NGHE", amount: "3000000000" },
      { source: "COUNTERPART", content: "A3_MO_HINH_CONG_NGHE", amount: "1000000000" },
    ],
    ...overrides,
  };
}

function report(unitId: string, cutoffMonth: number, kcdp: string, valueKind = "ACTUAL") {
  return {
    unitId,
    year: 2017,
    cutoffMonth,
    valueKind,
    noteVi: "",
    values: [{ indicator: "BUDGET_EXEC", source: "KCDP_TINH", value: kcdp }],
  };
}

describe.each(engines)("annual plans, reported figures and the dashboard on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let haNoi: TestClient;
  let central: TestClient;
  let planId: string;

  const planRows = async () => (await ctx.db.select({ n: count() }).from(annualPlan))[0]?.n ?? 0;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    dongThap = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: DONG_THAP } })
    ).client;
    haNoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    central = (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "NATIONAL" } })).client;
  });
  afterAll(async () => ctx?.close());

  it("records a former province's plan through today's officer, with its first revision and an audit row", async () => {
    const response = await dongThap.post(PLANS, planInput());
    expect(response.status).toBe(201);
    const plan = await json(response);
    planId = plan.id;
    expect(plan.unitLabelVi).toBe("Đồng Tháp (trước 7/2025)");
    expect(plan.total).toEqual({ dong: "6000000000", text: "6.000,0" });
    expect(plan.bySource.KCDP.dong).toBe("3000000000");
    expect(plan.revisions).toHaveLength(1);
    const audits = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, planId));
    expect(audits.map((a) => a.action)).toEqual(["ANNUAL_PLAN_CREATED"]);
  });

  it("refuses bad amounts, a second plan, a year outside the programme and another province, writing nothing", async () => {
    const before = await planRows();
    const negative = await dongThap.post(
      PLANS,
      planInput({ year: 2016, lines: [{ source: "KCQG", content: "QUAN_LY", amount: "-5" }] }),
    );
    expect(negative.status).toBe(400);
    expect((await json(negative)).errors[0].path).toBe("body.lines.0.amount");
    const fraction = await dongThap.post(
      PLANS,
      planInput({ year: 2016, lines: [{ source: "KCQG", content: "QUAN_LY", amount: "1.5" }] }),
    );
    expect(fraction.status).toBe(400);
    const again = await dongThap.post(PLANS, planInput());
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe("PLAN_EXISTS");
    const outside = await dongThap.post(PLANS, planInput({ year: 2021 }));
    expect(outside.status).toBe(422);
    expect((await json(outside)).code).toBe("PLAN_OUTSIDE_PROGRAMME");
    // Another province's unit is out of scope like any other record: 404 (plan-unit-scope.test.ts).
    const foreign = await haNoi.post(PLANS, planInput({ unitId: FORMER_TIEN_GIANG }));
    expect(foreign.status).toBe(404);
    expect(await planRows()).toBe(before);
  });

  it("keeps reported figures cumulative and the dashboard's execution in step with them", async () => {
    const july = await dongThap.request(
      "PUT",
      "/api/v1/reported-figures",
      report(FORMER_DONG_THAP, 7, "1200000000", "ESTIMATE"),
    );
    expect(july.status).toBe(200);
    expect(
      (await dongThap.request("PUT", "/api/v1/reported-figures", report(FORMER_DONG_THAP, 7, "1000000000")))
        .status,
    ).toBe(200);
    expect(
      (await dongThap.request("PUT", "/api/v1/reported-figures", report(FORMER_DONG_THAP, 12, "2500000000")))
        .status,
    ).toBe(200);
    // The actual replaced the estimate; the audit row keeps what the estimate said.
    const replaced = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, `${FORMER_DONG_THAP}/2017/7`));
    expect(replaced.map((a) => a.before)).toContainEqual([
      { indicator: "BUDGET_EXEC", source: "KCDP_TINH", value: "1200000000", valueKind: "ESTIMATE" },
    ]);
    const view = await json(await dongThap.get("/api/v1/dashboard/budget?year=2017&cutoffMonth=7"));
    expect(view.scope.level).toBe("UNIT");
    expect(view.totals.plan.dong).toBe("5000000000");
    expect(view.totals.exec.dong).toBe("1000000000");
    expect(view.totals.execPct.text).toBe("20,00 %");
    const year = await json(await dongThap.get("/api/v1/dashboard/budget?year=2017&cutoffMonth=12"));
    expect(year.totals.exec.dong).toBe("2500000000");
    // Reported figures are cumulative at their cut-off, never one month's spending (issue 14): they stand beside
    // the monthly series, which has no month of its own here (no payment recorded), so every month is null.
    expect(year.monthly.every((m: { exec: unknown }) => m.exec === null)).toBe(true);
    expect(
      year.reportedCutoffs.map((c: { month: number; kind: string; value: { dong: string } }) => [
        c.month,
        c.kind,
        c.value.dong,
      ]),
    ).toEqual([
      [7, "YEAR_TO_DATE", "1000000000"],
      [12, "ANNUAL", "2500000000"],
    ]);
    const records = await json(
      await dongThap.get(`/api/v1/dashboard/records?year=2017&cutoffMonth=12&unit=${FORMER_DONG_THAP}`),
    );
    expect(records.total.dong).toBe("2500000000");
    expect(await summaryDrift(ctx.db)).toEqual([]);
  });

  it("refuses a revision below what is executed, and a stale version; accepts a proper one", async () => {
    const low = await dongThap.post(`${PLANS}/${planId}/revisions`, {
      version: 1,
      decisionNumber: "456/QĐ-UBND",
      decisionDate: "2017-09-01",
      noteVi: "Điều chỉnh giảm",
      lines: [{ source: "KCDP_TINH", content: "A1_DAO_TAO_NGHE", amount: "2000000000" }],
    });
    expect(low.status).toBe(422);
    expect((await json(low)).code).toBe("PLAN_BELOW_EXECUTED");
    const revised = await dongThap.post(`${PLANS}/${planId}/revisions`, {
      version: 1,
      decisionNumber: "456/QĐ-UBND",
      decisionDate: "2017-09-01",
      noteVi: "Bổ sung kinh phí địa phương",
      lines: [{ source: "KCDP_TINH", content: "A1_DAO_TAO_NGHE", amount: "4000000000" }],
    });
    expect(revised.status).toBe(200);
    const plan = await json(revised);
    expect(plan.revision).toBe(2);
    expect(plan.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    // 2.500 of 4.000 triệu đồng of local money executed; no national money planned any more.
    expect(plan.execPctBySource.KCDP.text).toBe("62,50 %");
    expect(plan.execPctBySource.KCQG).toBeNull();
    const reported = await json(
      await dongThap.get(`/api/v1/reported-figures?year=2017&unit=${FORMER_DONG_THAP}`),
    );
    expect(reported.items.map((r: { valueText: string }) => r.valueText)).toEqual(["1.000,0", "2.500,0"]);
    const stale = await dongThap.post(`${PLANS}/${planId}/revisions`, {
      ...planInput(),
      version: 1,
      unitId: undefined,
      year: undefined,
      programmeId: undefined,
    });
    expect([400, 409]).toContain(stale.status);
    const stale2 = await dongThap.post(`${PLANS}/${planId}/revisions`, {
      version: 1,
      decisionNumber: "789/QĐ-UBND",
      decisionDate: "2017-10-01",
      noteVi: "",
      lines: [{ source: "KCDP_TINH", content: "A1_DAO_TAO_NGHE", amount: "4500000000" }],
    });
    expect(stale2.status).toBe(409);
    expect(
      (await ctx.db.select().from(annualPlanLine).where(eq(annualPlanLine.planId, planId))).map(
        (l) => `${l.amount}`,
      ),
    ).toEqual(["4000000000"]);
    expect(await summaryDrift(ctx.db)).toEqual([]);
  });

  it("answers 404 for a scope the user does not have, and shows the centre everything", async () => {
    expect((await haNoi.get(`${PLANS}/${planId}`)).status).toBe(404);
    expect((await haNoi.get(`/api/v1/dashboard/budget?year=2017&unit=${FORMER_DONG_THAP}`)).status).toBe(404);
    expect((await haNoi.get("/api/v1/dashboard/budget?year=2017&region=NAM")).status).toBe(404);
    expect((await dongThap.get("/api/v1/dashboard/budget?year=2017&region=NAM")).status).toBe(404);
    const national = await json(await central.get("/api/v1/dashboard/budget?year=2017&cutoffMonth=12"));
    expect(national.scope.level).toBe("NATIONAL");
    const south = national.rows.find((r: { key: string }) => r.key === "NAM");
    expect(south.exec.dong).toBe("2500000000");
    const region = await json(await central.get("/api/v1/dashboard/budget?year=2017&region=NAM"));
    expect(region.rows.map((r: { key: string }) => r.key)).toEqual([FORMER_DONG_THAP]);
    const current = await json(
      await central.get("/api/v1/dashboard/budget?year=2017&region=NAM&basis=CURRENT"),
    );
    expect(current.rows.map((r: { key: string }) => r.key)).toEqual([DONG_THAP]);
    expect((await central.get("/api/v1/dashboard/budget?year=2017&cutoffMonth=13")).status).toBe(400);
  });
});
