import { count } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import { annualPlan, auditLog, establishment, project, supportNormSet, user } from "../src/db/schema/index";
import {
  createTestContext,
  DONG_THAP,
  type Engine,
  establishmentInput,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

/**
 * The set-up the odd-input tests share (odd-input.test.ts, odd-bodies.test.ts): an application on `engine` with
 * sample communes, four signed-in roles and one establishment, a count of every table a request could write, and
 * `expectProblem`, which sends a request, expects a problem naming a field and checks that nothing changed. The
 * test context limits JSON bodies to 100 kB and uploads to 6 MB.
 */
export const JSON_LIMIT = 100_000;
export const UPLOAD_LIMIT = 6_000_000;

export type Who = "officer" | "central" | "admin" | "auditor";

/** Registers the suite's beforeAll/afterAll in the calling describe block. */
export function oddInputSuite(engine: Engine) {
  let ctx: TestContext;
  const clients = {} as Record<Who, TestClient>;
  let establishmentId: string;

  const rows = async () => ({
    establishments: (await ctx.db.select({ n: count() }).from(establishment))[0]?.n,
    projects: (await ctx.db.select({ n: count() }).from(project))[0]?.n,
    users: (await ctx.db.select({ n: count() }).from(user))[0]?.n,
    plans: (await ctx.db.select({ n: count() }).from(annualPlan))[0]?.n,
    normSets: (await ctx.db.select({ n: count() }).from(supportNormSet))[0]?.n,
    audit: (await ctx.db.select({ n: count() }).from(auditLog))[0]?.n,
  });

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    clients.officer = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    clients.central = (await signedIn(ctx, { role: "CENTRAL_LEADER" })).client;
    clients.admin = (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client;
    clients.auditor = (await signedIn(ctx, { role: "AUDITOR" })).client;
    const created = await clients.officer.post(
      "/api/v1/establishments",
      establishmentInput({ taxCode: null }),
    );
    expect(created.status).toBe(201);
    establishmentId = (await json(created)).id;
  });
  afterAll(async () => ctx?.close());

  /** Sends the request, expects a problem naming `field`, and checks that no table and no audit row changed. */
  async function expectProblem(
    send: () => Promise<Response>,
    expected: { status: number; code: string; field: string },
  ) {
    const before = await rows();
    const response = await send();
    const text = await response.text();
    expect(response.status, text).toBe(expected.status);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/u);
    const problem = JSON.parse(text);
    expect(problem.code).toBe(expected.code);
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(expected.field);
    for (const error of problem.errors) expect(error.message).toMatch(/\p{L}/u);
    expect(await rows()).toEqual(before);
    return problem;
  }

  /** A request with a body and headers of the test's choosing, from a signed-in client. */
  const raw = async (
    client: TestClient | null,
    path: string,
    init: RequestInit & { headers?: Record<string, string> },
  ) =>
    ctx.app.request(path, {
      ...init,
      headers: {
        "x-test-client-ip": client?.ip ?? "10.9.9.9",
        ...(client ? { cookie: client.cookieHeader, "x-requested-with": "khuyencong" } : {}),
        ...init.headers,
      },
    });

  return {
    get ctx() {
      return ctx;
    },
    get establishmentId() {
      return establishmentId;
    },
    clients,
    rows,
    expectProblem,
    raw,
  };
}

/** Valid bodies of the write routes, each with the one field a test makes odd. */
export function planInput(overrides: Record<string, unknown> = {}) {
  return {
    unitId: "P63-87",
    year: 2017,
    programmeId: "CT-KCQG-2014-2020",
    decisionNumber: "123/QĐ-UBND",
    decisionDate: "2017-01-10",
    noteVi: "",
    lines: [{ source: "KCQG", content: "A1_DAO_TAO_NGHE", amount: "2000000000" }],
    ...overrides,
  };
}

export function normSetInput(
  overrides: Record<string, unknown> = {},
  normOverrides: Record<string, unknown> = {},
) {
  return {
    id: "KCQG_THU_2030",
    version: 1,
    labelVi: "Bộ định mức thử",
    legalDocumentKey: "TT_28_2018_BTC",
    fundingLevel: "KCQG",
    provinceId: null,
    validFrom: "2030-01-01",
    validTo: null,
    confidence: "SECONDARY",
    datesConfidence: "UNCONFIRMED",
    noteVi: "",
    norms: [
      {
        code: "b1",
        activityVi: "Đào tạo nghề",
        maxShareBps: null,
        percentBase: "NONE",
        capDong: "1000000",
        capUnit: null,
        priorityMultiplierMaxBps: 10_000,
        legalBasis: "Thông tư 28/2018/TT-BTC",
        confidence: "SECONDARY",
        ...normOverrides,
      },
    ],
    ...overrides,
  };
}

export function userInput(overrides: Record<string, unknown> = {}) {
  return {
    email: `la-${crypto.randomUUID().slice(0, 8)}@test.khuyencong.vn`,
    name: "Lê Văn Tám",
    role: "PROVINCIAL_OFFICER",
    scope: { kind: "PROVINCE", provinceId: DONG_THAP },
    organisationId: null,
    password: "mot-mat-khau-dai",
    ...overrides,
  };
}

export const disbursement = (overrides: Record<string, unknown>) => ({
  version: 1,
  kind: "PAYMENT",
  amount: "1000000",
  paidOn: "2017-05-01",
  ...overrides,
});
export const progressReport = (overrides: Record<string, unknown>) => ({
  version: 1,
  period: "2017-05",
  reportedOn: "2017-05-31",
  percentComplete: 50,
  ...overrides,
});
