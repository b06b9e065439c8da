import pg from "pg";
import { load, percentile } from "./load";
import type { EngineSetup } from "./measurements";
import { PROJECT_SEED, type ProjectSeedSummary, seedProjects } from "./projects-data";
import { getJson, int, LIST_LOAD, ms1, PROVINCE_SIGN_IN, type Sessions } from "./registry-common";
import type { Row } from "./report";
import type { RunningServer } from "./server-process";

/**
 * Support projects at national scale (issue: projects): 60,000 projects and 600,000 disbursements, on PostgreSQL
 * (the issue sets its targets there), written while the server runs. Measures the list with its filters, the
 * project page, and a lifecycle step, each against the real server.
 */
export const projectTargets = { listP95Ms: 50, pageP95Ms: 80, stepP95Ms: 50 } as const;
const PAGE_LOAD = { connections: 4, durationSeconds: 10, warmupSeconds: 2 };
const STEPS_MEASURED = 200;

export const projectFacts: { seed: ProjectSeedSummary | null } = { seed: null };

type Page = { items: { id: string; version: number }[]; total: number };

export async function benchProjects(
  setup: EngineSetup,
  server: RunningServer,
  sessions: Sessions,
): Promise<Row[]> {
  const engine = setup.engine;
  const url = setup.env.DATABASE_URL;
  if (!url) throw new Error("the project figures are measured on PostgreSQL");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    projectFacts.seed = await seedProjects(
      { query: (text, params) => client.query(text, params) },
      console.log,
    );
  } finally {
    await client.end();
  }
  return measureProjects(engine, server, sessions);
}

/** The figures, on a database that already holds the bench projects. */
export async function measureProjects(
  engine: Row["engine"],
  server: RunningServer,
  sessions: Sessions,
): Promise<Row[]> {
  const rows: Row[] = [];
  const lists: { name: string; cookie: string; paths: string[] }[] = [
    {
      name: "national officer, default order, then plan year, status, funding level, activity, search and overdue filters in turn",
      cookie: sessions.national,
      paths: [
        "",
        "planYear=2024",
        "status=IN_PROGRESS",
        "fundingLevel=KCDP",
        "activity=MAY_MOC_THIET_BI&planYear=2025",
        "q=may%20say",
        "overdue=true",
        "provinceId=P34-79&status=CLOSED",
      ].map((q) => `/api/v1/projects?pageSize=50&${q}`),
    },
    {
      name: `provincial officer (${PROVINCE_SIGN_IN.provinceId}), the same filters`,
      cookie: sessions.province,
      paths: ["", "planYear=2024", "status=IN_PROGRESS", "q=mam", "overdue=true"].map(
        (q) => `/api/v1/projects?pageSize=50&${q}`,
      ),
    },
  ];
  for (const list of lists) {
    const figures = await load({
      url: `${server.baseUrl}${list.paths[0]}`,
      headers: { cookie: list.cookie },
      paths: list.paths,
      ...LIST_LOAD,
    });
    rows.push(
      loadRow(engine, `Project list (60k), ${list.name}, page of 50`, figures, projectTargets.listP95Ms),
    );
  }
  const sample = await getJson<Page>(
    server.baseUrl,
    "/api/v1/projects?pageSize=200&status=CLOSED",
    sessions.national,
  );
  const pages = sample.items.map((p) => `/api/v1/projects/${p.id}`);
  const figures = await load({
    url: `${server.baseUrl}${pages[0]}`,
    headers: { cookie: sessions.national },
    paths: pages,
    ...PAGE_LOAD,
  });
  rows.push(
    loadRow(
      engine,
      "Project page (6 steps and documents, 10 disbursements, estimate, beneficiary), 200 projects in turn",
      figures,
      projectTargets.pageP95Ms,
    ),
  );
  rows.push(await measureSteps(engine, server, sessions));
  return rows;
}

function loadRow(
  engine: Row["engine"],
  metric: string,
  figures: Awaited<ReturnType<typeof load>>,
  target: number,
): Row {
  const problems = figures.problems ? ` — ${figures.problems}` : "";
  return {
    engine,
    metric: `${metric}: latency p95 (${PAGE_LOAD.connections} connections, ${PAGE_LOAD.durationSeconds} s)`,
    target: `≤ ${target} ms`,
    measured: `${ms1(figures.latency.p95Ms)} (p50 ${ms1(figures.latency.p50Ms)}, p99 ${ms1(figures.latency.p99Ms)}; ${int(figures.requestsPerSecond)} req/s, ${int(figures.total)} requests)${problems}`,
    pass: figures.problems === null && figures.latency.p95Ms <= target,
  };
}

/**
 * A lifecycle step as the implementer takes it: REQUEST_ADJUSTMENT on projects in progress of the provincial
 * officer's province (its centre implements them), one request at a time, each on another project.
 */
async function measureSteps(engine: Row["engine"], server: RunningServer, sessions: Sessions): Promise<Row> {
  const page = await getJson<Page>(
    server.baseUrl,
    `/api/v1/projects?pageSize=${STEPS_MEASURED}&status=IN_PROGRESS`,
    sessions.province,
  );
  if (page.items.length < 50)
    throw new Error(`only ${page.items.length} projects in progress in the province`);
  const times: number[] = [];
  let failures = 0;
  let firstFailure = "";
  for (const project of page.items) {
    const started = performance.now();
    const response = await fetch(`${server.baseUrl}/api/v1/projects/${project.id}/steps/REQUEST_ADJUSTMENT`, {
      method: "POST",
      headers: {
        cookie: sessions.province,
        "content-type": "application/json",
        "x-requested-with": "khuyencong",
      },
      body: JSON.stringify({
        version: project.version,
        effectiveOn: "2026-05-02",
        adjustmentTypes: ["DOI_DIA_DIEM"],
        documents: [
          {
            kind: "VAN_BAN_DE_NGHI_DIEU_CHINH",
            number: "01/VB",
            date: "2026-05-02",
            signer: "Giám đốc",
            signerAuthority: null,
            title: "",
          },
          {
            kind: "XAC_NHAN_CUA_SO",
            number: "02/SCT",
            date: "2026-05-02",
            signer: "Giám đốc Sở",
            signerAuthority: null,
            title: "",
          },
        ],
      }),
    });
    const text = await response.text();
    if (response.status !== 200) {
      failures++;
      firstFailure ||= `${response.status} ${text.slice(0, 160)}`;
      continue;
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p95 = percentile(times, 0.95);
  return {
    engine,
    metric: `Project step REQUEST_ADJUSTMENT (lock, guards, state, step, documents, audit), ${page.items.length} projects one after another: latency p95`,
    target: `≤ ${projectTargets.stepP95Ms} ms`,
    measured: `${ms1(p95)} (p50 ${ms1(percentile(times, 0.5))}; ${times.length} succeeded${failures ? `, ${failures} failed: ${firstFailure}` : ""})`,
    pass: failures === 0 && p95 <= projectTargets.stepP95Ms,
  };
}

export function projectNotes(): string[] {
  const seed = projectFacts.seed;
  return [
    `Projects (PostgreSQL only, the issue's targets): after the register rows, ${int(PROJECT_SEED.projects)} projects over the 34 provinces and plan years ${PROJECT_SEED.firstYear}–${PROJECT_SEED.firstYear + PROJECT_SEED.years - 1} (apps/server/bench/projects-data.ts: set-based SQL, every row created_by 'bench-seed'), each with an estimate line, a beneficiary, 6 timeline steps and 6 documents; ${int(PROJECT_SEED.disbursements)} disbursement rows on the contracted ones${seed ? `; seeded in ${int(seed.ms)} ms while the server ran` : ""}. List and page: autocannon ${PAGE_LOAD.connections} connections for ${PAGE_LOAD.durationSeconds} s after ${PAGE_LOAD.warmupSeconds} s warm-up, each request the next path of the list. Step: ${STEPS_MEASURED} REQUEST_ADJUSTMENT requests one after another by dongthap@demo.khuyencong.vn on different projects in progress, timed by the client to the end of the answer (the project page it returns included).`,
  ];
}
