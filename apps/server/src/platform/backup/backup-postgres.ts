import { spawn } from "node:child_process";
import { mkdirSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { diffBackupFacts, type RunSql, readBackupFacts } from "./backup-facts";
import {
  BackupError,
  type BackupManifest,
  backupFileName,
  readVerifiedBackup,
  sha256OfFile,
  writeManifest,
} from "./backup-files";

/** Where pg_dump and pg_restore are: `binDir` when given, else the PATH (Debian's wrapper picks the version). */
export type PgTools = { binDir?: string };

/** The URL without its password, and the password for PGPASSWORD: a password never shows in a process list. */
function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  // biome-ignore lint/style/noProcessEnv: the tool runs with this process's environment (PATH, locale) plus the password.
  const inherited = process.env;
  return { dbname: parsed.toString(), env: password ? { ...inherited, PGPASSWORD: password } : inherited };
}

function runTool(tools: PgTools, name: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tools.binDir ? join(tools.binDir, name) : name, args, {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) =>
      reject(new BackupError("PG_TOOL_MISSING", `Không chạy được ${name}: ${error.message}`)),
    );
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new BackupError("PG_TOOL_FAILED", `${name} dừng với mã ${code}: ${stderr.trim().slice(0, 2000)}`),
          ),
    );
  });
}

function runOn(client: pg.Client): RunSql {
  return async (text) => (await client.query(text)).rows as Record<string, unknown>[];
}

/**
 * `pg_dump` in custom format of the snapshot the facts were read in: a REPEATABLE READ transaction exports its
 * snapshot, pg_dump dumps exactly that snapshot, so the manifest's counts are the dump's, whatever is written
 * meanwhile (no lock stops the application).
 */
export async function backupPostgres(
  url: string,
  folder: string,
  tools: PgTools = {},
  at = new Date(),
): Promise<{ manifestPath: string; manifest: BackupManifest }> {
  mkdirSync(folder, { recursive: true });
  const name = backupFileName(at, "pg-custom");
  const path = join(folder, name);
  const partial = `${path}.partial`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let facts: BackupManifest["facts"];
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot =
      (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]?.id ?? "";
    facts = await readBackupFacts(runOn(client));
    const { dbname, env } = connectionFor(url);
    await runTool(
      tools,
      "pg_dump",
      ["--format=custom", `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${dbname}`],
      env,
    );
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  renameSync(partial, path);
  const manifest: BackupManifest = {
    format: "pg-custom",
    createdAt: at.toISOString(),
    file: name,
    bytes: statSync(path).size,
    sha256: await sha256OfFile(path),
    facts,
  };
  return { manifestPath: writeManifest(path, manifest), manifest };
}

/**
 * `pg_restore` into an EMPTY database in one transaction (all or nothing), then the facts are compared with the
 * backup's. A database that already has tables is refused: a restore never mixes with or overwrites data.
 */
export async function restorePostgres(
  backupPath: string,
  url: string,
  tools: PgTools = {},
): Promise<BackupManifest> {
  const { manifest, dumpPath } = await readVerifiedBackup(backupPath);
  if (manifest.format !== "pg-custom") {
    throw new BackupError(
      "BACKUP_WRONG_ENGINE",
      "Bản sao lưu này là của PGlite nhúng; hãy khôi phục vào một thư mục dữ liệu (KC_DATA_DIR)",
    );
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema IN ('public', 'drizzle')",
    );
    if ((existing.rows[0]?.n ?? 0) > 0) {
      throw new BackupError(
        "RESTORE_TARGET_NOT_EMPTY",
        "Cơ sở dữ liệu đích đã có bảng; chỉ khôi phục vào một cơ sở dữ liệu trống (không bao giờ ghi đè)",
      );
    }
    const { dbname, env } = connectionFor(url);
    await runTool(
      tools,
      "pg_restore",
      [
        "--exit-on-error",
        "--single-transaction",
        "--no-owner",
        "--no-privileges",
        `--dbname=${dbname}`,
        dumpPath,
      ],
      env,
    );
    const differences = diffBackupFacts(manifest.facts, await readBackupFacts(runOn(client)));
    if (differences.length > 0) {
      throw new BackupError(
        "RESTORE_FACTS_DIFFER",
        `Dữ liệu khôi phục khác bản sao lưu:\n${differences.slice(0, 20).join("\n")}`,
      );
    }
  } finally {
    await client.end();
  }
  return manifest;
}
