import { importColumns } from "@kc/domain";
import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { establishment, importBatch, job, jobFile } from "../../src/db/schema/index";
import { buildUser, establishmentInput, json, seedSampleCommunes, type TestClient } from "../support";
import { type ProcessCluster, serverRunning, startProcessCluster } from "./harness";

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
    cluster = await startProcessCluster({ processes: 3 });
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

  it("shows an import started through one process to polls through the others, until it is done", async () => {
    const { jobId, servedBy } = await startImport(officer, importCsv("71", 1500));
    const pollers = new Set<string>();
    let view = {
      status: "QUEUED",
      progress: { done: 0, total: 0 },
      result: null as null | { created: number },
    };
    for (let i = 0; i < 6000 && view.status !== "SUCCEEDED" && view.status !== "FAILED"; i++) {
      const response = await officer.get(`/api/v1/establishment-imports/${jobId}`);
      expect(response.status).toBe(200);
      pollers.add(response.headers.get("x-served-by") ?? "");
      view = await json(response);
      if (view.status !== "SUCCEEDED") await new Promise((r) => setTimeout(r, 50));
    }
    expect(view.status).toBe("SUCCEEDED");
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
    let running: { lockedBy: string | null; progressDone: number; status: string } | undefined;
    for (let i = 0; i < 6000; i++) {
      [running] = await db
        .select({ lockedBy: job.lockedBy, progressDone: job.progressDone, status: job.status })
        .from(job)
        .where(eq(job.id, jobId));
      if (running?.status !== "QUEUED" && (running?.progressDone ?? 0) > ROWS / 4) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(running?.status).toBe("RUNNING");
    const victim = serverRunning(cluster, running?.lockedBy ?? null);
    expect(victim).toBeDefined();
    if (!victim) return;
    await cluster.kill(victim.index, "SIGKILL");
    expect(await rows()).toBe(0);

    // Polled through the survivors: another process takes the job once the heartbeat bound has passed.
    let view = {
      status: "RUNNING",
      error: null as null | { code: string },
      result: null as null | { created: number },
    };
    for (let i = 0; i < 12000 && view.status !== "SUCCEEDED" && view.status !== "FAILED"; i++) {
      view = await json(await officer.get(`/api/v1/establishment-imports/${jobId}`));
      if (view.status !== "SUCCEEDED" && view.status !== "FAILED")
        await new Promise((r) => setTimeout(r, 50));
    }
    expect(view).toMatchObject({ status: "SUCCEEDED", error: null, result: { created: ROWS } });
    const [finished] = await db
      .select({ attempts: job.attempts, lockedBy: job.lockedBy })
      .from(job)
      .where(eq(job.id, jobId));
    expect(finished?.attempts).toBe(2);
    expect(serverRunning(cluster, finished?.lockedBy ?? null)?.index).not.toBe(victim.index);
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
