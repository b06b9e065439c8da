import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestExamples } from "../src/platform/openapi-examples";
import { operationIds, publicOperations } from "../src/platform/openapi-operations";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  json,
  seedSampleCommunes,
  signedIn,
  type TestContext,
} from "./support";

const run = promisify(execFile);
const repoRoot = new URL("../../../", import.meta.url).pathname;

type Operation = { operationId?: string; security?: unknown[]; requestBody?: unknown };
type Document = {
  paths: Record<string, Record<string, Operation>>;
  security?: unknown[];
  servers?: unknown[];
};

describe("the served OpenAPI document", () => {
  let ctx: TestContext;
  let document: Document;
  let dir: string;
  beforeAll(async () => {
    ctx = await createTestContext("pglite");
    document = (await json(await ctx.client().get("/api/openapi.json"))) as Document;
    dir = mkdtempSync(join(tmpdir(), "kc-openapi-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ctx?.close();
  });

  it("names every operation from the table, once, and says which are public", () => {
    const seen = new Map<string, string>();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const key = `${method.toUpperCase()} ${path}`;
        expect(operation.operationId, key).toBe(operationIds[key]);
        expect(seen.get(operation.operationId as string), `${key} reuses an operationId`).toBeUndefined();
        seen.set(operation.operationId as string, key);
        if (publicOperations.has(key)) expect(operation.security, key).toEqual([]);
      }
    }
    expect(seen.size).toBe(Object.keys(operationIds).length);
    expect(document.security).toEqual([{ cookieAuth: [] }]);
    expect(document.servers).toHaveLength(1);
  });

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const file = join(dir, "openapi.json");
    writeFileSync(file, JSON.stringify(document));
    const bin = join(repoRoot, "node_modules", ".bin", "redocly");
    const result = await run(
      bin,
      ["lint", file, "--format=json", `--config=${join(repoRoot, "redocly.yaml")}`],
      {
        cwd: repoRoot,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string; stderr?: string }) => ({
      stdout: error.stdout ?? "",
      stderr: error.stderr ?? "",
    }));
    const report = JSON.parse(result.stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string; location: { pointer?: string }[] }[];
    };
    const problems = report.problems.map(
      (p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? "?"}`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("shows examples the server accepts", async () => {
    await seedSampleCommunes(ctx);
    const { client: officer } = await signedIn(ctx, {
      role: "PROVINCIAL_OFFICER",
      scope: { kind: "PROVINCE", provinceId: "P34-82" },
    });
    const establishment = requestExamples["establishments.create"] as { communeId: string };
    expect(establishment.communeId).toBe(COMMUNE_DONG_THAP);
    const created = await officer.post("/api/v1/establishments", establishment);
    expect(created.status, await created.clone().text()).toBe(201);
    const { client: admin } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    const user = await admin.post("/api/v1/users", requestExamples["users.create"]);
    expect(user.status, await user.clone().text()).toBe(201);
    const signIn = await ctx.client().post("/api/v1/auth/sign-in", requestExamples["auth.signIn"]);
    expect([200, 401]).toContain(signIn.status); // valid shape; the demo account exists only in demo mode
  });
});
