/**
 * `npm run backup [-- --dir <folder>] [-- --keep <n>]`: one consistent backup and its manifest (row counts of
 * every table and the dashboard's figure totals, checked again by `npm run restore`), then keeps the newest n.
 *
 * - PostgreSQL (DATABASE_URL set): pg_dump in custom format of an exported snapshot, while the servers run.
 * - Embedded (KC_DATA_DIR): PGlite's own dump; a running server is asked to take it (it owns the folder),
 *   otherwise the folder is opened here.
 */
import { parseArgs } from "node:util";
import { folderOwner, openPglite } from "../src/db/client";
import { readEnv } from "../src/env";
import { backupEmbedded } from "../src/platform/backup/backup-embedded";
import { BackupError, type BackupManifest, pruneBackups } from "../src/platform/backup/backup-files";
import { backupPostgres } from "../src/platform/backup/backup-postgres";
import { requestLiveBackup } from "../src/platform/backup/live-backup";

const env = readEnv();
const { values } = parseArgs({
  options: { dir: { type: "string" }, keep: { type: "string" } },
});
const folder = values.dir ?? env.KC_BACKUP_DIR;
const keep = values.keep === undefined ? env.KC_BACKUP_KEEP : Number(values.keep);

async function backUp(): Promise<string> {
  if (env.DATABASE_URL) {
    return (await backupPostgres(env.DATABASE_URL, folder, { binDir: env.KC_PG_BIN_DIR })).manifestPath;
  }
  const owner = folderOwner(env.KC_DATA_DIR);
  if (owner) return requestLiveBackup(env.KC_DATA_DIR, owner, folder);
  const database = await openPglite({ dataDir: env.KC_DATA_DIR });
  try {
    return (await backupEmbedded(database.db, folder)).manifestPath;
  } finally {
    await database.close();
  }
}

try {
  if (!Number.isInteger(keep) || keep < 1)
    throw new BackupError("BACKUP_KEEP_INVALID", "--keep phải là số nguyên ≥ 1");
  const manifestPath = await backUp();
  const { readFileSync } = await import("node:fs");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as BackupManifest;
  const tables = Object.keys(manifest.facts.rows).length;
  const rows = Object.values(manifest.facts.rows).reduce((sum, n) => sum + n, 0);
  process.stdout.write(
    `Đã sao lưu: ${manifestPath}\n  ${(manifest.bytes / 1_048_576).toFixed(1)} MB, ${tables} bảng, ${rows} dòng\n`,
  );
  const removed = pruneBackups(folder, keep);
  if (removed.length > 0)
    process.stdout.write(`Đã xoá ${removed.length} bản cũ (giữ ${keep} bản mới nhất)\n`);
} catch (error) {
  const code = error instanceof BackupError ? ` [${error.code}]` : "";
  process.stderr.write(
    `Sao lưu không thành công${code}: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exitCode = 1;
}
