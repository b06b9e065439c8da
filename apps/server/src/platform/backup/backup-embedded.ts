import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type Db, openPglite, pgliteClientOf } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { withConnectionAlone } from "../../db/transaction-alone";
import { type BackupFacts, diffBackupFacts, type RunSql, readBackupFacts } from "./backup-facts";
import {
  BackupError,
  type BackupManifest,
  backupFileName,
  readVerifiedBackup,
  sha256OfFile,
  writeManifest,
} from "./backup-files";

export function runSqlOn(db: Db): RunSql {
  return async (text) => rowsOf<Record<string, unknown>>(await db.execute(sql.raw(text)));
}

/**
 * PGlite's own dump of its data folder (a gzipped tar), taken while the server runs. The facts and the dump are
 * taken holding the one connection alone (requests inside finish first, new ones wait), so nothing is written
 * between them and the dump is a consistent image; PGlite's dump itself runs under its query lock. The tar is
 * built in memory: the embedded engine is meant for one centre's data, PostgreSQL for the national deployment.
 */
export async function backupEmbedded(
  db: Db,
  folder: string,
  at = new Date(),
): Promise<{ manifestPath: string; manifest: BackupManifest }> {
  const client = pgliteClientOf(db);
  if (!client) throw new BackupError("BACKUP_WRONG_ENGINE", "Cơ sở dữ liệu này không phải PGlite nhúng");
  mkdirSync(folder, { recursive: true });
  const { facts, dump } = await withConnectionAlone(db, "sao lưu dữ liệu", async () => {
    const facts: BackupFacts = await readBackupFacts(runSqlOn(db));
    return { facts, dump: await client.dumpDataDir("gzip") };
  });
  const name = backupFileName(at, "pglite-tar-gz");
  const partial = join(folder, `${name}.partial`);
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()), { flush: true });
  renameSync(partial, join(folder, name));
  const path = join(folder, name);
  const manifest: BackupManifest = {
    format: "pglite-tar-gz",
    createdAt: at.toISOString(),
    file: name,
    bytes: statSync(path).size,
    sha256: await sha256OfFile(path),
    facts,
  };
  return { manifestPath: writeManifest(path, manifest), manifest };
}

/**
 * Restores an embedded backup into an empty data folder and checks that the restored database has the facts the
 * backup recorded. A folder that already holds a database is refused (a restore never overwrites); on any
 * failure the half-restored database is removed, so the folder is as it was.
 */
export async function restoreEmbedded(backupPath: string, dataDir: string): Promise<BackupManifest> {
  const { manifest, dumpPath } = await readVerifiedBackup(backupPath);
  if (manifest.format !== "pglite-tar-gz") {
    throw new BackupError(
      "BACKUP_WRONG_ENGINE",
      "Bản sao lưu này là của PostgreSQL (pg_dump); hãy khôi phục vào PostgreSQL với DATABASE_URL",
    );
  }
  const pgdata = join(dataDir, "pgdata");
  if (existsSync(pgdata) && readdirSync(pgdata).length > 0) {
    throw new BackupError(
      "RESTORE_TARGET_NOT_EMPTY",
      `Thư mục ${dataDir} đã có cơ sở dữ liệu; chỉ khôi phục vào thư mục trống (không bao giờ ghi đè)`,
    );
  }
  let restored = false;
  try {
    const database = await openPglite({ dataDir, loadDataDir: new Blob([readFileSync(dumpPath)]) });
    try {
      const differences = diffBackupFacts(manifest.facts, await readBackupFacts(runSqlOn(database.db)));
      if (differences.length > 0) {
        throw new BackupError(
          "RESTORE_FACTS_DIFFER",
          `Dữ liệu khôi phục khác bản sao lưu:\n${differences.slice(0, 20).join("\n")}`,
        );
      }
      restored = true;
    } finally {
      await database.close();
    }
  } finally {
    if (!restored) rmSync(pgdata, { recursive: true, force: true });
  }
  return manifest;
}
