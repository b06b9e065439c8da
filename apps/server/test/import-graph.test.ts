import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The import-graph rules of `.dependency-cruiser.cjs` (run by `npm run check:imports` in `npm test`) on small trees
 * of our own: a clean one that follows every layer must pass, and the same tree with one offending file per rule
 * must fail with exactly that rule on exactly that file. Without this, a rule with a mistyped path would pass
 * whatever the code did.
 */

const repoRoot = new URL("../../../", import.meta.url).pathname;
const configPath = join(repoRoot, ".dependency-cruiser.cjs");
const depcruise = join(repoRoot, "node_modules/dependency-cruiser/bin/dependency-cruiser.mjs");
const run = promisify(execFile);

/** A tree with every layer importing only downwards, plus the two allowed exceptions (builders, test fixtures). */
const cleanTree: Record<string, string> = {
  "apps/server/src/db/client.ts": "export const db = {};\n",
  "apps/server/src/platform/context.ts": 'import { db } from "../db/client";\nexport const deps = { db };\n',
  "apps/server/src/platform/openapi-examples.ts":
    'import { buildThing } from "../seed/builders/thing-builder";\nexport const example = buildThing();\n',
  "apps/server/src/modules/things/create-thing.ts":
    'import { deps } from "../../platform/context";\nexport const createThing = () => deps;\n',
  "apps/server/src/modules/things/thing-access.ts": "export const authorizeThing = () => true;\n",
  "apps/server/src/modules/things/things.routes.ts":
    'import { createThing } from "./create-thing";\nimport { authorizeThing } from "./thing-access";\nexport const thingRoutes = [createThing, authorizeThing];\n',
  "apps/server/src/seed/builders/thing-builder.ts":
    'import { thingKinds } from "../../../../../packages/domain/src/index";\nexport const buildThing = () => thingKinds[0];\n',
  "apps/server/src/seed/demo/demo-things.ts":
    'import { createThing } from "../../modules/things/create-thing";\nexport const seedThings = createThing;\n',
  "apps/server/src/app.ts":
    'import { thingRoutes } from "./modules/things/things.routes";\nexport const app = thingRoutes;\n',
  "apps/server/src/server.ts":
    'import { app } from "./app";\nimport { seedThings } from "./seed/demo/demo-things";\nexport const server = [app, seedThings];\n',
  "packages/domain/src/index.ts": 'export const thingKinds = ["A"] as const;\n',
  "packages/domain/src/things/testing/cases.ts": 'export const cases = ["A"];\n',
  "packages/domain/src/things/rules.test.ts": 'import { cases } from "./testing/cases";\nexport { cases };\n',
  "apps/web/src/main.tsx":
    'import { thingKinds } from "../../../packages/domain/src/index";\nexport const App = () => thingKinds;\n',
};

/** One offending file per rule: the rule that must fire, and on which file. */
const violations: { rule: string; file: string; source: string }[] = [
  {
    rule: "no-cycles",
    file: "packages/domain/src/loop-a.ts",
    source: 'import type { B } from "./loop-b";\nexport type A = { b?: B };\n',
  },
  {
    rule: "db-looks-down",
    file: "apps/server/src/db/seed-from-db.ts",
    source: 'import { createThing } from "../modules/things/create-thing";\nexport const x = createThing;\n',
  },
  {
    rule: "platform-below-modules",
    file: "apps/server/src/platform/demo-link.ts",
    source: 'import { seedThings } from "../seed/demo/demo-things";\nexport const x = seedThings;\n',
  },
  {
    rule: "modules-below-seed",
    file: "apps/server/src/modules/things/use-demo.ts",
    source: 'import { seedThings } from "../../seed/demo/demo-things";\nexport const x = seedThings;\n',
  },
  {
    rule: "seed-below-composition",
    file: "apps/server/src/seed/demo/start.ts",
    source: 'import { app } from "../../app";\nexport const x = app;\n',
  },
  {
    rule: "builders-are-pure",
    file: "apps/server/src/seed/builders/deps-builder.ts",
    source: 'import { deps } from "../../platform/context";\nexport const x = deps;\n',
  },
  {
    rule: "routes-not-from-routes",
    file: "apps/server/src/modules/things/thing-exports.routes.ts",
    source: 'import { thingRoutes } from "./things.routes";\nexport const x = thingRoutes;\n',
  },
  {
    rule: "domain-imports-no-app",
    file: "packages/domain/src/server-peek.ts",
    source: 'import { db } from "../../../apps/server/src/db/client";\nexport const x = db;\n',
  },
  {
    rule: "domain-ships-no-fixtures",
    file: "packages/domain/src/things/rules.ts",
    source: 'import { cases } from "./testing/cases";\nexport const x = cases;\n',
  },
  {
    rule: "web-imports-no-server",
    file: "apps/web/src/server-peek.ts",
    source: 'import { deps } from "../../server/src/platform/context";\nexport const x = deps;\n',
  },
  {
    rule: "not-to-unresolvable",
    file: "apps/web/src/typo.ts",
    source: 'import { x } from "./nowhere";\nexport const y = x;\n',
  },
];
// The other half of the cycle: it only fires together with loop-a.ts.
const cycleHalf = {
  "packages/domain/src/loop-b.ts": 'import type { A } from "./loop-a";\nexport type B = { a?: A };\n',
};

type Violation = { rule: string; from: string; to: string };

function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "kc-import-graph-"));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

/** Runs the check in `dir` (the rules' paths are relative to it); exit code and output, as the shell sees them. */
async function depcruiseIn(dir: string, extraArgs: string[] = []) {
  const args = [depcruise, "apps", "packages", "--config", configPath, ...extraArgs];
  return run(process.execPath, args, { cwd: dir, maxBuffer: 20_000_000 }).then(
    ({ stdout }) => ({ stdout, exitCode: 0 }),
    (error: { stdout: string; code: number }) => ({ stdout: error.stdout, exitCode: error.code }),
  );
}

/** The violations as scripts/test-all.sh reads them: from the JSON report, whose exit code is always 0. */
async function violationsIn(dir: string): Promise<Violation[]> {
  const { stdout } = await depcruiseIn(dir, ["--output-type", "json"]);
  const report = JSON.parse(stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe("import-graph rules (.dependency-cruiser.cjs)", () => {
  const dirs: string[] = [];
  let clean: { violations: Violation[]; exitCode: number };
  let broken: { violations: Violation[]; exitCode: number };

  beforeAll(async () => {
    const cleanDir = writeTree(cleanTree);
    const brokenDir = writeTree({
      ...cleanTree,
      ...cycleHalf,
      ...Object.fromEntries(violations.map((v) => [v.file, v.source])),
    });
    dirs.push(cleanDir, brokenDir);
    // The exit code comes from the default (text) output, the one `npm run check:imports` prints.
    const [cleanFound, brokenFound, cleanRun, brokenRun] = await Promise.all([
      violationsIn(cleanDir),
      violationsIn(brokenDir),
      depcruiseIn(cleanDir),
      depcruiseIn(brokenDir),
    ]);
    clean = { violations: cleanFound, exitCode: cleanRun.exitCode };
    broken = { violations: brokenFound, exitCode: brokenRun.exitCode };
  }, 60_000);

  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("passes a tree whose layers only look down (builders from platform, fixtures from tests allowed)", () => {
    expect(clean.violations).toEqual([]);
    expect(clean.exitCode).toBe(0);
  });

  it("fails, with a non-zero exit, when any rule is broken", () => {
    expect(broken.exitCode).toBeGreaterThan(0);
  });

  it.each(violations)("$rule fires on $file", ({ rule, file }) => {
    expect(broken.violations.filter((v) => v.from === file).map((v) => v.rule)).toEqual([rule]);
  });

  it("reports nothing but the planted violations", () => {
    const planted = new Set([...violations.map((v) => v.file), ...Object.keys(cycleHalf)]);
    expect(broken.violations.filter((v) => !planted.has(v.from))).toEqual([]);
  });

  it("has a planted violation for every rule of the configuration", () => {
    const config = createRequire(import.meta.url)(configPath) as { forbidden: { name: string }[] };
    expect(violations.map((v) => v.rule).sort()).toEqual(config.forbidden.map((rule) => rule.name).sort());
  });
});
