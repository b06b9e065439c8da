import { createHash } from "node:crypto";
import {
  createReadStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import type { BackupFacts } from "./backup-facts";

/** A backup is two files side by side: the dump and this manifest (`<dump>.json`), written last. */
export type BackupManifest = {
  format: "pglite-tar-gz" | "pg-custom";
  createdAt: string;
  /** The dump's file name, in the manifest's folder. */
  file: string;
  bytes: number;
  sha256: string;
  facts: BackupFacts;
};

export const BACKUP_PREFIX = "khuyencong-";

/** `khuyencong-20261207-183012-123.tar.gz`: sortable by name, unique to the millisecond. */
export function backupFileName(at: Date, format: BackupManifest["format"]): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace("T", "-")
    .replace(/\.(\d{3})Z$/, "-$1");
  return `${BACKUP_PREFIX}${stamp}${format === "pglite-tar-gz" ? ".tar.gz" : ".dump"}`;
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Writes the manifest beside a finished dump, through a temporary name: a manifest exists only for a dump that
 * was written whole, so a crash mid-backup leaves no backup that looks complete.
 */
export function writeManifest(dumpPath: string, manifest: BackupManifest): string {
  const path = `${dumpPath}.json`;
  const partial = `${path}.partial`;
  writeFileSync(partial, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(partial, path);
  return path;
}

export class BackupError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The manifest of a backup, given the manifest or the dump; the dump must be whole (its checksum). */
export async function readVerifiedBackup(
  path: string,
): Promise<{ manifest: BackupManifest; dumpPath: string }> {
  const manifestPath = path.endsWith(".json") ? path : `${path}.json`;
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as BackupManifest;
  } catch {
    throw new BackupError(
      "BACKUP_MANIFEST_UNREADABLE",
      `Không đọc được tệp mô tả bản sao lưu ${manifestPath}`,
    );
  }
  if (manifest.format !== "pglite-tar-gz" && manifest.format !== "pg-custom") {
    throw new BackupError(
      "BACKUP_FORMAT_UNKNOWN",
      `Bản sao lưu có định dạng không biết: ${String(manifest.format)}`,
    );
  }
  const dumpPath = join(dirname(manifestPath), basename(manifest.file));
  let sha: string;
  try {
    sha = await sha256OfFile(dumpPath);
  } catch {
    throw new BackupError("BACKUP_FILE_MISSING", `Không tìm thấy tệp sao lưu ${dumpPath}`);
  }
  if (sha !== manifest.sha256) {
    throw new BackupError(
      "BACKUP_CHECKSUM_MISMATCH",
      `Tệp sao lưu ${dumpPath} đã bị thay đổi hoặc hỏng (mã băm không khớp với tệp mô tả)`,
    );
  }
  return { manifest, dumpPath };
}

/** A file without a manifest younger than this may be a backup still being written by another process. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;

/**
 * Keeps the newest `keep` complete backups of a folder and deletes older ones (dump and manifest), plus files
 * left without a manifest by an interrupted backup once they are an hour old. Touches only files this tool names.
 */
export function pruneBackups(folder: string, keep: number, now = Date.now()): string[] {
  mkdirSync(folder, { recursive: true });
  const names = readdirSync(folder).filter((name) => name.startsWith(BACKUP_PREFIX));
  const manifests = names.filter((name) => name.endsWith(".json")).sort();
  const kept = new Set(
    manifests.slice(Math.max(0, manifests.length - keep)).map((name) => name.slice(0, -5)),
  );
  const removed: string[] = [];
  for (const manifest of manifests) {
    const dump = manifest.slice(0, -".json".length);
    if (kept.has(dump)) continue;
    rmSync(join(folder, dump), { force: true });
    rmSync(join(folder, manifest), { force: true });
    removed.push(dump);
  }
  const described = new Set(manifests.map((name) => name.slice(0, -".json".length)));
  for (const name of names) {
    if (name.endsWith(".json") || described.has(name)) continue;
    if (now - statSync(join(folder, name)).mtimeMs < ORPHAN_AGE_MS) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}
