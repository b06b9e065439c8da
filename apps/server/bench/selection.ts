import { keptAliveClient } from "./http-get";
import { load, percentile } from "./load";
import { getJson, int, ms1, provinceIds, type Sessions } from "./registry-common";
import type { Engine, Row } from "./report";
import { SELECTION_SEED, type SelectionSeedSummary } from "./selection-data";
import type { RunningServer } from "./server-process";

/**
 * Product selection at national scale (issue 16): the public catalogue of honoured products, the public
 * verification a QR code opens (latency, throughput, and the caching headers a CDN would use), and the scoring
 * summary of a 300-entry round scored by 13 jurors, against the real server on the seeded data.
 */
export const selectionTargets = {
  catalogueP95Ms: { PGlite: 150, PostgreSQL: 60 } as Record<Engine, number>,
  verifyP95Ms: { PGlite: 60, PostgreSQL: 20 } as Record<Engine, number>,
  verifyRps: 1_000,
  summaryMs: 100,
};
const VERIFY_LOAD = { connections: 10, durationSeconds: 10, warmupSeconds: 2 };
const SUMMARY_RUNS = 40;

export const selectionFacts: {
  seeds: Partial<Record<Engine, SelectionSeedSummary>>;
  headers: Partial<Record<Engine, string>>;
  catalogueQueries: number;
} = { seeds: {}, headers: {}, catalogueQueries: 0 };

type Catalogue = { items: { publicId: string; verifyPath: string }[]; total: number };

const SEARCHES = [
  "may tre",
  "gom",
  "nuoc mam",
  "banh trang",
  "theu",
  "son mai",
  "che bup",
  "luc binh",
  "go my nghe",
  "tho cam",
  "den long",
  "non la",
];

/** Distinct catalogue queries: text alone, text with each filter, filters alone; each asked once, so none is cached. */
function catalogueQueries(provinces: string[]): string[] {
  const queries: Record<string, string>[] = [];
  SEARCHES.forEach((q, i) => {
    queries.push({ q });
    queries.push({ q, status: "VALID" });
    queries.push({ q, provinceId: provinces[i % provinces.length] ?? "P34-82" });
    queries.push({ q, productGroup: `G${1 + (i % 4)}`, year: `${2018 + (i % 8)}` });
    queries.push({ q, regionCode: ["BAC", "TRUNG_TAY_NGUYEN", "NAM"][i % 3] ?? "NAM", level: "TINH" });
    queries.push({ q, page: "3" });
  });
  provinces.forEach((provinceId, i) => {
    queries.push({ provinceId });
    queries.push({ provinceId, status: "VALID", year: `${2024 + (i % 3)}` });
  });
  for (let year = 2017; year <= 2026; year++) {
    queries.push({ year: `${year}` });
    queries.push({ year: `${year}`, level: "QUOC_GIA" });
    queries.push({ year: `${year}`, status: "REVOKED" });
  }
  queries.push({}, { status: "EXPIRED" }, { level: "KHU_VUC", productGroup: "G2" });
  return queries.map(
    (query) => `/api/public/honoured-products?${new URLSearchParams({ ...query, pageSize: "24" })}`,
  );
}

async function oneAtATime(baseUrl: string, cookie: string, paths: string[]) {
  const client = keptAliveClient(baseUrl, cookie);
  const times: number[] = [];
  try {
    for (const path of paths) {
      const started = performance.now();
      const answer = await client.get(path);
      if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
      times.push(performance.now() - started);
    }
  } finally {
    client.close();
  }
  return times.sort((a, b) => a - b);
}

function latencyRow(engine: Engine, metric: string, times: number[], target: number): Row {
  const p95 = percentile(times, 0.95);
  return {
    engine,
    metric: `${metric}: latency p95, one at a time`,
    target: `≤ ${target} ms`,
    measured: `${ms1(p95)} (p50 ${ms1(percentile(times, 0.5))}, max ${ms1(times[times.length - 1] ?? Number.NaN)}; ${times.length} requests)`,
    pass: p95 <= target,
  };
}

export async function measureSelection(
  engine: Engine,
  server: RunningServer,
  sessions: Sessions,
): Promise<Row[]> {
  const rows: Row[] = [];
  const provinces = await provinceIds(server.baseUrl, sessions.national);
  const paths = catalogueQueries(provinces);
  selectionFacts.catalogueQueries = paths.length;
  const catalogue = await oneAtATime(server.baseUrl, "", paths);
  rows.push(
    latencyRow(
      engine,
      `Public catalogue of honoured products (50k certificates), ${paths.length} different searches and filters, each asked once (not from the answer cache), page of 24`,
      catalogue,
      selectionTargets.catalogueP95Ms[engine],
    ),
  );

  // Verification: the QR links of 1,000 certificates (from the catalogue), each opened once, then under load.
  const links: string[] = [];
  for (let page = 1; links.length < 1_000 && page <= 20; page++) {
    const answer = await getJson<Catalogue>(
      server.baseUrl,
      `/api/public/honoured-products?pageSize=100&page=${page}`,
      "",
    );
    for (const item of answer.items) {
      const token = new URL(item.verifyPath, "http://x").searchParams.get("s") ?? "";
      links.push(`/api/public/certificates/${item.publicId}?s=${encodeURIComponent(token)}`);
    }
  }
  if (links.length < 500) throw new Error(`only ${links.length} certificates in the catalogue`);
  const probe = await fetch(`${server.baseUrl}${links[0]}`);
  const body = (await probe.json()) as { signature?: string; status?: string };
  const cacheControl = probe.headers.get("cache-control") ?? "none";
  const etag = probe.headers.get("etag");
  const revalidated = etag
    ? (await fetch(`${server.baseUrl}${links[0]}`, { headers: { "if-none-match": etag } })).status
    : null;
  selectionFacts.headers[engine] =
    `Cache-Control: ${cacheControl}; ETag: ${etag ? "yes" : "none"}; a request with If-None-Match answered ${revalidated ?? "—"}; signature ${body.signature}, status ${body.status}`;
  if (body.signature !== "GENUINE")
    throw new Error(`the QR link did not verify: ${JSON.stringify(body).slice(0, 200)}`);
  const verifyFirst = await oneAtATime(server.baseUrl, "", links);
  rows.push(
    latencyRow(
      engine,
      `Public verification of a certificate (QR link with its Ed25519 signature), ${links.length} certificates each opened once (not from the 30 s cache)`,
      verifyFirst,
      selectionTargets.verifyP95Ms[engine],
    ),
  );
  const figures = await load({
    url: `${server.baseUrl}${links[0]}`,
    paths: links,
    ...VERIFY_LOAD,
  });
  const problems = figures.problems ? ` — ${figures.problems}` : "";
  rows.push({
    engine,
    metric: `Public verification under load, the same ${links.length} QR links in turn (${VERIFY_LOAD.connections} connections, ${VERIFY_LOAD.durationSeconds} s; the server's 30 s answer cache on, no CDN): throughput`,
    target: `≥ ${int(selectionTargets.verifyRps)} req/s`,
    measured: `${int(figures.requestsPerSecond)} req/s (p50 ${ms1(figures.latency.p50Ms)}, p95 ${ms1(figures.latency.p95Ms)}, p99 ${ms1(figures.latency.p99Ms)}; ${int(figures.total)} requests)${problems}; ${selectionFacts.headers[engine]}`,
    pass:
      figures.problems === null &&
      figures.requestsPerSecond >= selectionTargets.verifyRps &&
      /max-age=\d+/.test(cacheControl),
  });

  // The scoring summary of the closed 300-entry round, read by the province's officer.
  const summaryPath = `/api/v1/selection-rounds/${SELECTION_SEED.scoringRoundId}/scoring/summary`;
  const summary = await getJson<{ rows?: unknown[] }>(server.baseUrl, summaryPath, sessions.province);
  const entries = Array.isArray(summary.rows) ? summary.rows.length : 0;
  if (entries !== SELECTION_SEED.scoringEntries)
    throw new Error(`the summary lists ${entries} entries, not ${SELECTION_SEED.scoringEntries}`);
  const times = await oneAtATime(
    server.baseUrl,
    sessions.province,
    Array<string>(SUMMARY_RUNS).fill(summaryPath),
  );
  rows.push(
    latencyRow(
      engine,
      `Scoring summary of a round of ${SELECTION_SEED.scoringEntries} entries and ${SELECTION_SEED.jurors} jurors (${SELECTION_SEED.criteria} criteria, ${int(SELECTION_SEED.scoringEntries * SELECTION_SEED.jurors)} sheets), ${SUMMARY_RUNS} requests`,
      times,
      selectionTargets.summaryMs,
    ),
  );
  return rows;
}

export function selectionNotes(): string[] {
  const seeded = (engine: Engine) => {
    const s = selectionFacts.seeds[engine];
    return s
      ? `${engine} ${int(s.rounds)} rounds, ${int(s.entries)} entries, ${int(s.certificates)} certificates, ${int(s.sheets)} sheets in ${int(s.ms)} ms`
      : `${engine} not seeded`;
  };
  return [
    `Product selection (issue 16): ${int(SELECTION_SEED.rounds)} rounds of 2017–2026 (provincial, regional every tenth, national every 25th) with ${int(SELECTION_SEED.entriesPerRound)} entries each and ${int(SELECTION_SEED.certificates)} certificates issued from the recognised ones (1 % revoked; those of 2017–2023 expired by date), plus Đồng Tháp's 2026 round of ${SELECTION_SEED.scoringEntries} entries, ${SELECTION_SEED.jurors} jurors, ${SELECTION_SEED.criteria} criteria, every sheet filled and scoring closed (apps/server/bench/selection-data.ts, set-based SQL, created_by 'bench-seed'). Seeded: ${seeded("PostgreSQL")}; ${seeded("PGlite")}.`,
    `Catalogue: \`GET /api/public/honoured-products\` without a session, ${selectionFacts.catalogueQueries} different queries (${SEARCHES.length} diacritics-free searches alone and with the status, province, group + year, region + level filters and a third page; the provinces; the years with level and status) one at a time over one kept-alive connection; the server keeps each answer for 30 s, so each query is asked once and the figure is that of computing it. Verification: \`GET /api/public/certificates/{publicId}?s=<signed token>\` with the links the catalogue gives, each opened once one at a time (computed: row read and Ed25519 check), then autocannon over the same links (the server's own 30 s cache answering, as a CDN's edge would after its first request). The public rate limit (per client address, KC_PUBLIC_RATE_LIMIT) is raised for the bench, as all requests come from one address. Scoring summary: \`GET /api/v1/selection-rounds/{id}/scoring/summary\` as the province's officer, one at a time.`,
  ];
}
