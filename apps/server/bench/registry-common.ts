import type { SeedSummary } from "./registry-data";
import type { Engine } from "./report";

/** Accounts, loads, searches and targets shared by the register measurements. */

export const NATIONAL_SIGN_IN = { email: "trunguong@demo.khuyencong.vn", password: "khuyencong-demo" };
export const PROVINCE_SIGN_IN = {
  email: "dongthap@demo.khuyencong.vn",
  password: "khuyencong-demo",
  provinceId: "P34-82",
  provinceCode: "82",
};
/** Modest concurrency for the list (an office's worth of officers at once), after a warm-up. */
export const LIST_LOAD = { connections: 4, durationSeconds: 10, warmupSeconds: 2 };
export const IMPORT_ROWS = 50_000;
export const MEMORY_SAMPLE_MS = 200;
export const JOB_POLL_MS = 200;
/** How long the responsiveness probes go on after the import's SUCCEEDED, through its housekeeping. */
export const HOUSEKEEPING_PROBE_MS = 15_000;
/** Give up waiting for the import after this long (the run must stay bounded): 4× the target on PostgreSQL. */
export const IMPORT_LIMIT_MS: Record<Engine, number> = { PostgreSQL: 120_000, PGlite: 300_000 };

/**
 * Diacritics-free searches, taken in turn: common trades hit thousands of rows nationally (hundreds in one
 * province), rare ones ("kham trai", "duc dong") a few hundred, names and places in between.
 */
export const SEARCHES = [
  "may tre",
  "gom su",
  "nong san",
  "co khi",
  "det may",
  "do go",
  "nuoc mam",
  "banh trang",
  "theu",
  "son mai",
  "kham trai",
  "duc dong",
  "tran van",
  "phu vinh",
  "gach khong nung",
  "xay xat gao",
];

export const targets = {
  listP95Ms: { PGlite: 150, PostgreSQL: 50 },
  importMs: { PGlite: null, PostgreSQL: 30_000 },
  importRssMb: { PGlite: null, PostgreSQL: 500 },
  exportMs: { PGlite: 15_000, PostgreSQL: 15_000 },
  otherRequestsDuringImportMs: { PGlite: 2_000, PostgreSQL: 2_000 },
} satisfies Record<string, Record<Engine, number | null>>;

export const int = (value: number) => Math.round(value).toLocaleString("en-US");
export const ms1 = (value: number) => `${value.toFixed(1)} ms`;

export function atMost(engine: Engine, target: Record<Engine, number | null>, value: number, unit: string) {
  const limit = target[engine];
  return {
    target: limit === null ? "— (none set)" : `≤ ${int(limit)} ${unit}`,
    pass: limit === null ? null : value <= limit,
  };
}

export type Sessions = { national: string; province: string };

/** Facts gathered along the way, for the notes of the report. */
export const registryFacts: {
  seeds: Partial<Record<Engine, SeedSummary & { totalMs: number }>>;
  hits: Partial<Record<Engine, Record<string, { national: number; province: number }>>>;
  importFile: { bytes: number; generateMs: number; communes: number } | null;
} = { seeds: {}, hits: {}, importFile: null };

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

export async function getJson<T>(baseUrl: string, path: string, cookie: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: { cookie },
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** The ids of today's provinces, as the national account reads them (the lists are measured province by province). */
export async function provinceIds(baseUrl: string, cookie: string): Promise<string[]> {
  const page = await getJson<{ items: { id: string }[] }>(
    baseUrl,
    "/api/v1/admin-units?level=TINH&pageSize=50",
    cookie,
  );
  return page.items.map((p) => p.id);
}
