/**
 * `npm run restore -- <backup> [--data-dir <folder> | --database-url <url>]`: restores a backup written by
 * `npm run backup` into an EMPTY target (the configured one by default) and checks the restored database against
 * the backup's manifest (row counts of every table, the dashboard's figure totals). A non-empty target, a dump
 * that does not match its checksum, or a restored database that differs are refused with a message and exit 1.
 * The server migrates the restored database forward on its next start.
 */
import { parseArgs } from "node:util";
import { folderOwner } from "../src/db/client";
import { readEnv } from "../src/env";
import { restoreEmbedded } from "../src/platform/backup/backup-embedded";
import { BackupError, readVerifiedBackup } from "../src/platform/backup/backup-files";
import { restorePostgres } from "../src/platform/backup/backup-postgres";

const env = readEnv();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "data-dir": { type: "string" }, "database-url": { type: "string" } },
});

async function restore(backup: string): Promise<string> {
  const { manifest } = await readVerifiedBackup(backup);
  if (manifest.format === "pg-custom") {
    const url = values["database-url"] ?? env.DATABASE_URL;
    if (!url)
      throw new BackupError(
        "RESTORE_TARGET_MISSING",
        "Cần --database-url hoặc DATABASE_URL để khôi phục vào PostgreSQL",
      );
    await restorePostgres(backup, url, { binDir: env.KC_PG_BIN_DIR });
    return "PostgreSQL";
  }
  const dataDir = values["data-dir"] ?? env.KC_DATA_DIR;
  const owner = folderOwner(dataDir);
  if (owner) {
    throw new BackupError(
      "RESTORE_TARGET_IN_USE",
      `Máy chủ (tiến trình ${owner}) đang dùng thư mục ${dataDir}; hãy dừng nó trước`,
    );
  }
  await restoreEmbedded(backup, dataDir);
  return dataDir;
}

try {
  const backup = positionals[0];
  if (!backup)
    throw new BackupError("RESTORE_BACKUP_MISSING", "Hãy chỉ ra bản sao lưu: npm run restore -- <tệp>");
  const target = await restore(backup);
  process.stdout.write(
    `Đã khôi phục ${backup} vào ${target}; số dòng và số liệu tổng hợp khớp với bản sao lưu\n`,
  );
} catch (error) {
  const code = error instanceof BackupError ? ` [${error.code}]` : "";
  process.stderr.write(
    `Khôi phục không thành công${code}: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exitCode = 1;
}
