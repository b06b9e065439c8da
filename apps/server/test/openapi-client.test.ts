import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  establishmentInput,
  json,
  seedSampleCommunes,
  signedIn,
  type TestContext,
} from "./support";

const run = promisify(execFile);
const repoRoot = new URL("../../../", import.meta.url).pathname;
/** The client's types, generated from the served document and committed; `npm run api:types` writes them again. */
const generatedPath = join(repoRoot, "apps/web/src/api/openapi.gen.ts");
const HEADER =
  "// Generated from /api/openapi.json by openapi-typescript (apps/server/test/openapi-client.test.ts).\n" +
  "// Do not edit: run `npm run api:types` after changing a route.\n\n";

describe("a client generated from the OpenAPI document", () => {
  let ctx: TestContext;
  let dir: string;
  beforeAll(async () => {
    ctx = await createTestContext("pglite");
    dir = mkdtempSync(join(tmpdir(), "kc-api-client-"));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ctx?.close();
  });

  it("is up to date with the served document", async () => {
    const document = await json(await ctx.client().get("/api/openapi.json"));
    const generated = HEADER + astToString(await openapiTS(document));
    if (process.env.KC_UPDATE_API_TYPES === "1") writeFileSync(generatedPath, generated);
    expect(readFileSync(generatedPath, "utf8"), "run `npm run api:types`").toBe(generated);
  });

  it("type-checks the server's real answers", async () => {
    await seedSampleCommunes(ctx);
    const { client: officer } = await signedIn(ctx, {
      role: "PROVINCIAL_OFFICER",
      scope: { kind: "PROVINCE", provinceId: "P34-82" },
    });
    const created = await json(
      await officer.post("/api/v1/establishments", establishmentInput({ communeId: COMMUNE_DONG_THAP })),
    );
    const { client: admin } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    const answers: [path: string, client: typeof officer, url: string][] = [
      ["/api/v1/me", officer, "/api/v1/me"],
      ["/api/v1/establishments", officer, "/api/v1/establishments"],
      ["/api/v1/establishments/{id}", officer, `/api/v1/establishments/${created.id}`],
      ["/api/v1/establishments/{id}/history", officer, `/api/v1/establishments/${created.id}/history`],
      ["/api/v1/admin-units", officer, "/api/v1/admin-units?level=TINH"],
      ["/api/v1/projects", officer, "/api/v1/projects"],
      ["/api/v1/support-norm-sets", officer, "/api/v1/support-norm-sets"],
      ["/api/v1/annual-plans", officer, "/api/v1/annual-plans"],
      ["/api/v1/users", admin, "/api/v1/users"],
      ["/api/v1/audit-events", admin, "/api/v1/audit-events"],
    ];
    const lines = [`import type { paths } from ${JSON.stringify(generatedPath.replace(/\.ts$/, ""))};`];
    for (const [index, [path, client, url]] of answers.entries()) {
      const response = await client.get(url);
      expect(response.status, url).toBe(200);
      const body = JSON.stringify(await response.json());
      lines.push(
        `export const answer${index}: paths[${JSON.stringify(path)}]["get"]["responses"][200]["content"]["application/json"] = ${body};`,
      );
    }
    const file = join(dir, "answers.ts");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const tsc = join(repoRoot, "node_modules", ".bin", "tsc");
    const flags = ["--noEmit", "--strict", "--skipLibCheck", "--target", "es2022", "--module", "preserve"];
    const result = await run(tsc, [...flags, "--moduleResolution", "bundler", file], { cwd: repoRoot }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? "tsc failed" }),
    );
    expect(result.stdout).toBe("");
  });
});
