import { importColumns } from "@kc/domain";
import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { establishment, importBatch, job, jobFile } from "../../src/db/schema/index";
import { buildUser, establishmentInput, json, seedSampleCommunes, type TestClient } from "../support";
import { BOUNDS, waitFor } from "./bounds";
import { type ProcessCluster, serverRunning, startProcessCluster } from "./harness";

type JobView = {
  status: string;
  progress: { done: number; total: number };
  error: null | { code: string };
  result: null | { created: number };
};
const finished = (view: JobView) => view.status === "SUCCEEDED" || view.status === "FAILED";

/** An establishment import CSV of `rows` rows whose tax codes start with `prefix` (two digits). */
function importCsv(prefix: string, rows: number): string {
  return [
    importColumns.map((c) => c.headerVi).join(","),
    ...Array.from({ length: rows }, (_, i) => {
      const cells: Record<string, string> = {
        name: `Cơ sở nhiều tiến trình ${prefix}-${i}`,
        legalForm: "HKD",
        subjectClass: "CNNT",
        taxCode: `${prefix}${String(i).padStart(8, "0")}`,
        provinceCode: "82",
        communeCode: "28249",
        addressText: "Ấp 1",
        industries: "N_DD",
        mainProducts: "Thảm lục bình",
      };
      return importColumns.map((c) => cells[c.key] ?? "").join(",");
    }),
  ].join("\n");
}

async function startImport(client: TestClient, csv: string): Promise<{ jobId: string; servedBy: string }> {
  const form = new FormData();
  form.append("file", new File([csv], "nhieu-tien-trinh.csv"));
  const response = await client.request("POST", "/api/v1/establishment-imports", form);
  expect(response.status).toBe(202);
  const { jobId } = await json(response);
  return { jobId, servedBy: response.headers.get("x-served-by") ?? "" };
}

// Three server processes start at once on two cores (a minute or more) and import thousands of rows; the limit
// only catches a hang.
describe("three server processes on one PostgreSQL", { timeout: 600_000 }, () => {
  let cluster: ProcessCluster;
  let officer: TestClient;

  beforeAll(async () => {
    cluster = await startProcessCluster({ templateUrl: inject("pgTemplateUrl"), processes: 3 });
    await seedSampleCommunes({ db: cluster.database.db });
    const user = await buildUser({ db: cluster.database.db }, { role: "PROVINCIAL_OFFICER" });
    officer = cluster.client();
    expect((await officer.signIn(user.email, user.password)).status).toBe(200);
  }, 600_000);
  afterAll(async () => {
    await cluster?.close();
  });

  it("reads its own writes through whichever process answers", async () => {
    const created = await officer.post(
      "/api/v1/establishments",
      establishmentInput({ taxCode: "0319999901" }),
    );
    expect(created.status).toBe(201);
    const record = await json(created);
    const servedBy = new Set([created.headers.get("x-served-by")]);
    // The next reads go round the other processes: each sees the record, then its edit, at once.
    for (let i = 0; i < 2; i++) {
      const read = await officer.get(`/api/v1/establishments/${record.id}`);
      expect(read.status).toBe(200);
      expect((await json(read)).name).toBe(record.name);
      servedBy.add(read.headers.get("x-served-by"));
    }
    const edited = await officer.patch(`/api/v1/establishments/${record.id}`, {
      version: record.version,
      name: "Cơ sở đã sửa ở tiến trình khác",
    });
    expect(edited.status).toBe(200);
    servedBy.add(edited.headers.get("x-served-by"));
    for (let i = 0; i < 3; i++) {
      const read = await officer.get(`/api/v1/establishments/${record.id}`);
      expect((await json(read)).name).toBe("Cơ sở đã sửa ở tiến trình khác");
      servedBy.add(read.headers.get("x-served-by"));
    }
    expect(servedBy).toEqual(new Set(["0", "1", "2"]));
  });

  /** The same browser (cookies) talking to process `index` directly instead of through the proxy. */
  const sameBrowserOn = (client: TestClient, index: number) => {
    const direct = cluster.client(index);
    direct.cookies = client.cookies;
    return direct;
  };
  const PROCESSES = [0, 1, 2];

  it("shows a support norm edited through one process to the next read of every process", async () => {
    // Norm sets are read from the database on every request (no cache): the bound is the next read.
    const leader = cluster.client();
    const account = await buildUser({ db: cluster.database.db }, { role: "CENTRAL_LEADER" });
    expect((await leader.signIn(account.email, account.password)).status).toBe(200);
    const path = "/api/v1/support-norm-sets/KCQG_TT_28_2018_BTC";
    for (const index of PROCESSES)
      expect(await json(await sameBrowserOn(leader, index).get(path))).toMatchObject({ validTo: null });

    const closed = await leader.post(`${path}/close`, { validTo: "2026-06-30" });
    expect(closed.status).toBe(200);
    for (const index of PROCESSES)
      expect(await json(await sameBrowserOn(leader, index).get(path))).toMatchObject({
        validTo: "2026-06-30",
        source: "ADMIN",
      });
    // And through the proxy, which sends the next reads to the processes after the writer.
    const readers = new Set<string | null>();
    for (let i = 0; i < 3; i++) {
      const read = await leader.get(path);
      expect(await json(read)).toMatchObject({ validTo: "2026-06-30" });
      readers.add(read.headers.get("x-served-by"));
    }
    expect(readers).toEqual(new Set(["0", "1", "2"]));
  });

  it("refuses an account disabled through one process at its next request on every process", async () => {
    const db = cluster.database.db;
    const admin = cluster.client();
    const adminAccount = await buildUser({ db }, { role: "SYSTEM_ADMIN" });
    expect((await admin.signIn(adminAccount.email, adminAccount.password)).status).toBe(200);
    const victim = cluster.client();
    const victimAccount = await buildUser({ db }, { role: "PROVINCIAL_OFFICER" });
    expect((await victim.signIn(victimAccount.email, victimAccount.password)).status).toBe(200);
    // Every process has the session in its cache (a minute here): only the notification can end it early.
    for (const index of PROCESSES) {
      expect((await sameBrowserOn(victim, index).get("/api/v1/me")).status).toBe(200);
      expect((await sameBrowserOn(victim, index).get("/api/v1/me")).status).toBe(200);
    }
    const heardBefore = await Promise.all(PROCESSES.map((index) => cluster.heardBy(index)));

    const disabled = await admin.post(`/api/v1/users/${victimAccount.id}/disable`, { version: 1 });
    expect(disabled.status).toBe(200);
    const writer = Number(disabled.headers.get("x-served-by"));
    // The writer cleared its own caches before answering; the others clear theirs when the notification arrives.
    for (const index of PROCESSES.filter((i) => i !== writer)) {
      const before = heardBefore[index]?.sessions ?? 0;
      await waitFor(`process ${index} hears that sessions changed`, BOUNDS.notificationMs, async () => {
        const heard = await cluster.heardBy(index);
        return (heard.sessions ?? 0) > before;
      });
    }
    for (const index of PROCESSES) {
      const refused = await sameBrowserOn(victim, index).get("/api/v1/me");
      expect(refused.status, `process ${index}`).toBe(401);
    }
    const servedBy = new Set<string | null>();
    for (let i = 0; i < 3; i++) {
      const refused = await victim.get("/api/v1/establishments");
      expect(refused.status).toBe(401);
      servedBy.add(refused.headers.get("x-served-by"));
    }
    expect(servedBy).toEqual(new Set(["0", "1", "2"]));
    // The administrator, on the same processes, is still served.
    expect((await admin.get("/api/v1/me")).status).toBe(200);
  });

  it("shows an import started through one process to polls through the others, until it is done", async () => {
    const { jobId, servedBy } = await startImport(officer, importCsv("71", 1500));
    const pollers = new Set<string>();
    const { value: view } = await waitFor("the import ends", BOUNDS.workMs, async () => {
      const response = await officer.get(`/api/v1/establishment-imports/${jobId}`);
      expect(response.status).toBe(200);
      pollers.add(response.headers.get("x-served-by") ?? "");
      const polled: JobView = await json(response);
      return finished(polled) && polled;
    });
    expect(view.status, JSON.stringify(view.error)).toBe("SUCCEEDED");
    expect(view.result?.created).toBe(1500);
    expect(view.progress).toEqual({ done: 1500, total: 1500 });
    // Polled through processes other than the one that received the file, and every poll answered.
    expect([...pollers].some((p) => p !== servedBy)).toBe(true);
  });

  it("takes over an import whose process was killed mid-way: never half-written, imported exactly once", async () => {
    const ROWS = 4000;
    const db = cluster.database.db;
    const rows = async () =>
      (
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(establishment)
          .where(like(establishment.taxCode, "72%"))
      )[0]?.n;
    const { jobId } = await startImport(officer, importCsv("72", ROWS));
    // Wait until a process runs it and has reported progress into the row (validation is the first half).
    const { value: running } = await waitFor(
      "a process reports a quarter of the rows",
      BOUNDS.workMs,
      async () => {
        const [row] = await db
          .select({ lockedBy: job.lockedBy, progressDone: job.progressDone, status: job.status })
          .from(job)
          .where(eq(job.id, jobId));
        return row && row.status !== "QUEUED" && row.progressDone > ROWS / 4 && row;
      },
    );
    expect(running.status).toBe("RUNNING");
    const victim = serverRunning(cluster, running.lockedBy);
    expect(victim).toBeDefined();
    if (!victim) return;
    await cluster.kill(victim.index, "SIGKILL");
    expect(await rows()).toBe(0);
    const [dead] = await db.select({ lastBeat: job.heartbeatAt }).from(job).where(eq(job.id, jobId));
    const lastBeat = dead?.lastBeat?.toISOString() ?? "";

    // A survivor takes the job once the victim's last heartbeat is older than the stale bound, and not before.
    const { value: takeOver } = await waitFor(
      "a survivor takes the job over",
      BOUNDS.takeOverMs,
      async () => {
        const [row] = await db
          .select({
            lockedBy: job.lockedBy,
            status: job.status,
            sinceVictimBeatMs: sql<number>`(extract(epoch from now() - ${lastBeat}::timestamptz) * 1000)::float8`,
          })
          .from(job)
          .where(eq(job.id, jobId));
        // Until then the victim's half-done run has left nothing behind.
        if (row?.lockedBy === running.lockedBy) expect(await rows()).toBe(0);
        return row && row.lockedBy !== null && row.lockedBy !== running.lockedBy && row;
      },
    );
    expect(serverRunning(cluster, takeOver.lockedBy)?.index).not.toBe(victim.index);
    expect(takeOver.sinceVictimBeatMs).toBeGreaterThanOrEqual(BOUNDS.staleMs);

    // Polled through the survivors until it ends.
    const { value: view } = await waitFor("the taken-over import ends", BOUNDS.workMs, async () => {
      const polled: JobView = await json(await officer.get(`/api/v1/establishment-imports/${jobId}`));
      return finished(polled) && polled;
    });
    expect(view).toMatchObject({ status: "SUCCEEDED", error: null, result: { created: ROWS } });
    const [ended] = await db
      .select({ attempts: job.attempts, lockedBy: job.lockedBy })
      .from(job)
      .where(eq(job.id, jobId));
    expect(ended?.attempts).toBe(2);
    expect(serverRunning(cluster, ended?.lockedBy ?? null)?.index).not.toBe(victim.index);
    expect(await rows()).toBe(ROWS);
    // One batch for the file: the killed run's transaction left none, the second run wrote it.
    const [params] = await db
      .select({ sha256: sql<string>`${job.params}->>'sha256'` })
      .from(job)
      .where(eq(job.id, jobId));
    const batches = await db
      .select()
      .from(importBatch)
      .where(eq(importBatch.fileSha256, params?.sha256 ?? ""));
    expect(batches).toHaveLength(1);
    expect(batches[0]?.rows).toBe(ROWS);
    // The file went with the job: nothing is left in the queue's file table.
    expect(await db.select().from(jobFile)).toEqual([]);
  });
});
