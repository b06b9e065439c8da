import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPlainPatterns } from "../src/platform/openapi-document";
import { createTestContext, json, signedIn, type TestContext } from "./support";

/** Every `pattern` of a document, with where it is. */
function patternsOf(node: unknown, at = "$"): { at: string; pattern: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => patternsOf(item, `${at}[${i}]`));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "pattern" && typeof value === "string"
      ? [{ at, pattern: value }]
      : patternsOf(value, `${at}.${key}`),
  );
}

describe("patterns in the served OpenAPI document", () => {
  it("drops the flags the generator leaves behind, and nothing else", () => {
    const repaired = withPlainPatterns({
      a: { pattern: "^\\d{4}$/u" },
      b: [{ pattern: "^x$/iu" }, { pattern: "^a\\/u$" }, { pattern: "^plain$" }],
      c: { description: "ends with /u" },
    });
    expect(repaired).toEqual({
      a: { pattern: "^\\d{4}$" },
      b: [{ pattern: "^x$" }, { pattern: "^a\\/u$" }, { pattern: "^plain$" }],
      c: { description: "ends with /u" },
    });
  });

  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext("pglite");
  });
  afterAll(async () => ctx?.close());

  it("serves only patterns a JSON Schema validator compiles, which accept the values the server accepts", async () => {
    const document = await json(await ctx.client().get("/api/openapi.json"));
    const patterns = patternsOf(document);
    expect(patterns.length).toBeGreaterThan(5);
    for (const { at, pattern } of patterns) {
      expect(pattern, at).not.toMatch(/(?<!\\)\/[dgimsuvy]+$/);
      expect(() => new RegExp(pattern, "u"), at).not.toThrow();
    }
    const money = patterns.filter((p) => /amount/i.test(p.at)).map((p) => new RegExp(p.pattern, "u"));
    expect(money.length).toBeGreaterThan(0);
    for (const re of money) expect(re.test("1200000")).toBe(true);
    const website = patterns.find((p) => p.at.endsWith(".website"));
    if (website) expect(new RegExp(website.pattern, "u").test("HTTP://coso.vn")).toBe(true);
  });

  it("stores an uploaded file's name made safe, so NUL in it is not a 500", async () => {
    const { client } = await signedIn(ctx, {
      role: "PROVINCIAL_OFFICER",
      scope: { kind: "PROVINCE", provinceId: "P34-82" },
    });
    const form = new FormData();
    form.append("file", new File(["Tên cơ sở\n"], "danh\u0000sách\u202E.csv"));
    const answer = await client.request("POST", "/api/v1/establishment-imports?dryRun=true", form);
    expect(answer.status, await answer.clone().text()).toBe(202);
  });
});
