import { existsSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { importColumns } from "@kc/domain";
import {
  atMost,
  describeError,
  getJson,
  HOUSEKEEPING_PROBE_MS,
  IMPORT_LIMIT_MS,
  IMPORT_ROWS,
  int,
  JOB_POLL_MS,
  MEMORY_SAMPLE_MS,
  PROVINCE_SIGN_IN,
  registryFacts,
  type Sessions,
  targets,
} from "./registry-common";
import { benchTaxCode, SEED } from "./registry-data";
import type { Engine, Row } from "./report";
import { type ProbeStats, probeResponsiveness } from "./responsiveness";
import { memoryOf, type RunningServer, sleep } from "./server-process";

/** The register's file measurements: a 50,000-row import and a 50,000-row export through the real server. */

/** Samples VmRSS every 200 ms until stopped; answers the peak and the first sample. */
function sampleMemory(pid: number) {
  const first = memoryOf(pid).rssMb;
  let peak = first;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, memoryOf(pid).rssMb);
    } catch {
      // The process is gone; the failure shows elsewhere.
    }
  }, MEMORY_SAMPLE_MS);
  return {
    peek: () => peak,
    stop: () => {
      clearInterval(timer);
      try {
        peak = Math.max(peak, memoryOf(pid).rssMb);
      } catch {
        // As above.
      }
      return { beforeMb: first, peakMb: peak };
    },
  };
}

const importNames = [
  "Cơ sở mây tre đan",
  "Hộ kinh doanh đan lục bình",
  "Cơ sở đan cói",
  "Cơ sở gốm",
  "Cơ sở thêu ren",
  "Hộ kinh doanh đan giỏ nhựa",
];
const importProducts = [
  "Giỏ mây, khay tre, đèn tre",
  "Túi, thảm lục bình xuất khẩu",
  "Chiếu cói, hộp cói",
  "Gốm đỏ, chậu cảnh",
  "Khăn, áo thêu tay",
];
const importOwners = ["Nguyễn Văn", "Trần Thị", "Lê Hữu", "Phạm Minh", "Huỳnh Ngọc", "Võ Thanh"];
const importGivens = ["An", "Bình", "Cường", "Hạnh", "Lan", "Nam", "Phúc", "Tâm", "Yến"];

let importFile: { key: string; bytes: Uint8Array } | null = null;

/** The 50,000-row template file (columns and headers of `importColumns`), built once per commune list. */
export async function buildImportFile(communeCodes: string[]): Promise<Uint8Array> {
  const key = communeCodes.join(",");
  if (importFile?.key === key) return importFile.bytes;
  const started = performance.now();
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet("Cơ sở CNNT");
  sheet.addRow(importColumns.map((column) => column.headerVi));
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const owner = `${importOwners[i % importOwners.length]} ${importGivens[(i * 7) % importGivens.length]}`;
    const values: Record<string, string | number> = {
      name: `${importNames[i % importNames.length]} ${owner.split(" ").slice(-2).join(" ")} ${i + 1}`,
      legalForm: "HKD",
      subjectClass: "CNNT",
      taxCode: benchTaxCode("87", i),
      ownerName: owner,
      provinceCode: PROVINCE_SIGN_IN.provinceCode,
      communeCode: communeCodes[i % communeCodes.length] as string,
      addressText: `Ấp ${1 + (i % 9)}`,
      industries: "N_DD",
      mainProducts: importProducts[i % importProducts.length] as string,
      year: 2024,
      employees: 3 + (i % 40),
      revenue: (200 + (i % 5_000)) * 1_000_000,
    };
    sheet.addRow(importColumns.map((column) => values[column.key] ?? null));
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  registryFacts.importFile = {
    bytes: bytes.byteLength,
    generateMs: performance.now() - started,
    communes: communeCodes.length,
  };
  importFile = { key, bytes };
  return bytes;
}

type JobView = {
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  progress: { done: number; total: number };
  result: { created?: number; updated?: number; errors?: unknown[]; warnings?: unknown[] } | null;
  error: { code: string; detail: string } | null;
};

export async function measureImport(
  engine: Engine,
  server: RunningServer,
  sessions: Sessions,
): Promise<Row[]> {
  const communes = await getJson<{ items: { code: string }[] }>(
    server.baseUrl,
    `/api/v1/admin-units?level=XA&parentId=${PROVINCE_SIGN_IN.provinceId}&pageSize=200`,
    sessions.province,
  );
  if (communes.items.length === 0) throw new Error(`no communes in ${PROVINCE_SIGN_IN.provinceId}`);
  const bytes = await buildImportFile(communes.items.map((c) => c.code));
  const form = new FormData();
  form.append("file", new Blob([bytes]), "bench-50000.xlsx");

  const memory = sampleMemory(server.pid);
  let sampled = { beforeMb: Number.NaN, peakMb: Number.NaN };
  // Everyone else, while the import runs: readiness, and an officer of another province reading a list.
  const probes = probeResponsiveness(server.baseUrl, [
    { name: "GET /healthz (event loop only)", path: "/healthz" },
    { name: "GET /readyz", path: "/readyz" },
    {
      name: "GET /api/v1/admin-units?level=TINH (national officer)",
      path: "/api/v1/admin-units?level=TINH",
      cookie: sessions.national,
    },
  ]);
  let probed: Awaited<ReturnType<typeof probes.stop>> | null = null;
  const started = performance.now();
  let job: JobView | null = null;
  let elapsed = 0;
  try {
    const upload = await fetch(`${server.baseUrl}/api/v1/establishment-imports`, {
      method: "POST",
      headers: { cookie: sessions.province, "x-requested-with": "khuyencong" },
      body: form,
      signal: AbortSignal.timeout(120_000),
    });
    const answer = await upload.text();
    if (upload.status !== 202)
      throw new Error(`the upload answered ${upload.status}: ${answer.slice(0, 300)}`);
    const { jobId } = JSON.parse(answer) as { jobId: string };
    const deadline = started + IMPORT_LIMIT_MS[engine];
    let lastPollError = "";
    const path = `/api/v1/establishment-imports/${jobId}`;
    for (;;) {
      // On PGlite a poll waits behind the import's transaction (one connection) and may be dropped by the server
      // after it: any failed poll is retried until the deadline, and only the job's own answer ends the wait.
      const response = await fetch(`${server.baseUrl}${path}`, {
        headers: { cookie: sessions.province },
        signal: AbortSignal.timeout(Math.max(1_000, Math.round(deadline - performance.now()))),
      }).catch((error: unknown) => {
        lastPollError = describeError(error);
        if (!existsSync(`/proc/${server.pid}`))
          throw new Error(`the server exited during the import (${lastPollError})`);
        return null;
      });
      elapsed = performance.now() - started;
      if (response) {
        const text = await response.text();
        // On PGlite the import's write holds the one connection and the server answers "busy" meanwhile.
        const busy = response.status === 503 && text.includes("DATABASE_BUSY");
        if (response.status !== 200 && !busy)
          throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
        if (!busy) {
          job = JSON.parse(text) as JobView;
          if (job.status === "SUCCEEDED" || job.status === "FAILED") break;
        }
      }
      if (performance.now() >= deadline) {
        const last = job
          ? `${job.status}, progress ${int(job.progress.done)}/${int(job.progress.total)} at the last answer`
          : "no answer";
        throw new Error(
          `the import did not finish within ${int(IMPORT_LIMIT_MS[engine] / 1000)} s (${last}${response ? "" : `; the last poll failed: ${lastPollError}`}); peak VmRSS so far ${int(memory.peek())} MB`,
        );
      }
      await sleep(JOB_POLL_MS);
    }
    // The housekeeping that follows a real import (search blocks cut, VACUUM on PGlite) runs after SUCCEEDED:
    // keep probing through it.
    await sleep(HOUSEKEEPING_PROBE_MS);
  } finally {
    sampled = memory.stop();
    probed = await probes.stop();
  }
  const { beforeMb, peakMb } = sampled;
  if (job.status !== "SUCCEEDED") {
    throw new Error(
      `the import job FAILED: ${JSON.stringify(job.error)} ${JSON.stringify(job.result).slice(0, 300)}`,
    );
  }
  const created = job.result?.created ?? 0;
  const errors = job.result?.errors?.length ?? 0;
  const warnings = job.result?.warnings?.length ?? 0;
  const complete = created === IMPORT_ROWS && errors === 0;
  const detail = `${int(created)} created, ${int(errors)} errors, ${int(warnings)} warnings`;
  const time = atMost(engine, targets.importMs, elapsed, "ms");
  const rss = atMost(engine, targets.importRssMb, peakMb, "MB");
  return [
    {
      engine,
      metric: `Import of a ${int(IMPORT_ROWS)}-row .xlsx as ${PROVINCE_SIGN_IN.email}: upload to SUCCEEDED`,
      target: time.target,
      measured: `${int(elapsed)} ms (${detail})`,
      pass: complete ? time.pass : false,
    },
    {
      engine,
      metric: `Import of ${int(IMPORT_ROWS)} rows: server memory, peak of VmRSS sampled every ${MEMORY_SAMPLE_MS} ms${engine === "PGlite" ? " (server + embedded database)" : ""}`,
      target: rss.target,
      measured: `${int(peakMb)} MB (${int(beforeMb)} MB before the upload)`,
      pass: complete ? rss.pass : false,
    },
    responsivenessRow(engine, probed),
  ];
}

/** The longest any other request waited during the import and its housekeeping (≤ 2 s on both engines). */
function responsivenessRow(engine: Engine, probed: Map<string, ProbeStats>): Row {
  const all = [...probed.values()];
  const longest = Math.max(...all.map((s) => s.longestMs));
  const failed = all.reduce((n, s) => n + s.failed, 0);
  const parts = [...probed].map(
    ([name, s]) =>
      `${name}: longest ${int(s.longestMs)} ms over ${int(s.requests)} requests, ${int(s.busy)} answered 503 busy${s.failed ? `, ${int(s.failed)} failed (${s.lastFailure})` : ""}`,
  );
  return {
    engine,
    metric: `Other requests during the ${int(IMPORT_ROWS)}-row import and ${HOUSEKEEPING_PROBE_MS / 1000} s after it: longest wait of any request (one at a time per probe, every 100 ms)`,
    target: `≤ ${int(targets.otherRequestsDuringImportMs[engine])} ms`,
    measured: `${int(longest)} ms (${parts.join("; ")})`,
    pass: failed === 0 && longest <= targets.otherRequestsDuringImportMs[engine],
  };
}

export async function measureExport(
  engine: Engine,
  server: RunningServer,
  sessions: Sessions,
): Promise<Row[]> {
  const path = `/api/v1/establishments/export?provinceId=${SEED.exportProvinceId}`;
  const memory = sampleMemory(server.pid);
  let sampled = { beforeMb: Number.NaN, peakMb: Number.NaN };
  const started = performance.now();
  let firstByteMs = Number.NaN;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const response = await fetch(`${server.baseUrl}${path}`, {
      headers: { cookie: sessions.national },
      signal: AbortSignal.timeout(5 * 60_000),
    });
    if (response.status !== 200 || !response.body) {
      throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    for await (const chunk of response.body) {
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
      chunks.push(chunk);
      size += chunk.byteLength;
    }
  } finally {
    sampled = memory.stop();
  }
  const { beforeMb, peakMb } = sampled;
  const elapsed = performance.now() - started;
  const rowsInFile = xlsxDataRows(Buffer.concat(chunks));
  const complete = rowsInFile === SEED.exportProvinceRows;
  const time = atMost(engine, targets.exportMs, elapsed, "ms");
  return [
    {
      engine,
      metric: `Export of ${SEED.exportProvinceId} (${int(SEED.exportProvinceRows)} rows) as .xlsx, national officer: time to the last byte`,
      target: time.target,
      measured: `${int(elapsed)} ms (first byte ${int(firstByteMs)} ms; ${(size / 1e6).toFixed(1)} MB, valid zip, ${int(rowsInFile)} data rows)`,
      pass: complete ? time.pass : false,
    },
    {
      engine,
      metric: "Export: server memory, peak of VmRSS sampled every 200 ms",
      target: "—",
      measured: `${int(peakMb)} MB (${int(beforeMb)} MB before the request)`,
      pass: null,
    },
  ];
}

/**
 * Checks the bytes are an .xlsx (a zip starting with "PK", with its end-of-directory record) and counts the data
 * rows of its first worksheet, by inflating that one entry: no spreadsheet library, no 50,000 rows of objects.
 */
export function xlsxDataRows(file: Buffer): number {
  if (file.length < 22 || file[0] !== 0x50 || file[1] !== 0x4b) throw new Error("the export is not a zip");
  let end = -1;
  for (let at = file.length - 22; at >= Math.max(0, file.length - 65_557); at--) {
    if (file.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error("the export has no zip end-of-directory record (truncated?)");
  const entries = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (file.readUInt32LE(at) !== 0x02014b50) throw new Error("bad zip central directory");
    const method = file.readUInt16LE(at + 10);
    const compressedSize = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    const localOffset = file.readUInt32LE(at + 42);
    const name = file.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name !== "xl/worksheets/sheet1.xml") continue;
    const dataStart =
      localOffset + 30 + file.readUInt16LE(localOffset + 26) + file.readUInt16LE(localOffset + 28);
    const data = file.subarray(dataStart, dataStart + compressedSize);
    const xml = (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    let rows = 0;
    for (let found = xml.indexOf("<row "); found >= 0; found = xml.indexOf("<row ", found + 5)) rows++;
    return rows - 1;
  }
  throw new Error("the export has no xl/worksheets/sheet1.xml");
}
