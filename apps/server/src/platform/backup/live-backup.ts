import { randomUUID } from "node:crypto";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Logger } from "pino";
import type { Db } from "../../db/client";
import { backupEmbedded } from "./backup-embedded";
import { BackupError } from "./backup-files";

/**
 * The embedded database has one owner process, so a backup of a running server is taken BY the server: the
 * `npm run backup` command writes a request file into the data folder and sends SIGUSR2 (only the process's own
 * operating-system user may signal it, so no new network surface); the server dumps and answers in a result file.
 */
const REQUEST_FILE = "backup-request.json";
const RESULT_FILE = "backup-result.json";

type BackupRequest = { id: string; folder: string };
export type BackupResult =
  | { id: string; ok: true; manifestPath: string }
  | { id: string; ok: false; code: string; message: string };

function writeAtomically(path: string, value: unknown) {
  writeFileSync(`${path}.partial`, JSON.stringify(value));
  renameSync(`${path}.partial`, path);
}

/** Server side: answers backup requests for its own data folder. */
export function listenForBackupRequests(db: Db, dataDir: string, logger: Logger): void {
  let running = false;
  process.on("SIGUSR2", () => {
    if (running) return; // the command waits for the answer to its own request; a second signal adds nothing
    running = true;
    void (async () => {
      let request: BackupRequest | null = null;
      try {
        request = JSON.parse(readFileSync(join(dataDir, REQUEST_FILE), "utf8")) as BackupRequest;
        const { manifestPath } = await backupEmbedded(db, request.folder);
        logger.info({ manifestPath }, "backup written");
        writeAtomically(join(dataDir, RESULT_FILE), { id: request.id, ok: true, manifestPath });
      } catch (error) {
        logger.error({ err: error }, "backup failed");
        const code = error instanceof BackupError ? error.code : "BACKUP_FAILED";
        const message = error instanceof Error ? error.message : String(error);
        if (request)
          writeAtomically(join(dataDir, RESULT_FILE), { id: request.id, ok: false, code, message });
      } finally {
        running = false;
      }
    })();
  });
}

/** Command side: asks the running server `pid` for a backup into `folder` and waits for its answer. */
export async function requestLiveBackup(
  dataDir: string,
  pid: number,
  folder: string,
  timeoutMs = 30 * 60_000,
): Promise<string> {
  const id = randomUUID();
  rmSync(join(dataDir, RESULT_FILE), { force: true });
  writeAtomically(join(dataDir, REQUEST_FILE), { id, folder: resolve(folder) } satisfies BackupRequest);
  process.kill(pid, "SIGUSR2");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await new Promise((wake) => setTimeout(wake, 200));
    let result: BackupResult;
    try {
      result = JSON.parse(readFileSync(join(dataDir, RESULT_FILE), "utf8")) as BackupResult;
    } catch {
      continue;
    }
    if (result.id !== id) continue;
    rmSync(join(dataDir, REQUEST_FILE), { force: true });
    if (result.ok) return result.manifestPath;
    throw new BackupError(result.code, result.message);
  }
  throw new BackupError("BACKUP_TIMEOUT", `Máy chủ (tiến trình ${pid}) không trả lời yêu cầu sao lưu`);
}
