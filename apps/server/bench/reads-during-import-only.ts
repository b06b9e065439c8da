import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { findPgBinDir, startPgCluster } from "../test/pg-cluster";
import { measureReadsDuringImport, readsDuringImportNote } from "./reads-during-import";
import { describeMachine, printRows } from "./report";
import { liveServers } from "./server-process";

/**
 * Only the reads-during-an-import part of `npm run bench` (issue 18), on a throw-away PostgreSQL cluster: for a
 * session that changes the import path and must not run the whole bench. Prints the rows; docs/benchmarks.md is
 * written by the whole run. Build first (`npm run build`): the servers run the bundle.
 */
const binDir = findPgBinDir();
if (!binDir)
  throw new Error("PostgreSQL server binaries not found; install them with: apt-get install -y postgresql");
const workDir = mkdtempSync(join(tmpdir(), "kc-bench-reads-"));
const loadBefore = loadavg();
const cluster = await startPgCluster(binDir);
let failed = false;
try {
  const rows = await measureReadsDuringImport({
    engine: "PostgreSQL",
    env: { DATABASE_URL: cluster.url, KC_DEMO: "1", KC_DATA_DIR: workDir, KC_PUBLIC_RATE_LIMIT: "10000000" },
    workDir,
    logLevel: "info",
  });
  printRows(rows);
  for (const row of rows) console.log(`| ${row.metric} | ${row.measured} |`);
} catch (error) {
  failed = true;
  console.error(error);
  for (const name of ["reads-during-import-0", "reads-during-import-1"]) {
    const log = join(workDir, `${name}.log`);
    if (existsSync(log))
      console.error(`--- ${name} ---\n${readFileSync(log, "utf8").split("\n").slice(-30).join("\n")}`);
  }
} finally {
  await Promise.all([...liveServers].map((server) => server.stop()));
  cluster.stop();
  rmSync(workDir, { recursive: true, force: true });
}
const format = (load: number[]) => load.map((value) => value.toFixed(2)).join(" / ");
console.log(
  `\n${describeMachine().description}; load average before ${format(loadBefore)}, after ${format(loadavg())}`,
);
console.log(readsDuringImportNote);
process.exit(failed ? 1 : 0);
