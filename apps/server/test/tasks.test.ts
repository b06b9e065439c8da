import { latestDuePeriod, type ProjectStatus, todayInVietnam } from "@kc/domain";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, project, projectProgressReport } from "../src/db/schema/index";
import { DONG_THAP_CENTRE, projectInput, versionOf } from "./project-support";
import {
  COMMUNE_HA_NOI,
  createTestContext,
  engines,
  establishmentInput,
  HA_NOI,
  json,
  seedSampleCommunes,
  signedIn,
  type TestClient,
  type TestContext,
} from "./support";

const HA_NOI_CENTRE = "ORG-TTKC-P34-01";

/** Months from `first` to `last` ("YYYY-MM"), both included. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (let period = first; period <= last; ) {
    months.push(period);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
    period = `${year}-${String(month).padStart(2, "0")}`;
  }
  return months;
}

function monthsBefore(period: string, n: number): string {
  const [year, month] = period.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

type Shape = { kind: string; id: string }[];
const sorted = (tasks: Shape) =>
  tasks.map((t) => `${t.kind}:${t.id}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe.each(engines)("my tasks on %s", (engine) => {
  let ctx: TestContext;
  let dongThap: TestClient;
  let hanoi: TestClient;
  /** One project per waiting state in each province: returned, submitted to the DoIT and to the Cục, … */
  const dt: Record<string, string> = {};
  const hn: Record<string, string> = {};
  const latest = latestDuePeriod(todayInVietnam());
  const contractMonth = monthsBefore(latest, 3);
  const owedMonths = monthsBetween(contractMonth, latest);

  async function arrange(id: string, status: ProjectStatus, reporting: "owes" | "up-to-date" | null) {
    await ctx.db
      .update(project)
      .set({
        status,
        contractSignedOn: reporting ? `${contractMonth}-01` : null,
        lastReportPeriod: reporting === "up-to-date" ? latest : null,
      })
      .where(eq(project.id, id));
  }

  async function build(client: TestClient, into: Record<string, string>, input: Record<string, unknown>) {
    const establishment = await client.post(
      "/api/v1/establishments",
      establishmentInput({
        taxCode: null,
        ...(input.provinceId === HA_NOI ? { communeId: COMMUNE_HA_NOI } : {}),
      }),
    );
    const establishmentId = (await json(establishment)).id;
    const states: [string, ProjectStatus, "owes" | "up-to-date" | null][] = [
      ["returned", "RETURNED", null],
      ["submittedBase", "SUBMITTED_BASE", null],
      ["submittedCentral", "SUBMITTED_CENTRAL", null],
      ["adjustment", "ADJUSTMENT_PENDING", "up-to-date"],
      ["reporting", "IN_PROGRESS", "owes"],
      ["upToDate", "IN_PROGRESS", "up-to-date"],
      ["draft", "DRAFT", null],
    ];
    for (const [name, status, reporting] of states) {
      const created = await client.post("/api/v1/projects", projectInput(establishmentId, input));
      expect(created.status, await created.clone().text()).toBe(201);
      into[name] = (await json(created)).id;
      await arrange(into[name] as string, status, reporting);
    }
  }

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedSampleCommunes(ctx);
    dongThap = (await signedIn(ctx, { role: "PROVINCIAL_OFFICER" })).client;
    hanoi = (
      await signedIn(ctx, { role: "PROVINCIAL_OFFICER", scope: { kind: "PROVINCE", provinceId: HA_NOI } })
    ).client;
    await build(dongThap, dt, {});
    await build(hanoi, hn, {
      provinceId: HA_NOI,
      implementerOrgId: HA_NOI_CENTRE,
      implementerName: "Trung tâm Khuyến công Hà Nội",
      sites: [{ communeId: COMMUNE_HA_NOI, addressText: "" }],
    });
  });
  afterAll(async () => ctx?.close());

  async function tasksOf(client: TestClient) {
    const response = await client.get("/api/v1/me/tasks");
    expect(response.status, await response.clone().text()).toBe(200);
    const body = await json(response);
    const badge = await json(await client.get("/api/v1/me/tasks/count"));
    // The header badge counts exactly what the page lists.
    expect(badge.count).toBe(body.items.length);
    expect(body.count).toBe(body.items.length);
    return body as {
      items: { kind: { code: string }; record: { id: string }; months: string[]; dueBefore: string | null }[];
    };
  }

  const shape = (items: Awaited<ReturnType<typeof tasksOf>>["items"]) =>
    sorted(items.map((item) => ({ kind: item.kind.code, id: item.record.id })));

  const matrix: {
    label: string;
    login: () => Promise<TestClient>;
    expected: () => Shape;
  }[] = [
    {
      label: "provincial officer (own province): returned dossier, adjustment to confirm, overdue reports",
      login: async () => dongThap,
      expected: () => [
        { kind: "RETURNED", id: dt.returned as string },
        { kind: "ADJUSTMENT", id: dt.adjustment as string },
        { kind: "PROGRESS_OVERDUE", id: dt.reporting as string },
      ],
    },
    {
      label: "provincial officer of another province sees only its own",
      login: async () => hanoi,
      expected: () => [
        { kind: "RETURNED", id: hn.returned as string },
        { kind: "ADJUSTMENT", id: hn.adjustment as string },
        { kind: "PROGRESS_OVERDUE", id: hn.reporting as string },
      ],
    },
    {
      label: "provincial leader: the DoIT's appraisal besides",
      login: async () => (await signedIn(ctx, { role: "PROVINCIAL_LEADER" })).client,
      expected: () => [
        { kind: "RETURNED", id: dt.returned as string },
        { kind: "APPRAISAL", id: dt.submittedBase as string },
        { kind: "ADJUSTMENT", id: dt.adjustment as string },
        { kind: "PROGRESS_OVERDUE", id: dt.reporting as string },
      ],
    },
    {
      label: "central leader (national): what waits at the central level in every province",
      login: async () => (await signedIn(ctx, { role: "CENTRAL_LEADER" })).client,
      expected: () => [
        { kind: "APPRAISAL", id: dt.submittedCentral as string },
        { kind: "APPRAISAL", id: hn.submittedCentral as string },
        { kind: "ADJUSTMENT", id: dt.adjustment as string },
        { kind: "ADJUSTMENT", id: hn.adjustment as string },
      ],
    },
    {
      label: "central officer of the North: only the North's provinces",
      login: async () =>
        (await signedIn(ctx, { role: "CENTRAL_OFFICER", scope: { kind: "REGION", regionCode: "BAC" } }))
          .client,
      expected: () => [
        { kind: "APPRAISAL", id: hn.submittedCentral as string },
        { kind: "ADJUSTMENT", id: hn.adjustment as string },
      ],
    },
    {
      label: "implementer (Đồng Tháp centre): its returned dossier and its overdue reports",
      login: async () =>
        (
          await signedIn(ctx, {
            role: "IMPLEMENTER",
            scope: { kind: "ORGANISATION", organisationId: DONG_THAP_CENTRE },
          })
        ).client,
      expected: () => [
        { kind: "RETURNED", id: dt.returned as string },
        { kind: "PROGRESS_OVERDUE", id: dt.reporting as string },
      ],
    },
    {
      label: "auditor: reads everything, has nothing to do",
      login: async () => (await signedIn(ctx, { role: "AUDITOR" })).client,
      expected: () => [],
    },
    {
      label: "system administrator: no project tasks",
      login: async () => (await signedIn(ctx, { role: "SYSTEM_ADMIN" })).client,
      expected: () => [],
    },
  ];

  it.each(matrix)("$label", async ({ login, expected }) => {
    const { items } = await tasksOf(await login());
    expect(shape(items)).toEqual(sorted(expected()));
  });

  it("says which months are owed and how late, missed deadlines first", async () => {
    const { items } = await tasksOf(dongThap);
    const owed = items.find((item) => item.kind.code === "PROGRESS_OVERDUE");
    expect(owed?.months).toEqual(owedMonths);
    expect(owed?.dueBefore).toBe(`${contractMonth}-25`);
    // The returned KCQG dossier of plan year 2016 was due back before the 2015 registration day, long past.
    const returned = items.find((item) => item.kind.code === "RETURNED");
    expect(returned).toMatchObject({ dueBefore: "2015-06-15", overdue: true });
    const adjustment = items.find((item) => item.kind.code === "ADJUSTMENT");
    expect(adjustment).toMatchObject({ dueBefore: null, overdue: false });
    expect(items.at(-1)?.kind.code).toBe("ADJUSTMENT");
  });

  it("filters by kind and refuses unknown filters with 400", async () => {
    const only = await json(await dongThap.get("/api/v1/me/tasks?kind=RETURNED"));
    expect(only.items.map((i: { record: { id: string } }) => i.record.id)).toEqual([dt.returned]);
    for (const bad of ["kind=NOPE", "kind=", "page=2", "kind=RETURNED&kind=APPRAISAL"])
      expect((await dongThap.get(`/api/v1/me/tasks?${bad}`)).status, bad).toBe(400);
    expect((await dongThap.get("/api/v1/me/tasks/count?x=1")).status).toBe(400);
    expect((await ctx.client().get("/api/v1/me/tasks")).status).toBe(401);
  });

  describe("filing several overdue months at once", () => {
    const reportsOf = async (id: string) =>
      (
        await ctx.db
          .select({ n: count() })
          .from(projectProgressReport)
          .where(eq(projectProgressReport.projectId, id))
      )[0]?.n;
    const auditsOf = async (id: string) =>
      (
        await ctx.db
          .select({ n: count() })
          .from(auditLog)
          .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "PROJECT_PROGRESS_REPORTED")))
      )[0]?.n;
    const month = (period: string) => ({
      period,
      reportedOn: todayInVietnam(),
      percentComplete: 40,
      workDone: `Báo cáo bù tháng ${period}`,
    });

    it("writes nothing when one month is refused, and names it", async () => {
      const id = dt.reporting as string;
      const version = await versionOf(dongThap, id);
      const future = monthsBefore(latest, -14);
      const response = await dongThap.post(`/api/v1/projects/${id}/progress-reports/batch`, {
        version,
        reports: [...owedMonths.map(month), month(future)],
      });
      expect(response.status).toBe(422);
      const problem = await json(response);
      expect(problem.code).toBe("PROJECT_PROGRESS_PERIOD_INVALID");
      expect(problem.errors).toEqual([
        expect.objectContaining({ path: `reports.${owedMonths.length}.period` }),
      ]);
      expect(await reportsOf(id)).toBe(0);
      expect(await auditsOf(id)).toBe(0);
      expect(await versionOf(dongThap, id)).toBe(version);
    });

    it("refuses bad bodies with 400, a stale version with 409 and another province's project with 404", async () => {
      const id = dt.reporting as string;
      const version = await versionOf(dongThap, id);
      const url = `/api/v1/projects/${id}/progress-reports/batch`;
      const first = owedMonths[0] as string;
      const bad = [
        { version, reports: [] },
        { version, reports: [month(first), month(first)] },
        { version, reports: [{ ...month(first), period: "2026-13" }] },
        { version, reports: "all" },
        { version, reports: [month(first)], extra: true },
        { reports: [month(first)] },
      ];
      for (const body of bad) expect((await dongThap.post(url, body)).status, JSON.stringify(body)).toBe(400);
      expect((await dongThap.post(url, { version: version + 7, reports: [month(first)] })).status).toBe(409);
      expect((await hanoi.post(url, { version, reports: [month(first)] })).status).toBe(404);
      expect(await reportsOf(id)).toBe(0);
    });

    it("files every owed month in one request, one audit row each, and the task is gone", async () => {
      const id = dt.reporting as string;
      const version = await versionOf(dongThap, id);
      const response = await dongThap.post(`/api/v1/projects/${id}/progress-reports/batch`, {
        version,
        reports: owedMonths.map(month),
      });
      expect(response.status, await response.clone().text()).toBe(200);
      expect((await json(response)).version).toBe(version + 1);
      expect(await reportsOf(id)).toBe(owedMonths.length);
      expect(await auditsOf(id)).toBe(owedMonths.length);
      const { items } = await tasksOf(dongThap);
      expect(items.some((item) => item.record.id === id)).toBe(false);
      // A month already reported: the whole request is refused again, nothing doubled.
      const again = await dongThap.post(`/api/v1/projects/${id}/progress-reports/batch`, {
        version: version + 1,
        reports: [month(owedMonths[0] as string)],
      });
      expect(again.status).toBe(409);
      expect((await json(again)).code).toBe("PROJECT_PROGRESS_REPORT_EXISTS");
      expect(await reportsOf(id)).toBe(owedMonths.length);
    });
  });
});
