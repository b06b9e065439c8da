import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../support";
import { createFingerprinter } from "./fingerprint";
import { encodeLoose, paramPoolKey } from "./requests";
import { type Operation, ResponseChecker } from "./response-check";
import { patternSource, type Schema, validArb } from "./schema-arbitrary";

/** The fuzz run is only as good as its checks: each must be able to fail. */

const problem = {
  type: "object",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    code: { type: "string" },
    requestId: { type: "string" },
  },
  required: ["type", "title", "status", "detail", "code", "requestId"],
};
const document: Schema = {
  components: {
    schemas: {
      Problem: problem,
      Thing: {
        type: "object",
        properties: { id: { type: "string" }, on: { type: "string", format: "date" } },
        required: ["id"],
      },
    },
  },
};
const op: Operation = {
  path: "/things/{id}",
  method: "get",
  operation: {
    responses: {
      200: { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
      404: { content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } },
    },
  },
};
const aProblem = JSON.stringify({
  type: "t",
  title: "t",
  status: 415,
  detail: "d",
  code: "X",
  requestId: "r",
});

describe("fuzz response checks", () => {
  const checker = new ResponseChecker(document);

  it("accepts an answer that keeps the contract", () => {
    expect(checker.check(op, 200, "application/json", '{"id":"a","on":"2025-01-31"}')).toEqual([]);
    expect(checker.check(op, 415, "application/problem+json; charset=utf-8", aProblem)).toEqual([]);
  });

  it("flags 500s, undocumented statuses, wrong content types and bodies, and leaks", () => {
    expect(checker.check(op, 500, "application/problem+json", aProblem)).toEqual(["server error 500"]);
    expect(checker.check(op, 201, "application/json", "{}")).toEqual(["undocumented status 201"]);
    expect(checker.check(op, 200, "text/html", "<p>")).toEqual([
      "content type text/html not documented (application/json)",
    ]);
    expect(checker.check(op, 200, "application/json", '{"on":"2025-01-30"}')[0]).toMatch(
      /required property 'id'/,
    );
    expect(checker.check(op, 200, "application/json", '{"id":"a","on":"0000-13-01"}')[0]).toMatch(/format/);
    expect(checker.check(op, 415, "text/plain", "Unsupported Media Type")).toEqual([
      "status 415 answered as text/plain",
    ]);
    const leaky = JSON.stringify({
      type: "t",
      title: "t",
      status: 404,
      detail: 'relation "project" does not exist at Object.run (/srv/src/x.ts:12:3)',
      code: "X",
      requestId: "r",
    });
    const reasons = checker.check(op, 404, "application/problem+json", leaky);
    expect(reasons.some((r) => r.startsWith("leaks stack trace"))).toBe(true);
    expect(reasons.some((r) => r.startsWith("leaks SQL relation"))).toBe(true);
  });
});

describe("fuzz request generation", () => {
  it("sends unpaired surrogates as their (invalid) UTF-8 bytes instead of throwing", () => {
    expect(encodeLoose("a\ud800")).toBe("a%ED%A0%80");
    expect(encodeLoose("Đ/?")).toBe(encodeURIComponent("Đ/?"));
  });

  it("keys path parameters by the resource they name, and account writes apart", () => {
    expect(paramPoolKey("/api/v1/projects/{id}/documents/{documentId}/file", "documentId", "get")).toBe(
      "documents:documentId",
    );
    expect(paramPoolKey("/api/v1/users/{id}/disable", "id", "post")).toBe("users:id:write");
  });

  it("reads the regex that the document copies with its flags", () => {
    expect(patternSource("^\\d{4}-(0[1-9]|1[0-2])$/u")).toBe("^\\d{4}-(0[1-9]|1[0-2])$");
  });

  it("makes values the schema accepts, real ids first", () => {
    const schema: Schema = {
      type: "object",
      properties: {
        establishmentId: { type: "string" },
        amount: { type: "string", pattern: "^-?(?:0|[1-9]\\d{0,17})$/u" },
        paidOn: { type: "string", format: "date" },
        year: { type: "integer", minimum: 2007, maximum: 2100 },
      },
      required: ["establishmentId", "amount", "paidOn", "year"],
      additionalProperties: false,
    };
    const ctx = {
      resolve: (s: Schema) => s,
      pool: (n: string) => (n === "establishmentId" ? ["E-1"] : undefined),
    };
    const samples = fc.sample(validArb(schema, ctx), { numRuns: 200, seed: 1 }) as Record<string, unknown>[];
    for (const value of samples) {
      expect(value.amount).toMatch(/^-?(?:0|[1-9]\d{0,17})$/);
      expect(value.paidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(value.year).toBeGreaterThanOrEqual(2007);
    }
    expect(samples.filter((v) => v.establishmentId === "E-1").length).toBeGreaterThan(100);
  });
});

describe("fuzz database fingerprint on pglite", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext("pglite");
  });
  afterAll(async () => ctx?.close());

  it("moves with a business write and with a successful audit row, not with a denial", async () => {
    const fingerprint = await createFingerprinter(ctx.db);
    const first = await fingerprint();
    await ctx.db.execute(
      sql`insert into audit_log (category, action, outcome) values ('ACCESS', 'DENIED:x', 'DENIED')`,
    );
    expect(await fingerprint()).toBe(first);
    await ctx.db.execute(
      sql`insert into audit_log (category, action, outcome) values ('DATA', 'X', 'SUCCESS')`,
    );
    const second = await fingerprint();
    expect(second).not.toBe(first);
    await ctx.db.execute(
      sql`update admin_unit set version = version + 1 where id = (select min(id) from admin_unit)`,
    );
    expect(await fingerprint()).not.toBe(second);
  });
});
