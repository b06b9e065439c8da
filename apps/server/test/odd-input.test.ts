import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annualPlan, auditLog, establishment, project, supportNormSet, user } from "../src/db/schema/index";
import { projectInput } from "./project-support";
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
 * Odd but harmless input must give a 4xx problem naming the field and change nothing, never a 500 or a crash
 * (issue 12, items 3 and 4). The test context limits JSON bodies to 100 kB and uploads to 6 MB.
 */

const JSON_LIMIT = 100_000;
const UPLOAD_LIMIT = 6_000_000;

type Who = "officer" | "central" | "admin" | "auditor";

function planInput(overrides: Record<string, unknown> = {}) {
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

function normSetInput(overrides: Record<string, unknown> = {}, normOverrides: Record<string, unknown> = {}) {
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

function userInput(overrides: Record<string, unknown> = {}) {
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

const disbursement = (overrides: Record<string, unknown>) => ({
  version: 1,
  kind: "PAYMENT",
  amount: "1000000",
  paidOn: "2017-05-01",
  ...overrides,
});
const progressReport = (overrides: Record<string, unknown>) => ({
  version: 1,
  period: "2017-05",
  reportedOn: "2017-05-31",
  percentComplete: 50,
  ...overrides,
});

describe.each(engines)("odd input on %s", (engine) => {
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

  describe("ids with NUL in the path", () => {
    it.each<[Who, string, string]>([
      ["officer", "/api/v1/establishments/%00", "path.id"],
      ["officer", "/api/v1/establishments/%00/history", "path.id"],
      ["officer", "/api/v1/projects/%00", "path.id"],
      ["officer", "/api/v1/projects/a%00b/dossier.docx", "path.id"],
      ["admin", "/api/v1/users/%00", "path.id"],
      ["central", "/api/v1/annual-plans/%00", "path.id"],
      ["admin", "/api/v1/admin-units/%00", "path.id"],
      ["central", "/api/v1/support-norm-sets/%00", "path.id"],
      ["officer", "/api/v1/establishment-imports/%00", "path.jobId"],
      ["officer", "/api/v1/establishments/%01%7F", "path.id"],
    ])("%s GET %s → 400 naming %s", async (who, path, field) => {
      await expectProblem(() => clients[who].get(path), { status: 400, code: "VALIDATION_FAILED", field });
    });
  });

  describe("query parameters with NUL", () => {
    it.each<[Who, string, string]>([
      ["officer", "/api/v1/establishments?communeId=%00", "query.communeId"],
      ["officer", "/api/v1/establishments?provinceId=P34%0082", "query.provinceId"],
      ["officer", "/api/v1/establishments?q=g%C3%B4m%00", "query.q"],
      ["officer", "/api/v1/establishments/export?communeId=%00", "query.communeId"],
      ["officer", "/api/v1/projects?provinceId=%00", "query.provinceId"],
      ["admin", "/api/v1/users?provinceId=%00", "query.provinceId"],
      ["admin", "/api/v1/organisations?provinceId=%00", "query.provinceId"],
      ["admin", "/api/v1/admin-units?level=XA&parentId=%00", "query.parentId"],
      ["central", "/api/v1/annual-plans?unit=%00", "query.unit"],
      ["central", "/api/v1/reported-figures?unit=%00", "query.unit"],
      ["central", "/api/v1/dashboard/budget?year=2017&unit=%00", "query.unit"],
      ["central", "/api/v1/dashboard/records?year=2017&unit=%00", "query.unit"],
      ["central", "/api/v1/support-norm-sets?provinceId=%00", "query.provinceId"],
      ["auditor", "/api/v1/audit-events?entityId=%00", "query.entityId"],
      ["auditor", "/api/v1/audit-events?entity=%00", "query.entity"],
    ])("%s GET %s → 400 naming %s", async (who, path, field) => {
      await expectProblem(() => clients[who].get(path), { status: 400, code: "VALIDATION_FAILED", field });
    });
  });

  describe("malformed query strings and paths", () => {
    it.each<[Who, string]>([
      ["officer", "/api/v1/establishments?page=%E0%A4%A"],
      ["officer", "/api/v1/establishments?q=%ZZ%"],
      ["officer", "/api/v1/establishments?communeId=a&communeId=b"],
      ["officer", "/api/v1/establishments?page=1e400"],
      ["officer", "/api/v1/establishments/%E0%A4%A"],
      ["officer", "/api/v1/establishments/%ZZ"],
      ["officer", "/api/v1/projects?planYear=-0&pageSize=0x10"],
      ["central", "/api/v1/dashboard/budget?year=%00"],
      ["central", "/api/v1/dashboard/outputs?yearFrom=2017&yearTo=2017&unit=P63-87&unit=P63-01"],
      ["auditor", "/api/v1/audit-events?from=2025-02-30&to=x"],
    ])("%s GET %s → an answer or a 4xx problem, never 500", async (who, path) => {
      const before = await rows();
      const response = await clients[who].get(path);
      expect(response.status).toBeLessThan(500);
      if (response.status >= 400) {
        expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/u);
        expect((await json(response)).code).toMatch(/^[A-Z_]+$/u);
      }
      expect(await rows()).toEqual(before);
    });
  });

  describe("year 0000 and dates outside 1900–2100", () => {
    it.each<[string, Who, string, string, () => unknown, string]>([
      [
        "project startDate",
        "officer",
        "POST",
        "/api/v1/projects",
        () => projectInput(establishmentId, { startDate: "0000-01-01" }),
        "body.startDate",
      ],
      [
        "plan decisionDate",
        "central",
        "POST",
        "/api/v1/annual-plans",
        () => planInput({ decisionDate: "0000-01-01" }),
        "body.decisionDate",
      ],
      [
        "norm validFrom",
        "central",
        "POST",
        "/api/v1/support-norm-sets",
        () => normSetInput({ validFrom: "0000-01-01" }),
        "body.validFrom",
      ],
      [
        "norm validTo",
        "central",
        "POST",
        "/api/v1/support-norm-sets",
        () => normSetInput({ validTo: "2101-01-01" }),
        "body.validTo",
      ],
      [
        "paidOn",
        "officer",
        "POST",
        "/api/v1/projects/P-1/disbursements",
        () => disbursement({ paidOn: "0000-12-31" }),
        "body.paidOn",
      ],
      [
        "reportedOn",
        "officer",
        "POST",
        "/api/v1/projects/P-1/progress-reports",
        () => progressReport({ reportedOn: "0000-05-31" }),
        "body.reportedOn",
      ],
    ])("%s → 400 naming the field", async (_, who, method, path, body, field) => {
      const problem = await expectProblem(() => clients[who].request(method, path, body()), {
        status: 400,
        code: "VALIDATION_FAILED",
        field,
      });
      expect(problem.errors.find((e: { path: string }) => e.path === field).message).toMatch(/1900.*2100/u);
    });

    it.each(["/api/v1/audit-events?from=0000-01-01", "/api/v1/audit-events?to=1899-12-31"])(
      "auditor GET %s → 400",
      async (path) => {
        await expectProblem(() => clients.auditor.get(path), {
          status: 400,
          code: "VALIDATION_FAILED",
          field: path.includes("from") ? "query.from" : "query.to",
        });
      },
    );
  });

  describe("money strings that fail the pattern", () => {
    const long = "9".repeat(90_000);
    const shown = (value: string) => (value.length > 20 ? `${value.length} chữ số` : JSON.stringify(value));

    it.each(["1.5", "0.5", "1e3", "１２３", "-0", " 12", long].map((v) => [shown(v), v]))(
      "plan amount %s → 400",
      async (_, amount) => {
        await expectProblem(
          () =>
            clients.central.post(
              "/api/v1/annual-plans",
              planInput({ lines: [{ source: "KCQG", content: "A1_DAO_TAO_NGHE", amount }] }),
            ),
          { status: 400, code: "VALIDATION_FAILED", field: "body.lines.0.amount" },
        );
      },
    );

    it.each(["0.5", "1e3", "１２３", "", long].map((v) => [shown(v), v]))(
      "disbursement amount %s → 400 (a positive amount checked after the pattern)",
      async (_, amount) => {
        await expectProblem(
          () => clients.officer.post("/api/v1/projects/P-1/disbursements", disbursement({ amount })),
          {
            status: 400,
            code: "VALIDATION_FAILED",
            field: "body.amount",
          },
        );
      },
    );
  });

  describe("text fields: NUL, unpaired surrogates, controls, bidi overrides, invisible names", () => {
    const cases: [string, Who, string, () => unknown, string][] = [
      [
        "commune id with NUL",
        "officer",
        "/api/v1/establishments",
        () => establishmentInput({ taxCode: null, communeId: "XA-28249\u0000" }),
        "body.communeId",
      ],
      [
        "establishment name with an unpaired surrogate",
        "officer",
        "/api/v1/establishments",
        () => establishmentInput({ taxCode: null, name: "Cơ sở x\ud800y" }),
        "body.name",
      ],
      [
        "establishment owner with a bidi override",
        "officer",
        "/api/v1/establishments",
        () => establishmentInput({ taxCode: null, ownerName: "Lê \u202EVăn" }),
        "body.ownerName",
      ],
      [
        "project summary with NUL",
        "officer",
        "/api/v1/projects",
        () => projectInput(establishmentId, { summary: "Tóm tắt\u0000" }),
        "body.summary",
      ],
      [
        "project summary with an unpaired surrogate",
        "officer",
        "/api/v1/projects",
        () => projectInput(establishmentId, { summary: "x\udc00y" }),
        "body.summary",
      ],
      [
        "project summary with a bell",
        "officer",
        "/api/v1/projects",
        () => projectInput(establishmentId, { summary: "chuông\u0007" }),
        "body.summary",
      ],
      [
        "project title of zero-width spaces only",
        "officer",
        "/api/v1/projects",
        () => projectInput(establishmentId, { title: "\u200B\u200B" }),
        "body.title",
      ],
      [
        "norm code with NUL",
        "central",
        "/api/v1/support-norm-sets",
        () => normSetInput({}, { code: "b\u00001" }),
        "body.norms.0.code",
      ],
      [
        "norm note with NUL",
        "central",
        "/api/v1/support-norm-sets",
        () => normSetInput({}, { noteVi: "ghi\u0000chú" }),
        "body.norms.0.noteVi",
      ],
      [
        "norm set note with an unpaired surrogate",
        "central",
        "/api/v1/support-norm-sets",
        () => normSetInput({ noteVi: "\ud800" }),
        "body.noteVi",
      ],
      ["user name with NUL", "admin", "/api/v1/users", () => userInput({ name: "Lê\u0000Văn" }), "body.name"],
      [
        "user name with an unpaired surrogate",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "x\ud800y" }),
        "body.name",
      ],
      [
        "user name with a control",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "Lê Văn\u0085" }),
        "body.name",
      ],
      [
        "user name with a bidi isolate",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "Lê \u2067Văn" }),
        "body.name",
      ],
      [
        "user name with a BOM",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "\uFEFFLê Văn" }),
        "body.name",
      ],
      [
        "invisible user name",
        "admin",
        "/api/v1/users",
        () => userInput({ name: "\u3164\u3164\u3164" }),
        "body.name",
      ],
      [
        "user password with an unpaired surrogate",
        "admin",
        "/api/v1/users",
        () => userInput({ password: "mat-khau-\ud800-dai" }),
        "body.password",
      ],
      [
        "organisation id with NUL",
        "admin",
        "/api/v1/users",
        () => userInput({ organisationId: "ORG\u0000" }),
        "body.organisationId",
      ],
      [
        "scope province with NUL",
        "admin",
        "/api/v1/users",
        () => userInput({ scope: { kind: "PROVINCE", provinceId: "P34-82\u0000" } }),
        "body.scope.provinceId",
      ],
      [
        "decision number with NUL",
        "central",
        "/api/v1/annual-plans",
        () => planInput({ decisionNumber: "12\u0000/QĐ" }),
        "body.decisionNumber",
      ],
      [
        "plan note with an unpaired surrogate",
        "central",
        "/api/v1/annual-plans",
        () => planInput({ noteVi: "x\ud800" }),
        "body.noteVi",
      ],
      [
        "plan unit with NUL",
        "central",
        "/api/v1/annual-plans",
        () => planInput({ unitId: "P63-87\u0000" }),
        "body.unitId",
      ],
    ];
    it.each(cases)("%s → 400 naming the field", async (_, who, path, body, field) => {
      await expectProblem(() => clients[who].post(path, body()), {
        status: 400,
        code: "VALIDATION_FAILED",
        field,
      });
    });

    it("still accepts the same bodies without the odd character (the cases above fail only on it)", async () => {
      const name = await clients.admin.post("/api/v1/users", userInput({ name: "Lê Văn Tám" }));
      expect(name.status).toBe(201);
      const plan = await clients.central.post(
        "/api/v1/annual-plans",
        planInput({ noteVi: "dòng 1\ndòng 2" }),
      );
      expect(plan.status).toBe(201);
      expect((await json(plan)).revisions[0].noteVi).toBe("dòng 1 dòng 2");
    });
  });

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

  describe("bodies that are not JSON", () => {
    const body = new TextEncoder().encode(JSON.stringify(establishmentInput({ taxCode: null })));
    it.each([
      ["text/plain", "text/plain;charset=UTF-8"],
      ["a form", "application/x-www-form-urlencoded"],
      ["multipart", "multipart/form-data; boundary=x"],
      ["XML", "application/xml"],
      ["no type at all", null],
    ])("%s on a JSON route → 415 UNSUPPORTED_MEDIA_TYPE", async (_, type) => {
      const problem = await expectProblem(
        () =>
          raw(clients.officer, "/api/v1/establishments", {
            method: "POST",
            body,
            headers: type ? { "content-type": type } : {},
          }),
        { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", field: "header.content-type" },
      );
      expect(problem.title).toBe("Kiểu nội dung không được hỗ trợ");
      if (type) expect(problem.detail).toContain(type.split(";")[0]);
    });

    it("no type and no body on a JSON route → 415, not a list of missing fields", async () => {
      await expectProblem(() => raw(clients.officer, "/api/v1/establishments", { method: "POST" }), {
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
        field: "header.content-type",
      });
    });

    it("anonymous sign-in as text/plain → 415, not 500", async () => {
      await expectProblem(
        () =>
          raw(null, "/api/v1/auth/sign-in", {
            method: "POST",
            body: JSON.stringify({ email: "a@b.vn", password: "x" }),
            headers: { "content-type": "text/plain" },
          }),
        { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", field: "header.content-type" },
      );
    });

    it("broken JSON and broken multipart → 400 naming the body", async () => {
      await expectProblem(
        () =>
          raw(clients.officer, "/api/v1/establishments", {
            method: "POST",
            body: '{"name": "Cơ sở',
            headers: { "content-type": "application/json" },
          }),
        { status: 400, code: "MALFORMED_JSON", field: "body" },
      );
      await expectProblem(
        () =>
          raw(clients.officer, "/api/v1/establishment-imports", {
            method: "POST",
            body: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
            headers: { "content-type": "multipart/form-data; boundary=x" },
          }),
        { status: 400, code: "VALIDATION_FAILED", field: "body" },
      );
    });
  });

  describe("body limits count streamed bytes (no Content-Length)", () => {
    /** A body sent in 16 kB chunks as a stream, so the request carries no Content-Length. */
    const chunked = (bytes: number, fill = "[") =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          const chunk = new TextEncoder().encode(fill.repeat(16_384));
          for (let sent = 0; sent < bytes; sent += chunk.length) controller.enqueue(chunk);
          controller.close();
        },
      });
    const streamed = (client: TestClient | null, path: string, bytes: number, type: string) =>
      raw(client, path, {
        method: "POST",
        body: chunked(bytes),
        headers: { "content-type": type },
        // A stream body needs half-duplex in fetch's Request; the DOM RequestInit type lacks the member.
        duplex: "half",
      } as RequestInit & { headers: Record<string, string> });

    it.each<[string, string, number, string]>([
      ["anonymous JSON sign-in", "/api/v1/auth/sign-in", 2 * JSON_LIMIT, "application/json"],
      ["JSON just over the limit", "/api/v1/auth/sign-in", JSON_LIMIT + 16_384, "application/json"],
      ["text/plain on a JSON route", "/api/v1/establishments", 2 * JSON_LIMIT, "text/plain"],
      ["JSON on an upload route", "/api/v1/establishment-imports", 2 * JSON_LIMIT, "application/json"],
      [
        "multipart on a JSON route",
        "/api/v1/establishments",
        2 * JSON_LIMIT,
        "multipart/form-data; boundary=x",
      ],
      [
        "multipart over the upload limit",
        "/api/v1/establishment-imports",
        UPLOAD_LIMIT + 16_384,
        "multipart/form-data; boundary=x",
      ],
    ])("%s → 413 PAYLOAD_TOO_LARGE", async (_, path, bytes, type) => {
      const client = path.includes("sign-in") ? null : clients.officer;
      const before = await rows();
      const response = await streamed(client, path, bytes, type);
      expect(response.status).toBe(413);
      expect((await json(response)).code).toBe("PAYLOAD_TOO_LARGE");
      expect(await rows()).toEqual(before);
    });

    it("a multipart upload above the JSON limit but within the upload limit is read", async () => {
      const form = new FormData();
      form.append(
        "file",
        new File([new Uint8Array(3 * JSON_LIMIT).fill(65)], "co-so.csv", { type: "text/csv" }),
      );
      const response = await clients.officer.request(
        "POST",
        "/api/v1/establishment-imports?dryRun=true",
        form,
      );
      expect(response.status).not.toBe(413);
      expect(response.status).toBeLessThan(500);
    });

    it("a real listening server answers 413 to a chunked body and keeps answering", async () => {
      const server = serve({ fetch: ctx.app.fetch, port: 0, hostname: "127.0.0.1" });
      await new Promise((resolve) => server.once("listening", resolve));
      const { port } = server.address() as AddressInfo;
      try {
        const closedEarly = (error: Error) => /EPIPE|ECONNRESET|socket hang up/u.test(error.message);
        const send = (path: string, method: string, body?: ReadableStream<Uint8Array>) =>
          new Promise<{ status: number; body: string }>((resolve, reject) => {
            const request = httpRequest(
              {
                host: "127.0.0.1",
                port,
                path,
                method,
                headers: { "content-type": "application/json" },
              },
              (response) => {
                let text = "";
                response.setEncoding("utf8");
                response.on("data", (part) => {
                  text += part;
                });
                response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
              },
            );
            // The server may answer and close before the whole body is sent: that is the point.
            request.on("error", (error) => (closedEarly(error) ? undefined : reject(error)));
            if (!body) return void request.end();
            void (async () => {
              try {
                for await (const chunk of body) {
                  if (!request.write(chunk)) await new Promise((r) => request.once("drain", r));
                }
                request.end();
              } catch {
                request.destroy();
              }
            })();
          });

        // 20 × the limit in chunks: without a stream limit this was read and parsed in full.
        const big = await send("/api/v1/auth/sign-in", "POST", chunked(20 * JSON_LIMIT));
        expect(big.status).toBe(413);
        expect(JSON.parse(big.body).code).toBe("PAYLOAD_TOO_LARGE");
        const health = await send("/healthz", "GET");
        expect(health.status).toBe(200);
        const signIn = await send(
          "/api/v1/auth/sign-in",
          "POST",
          new Blob([
            JSON.stringify({ email: "khong-co@test.khuyencong.vn", password: "sai-mat-khau" }),
          ]).stream(),
        );
        expect(signIn.status).toBe(401);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
});
