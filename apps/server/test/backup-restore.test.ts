import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openPglite, openPostgres } from "../src/db/client";
import { fair } from "../src/db/schema/index";
import { backupEmbedded, restoreEmbedded } from "../src/platform/backup/backup-embedded";
import { type BackupManifest, pruneBackups } from "../src/platform/backup/backup-files";
import { backupPostgres, restorePostgres } from "../src/platform/backup/backup-postgres";
import {
  createEstablishment,
  fairValues,
  insertFairs,
  participantsPath,
  participationBody,
} from "./fair-participation-support";
import {
  buildUser,
  COMMUNE_DONG_THAP,
  createTestContext,
  establishmentInput,
  json,
  seedSampleCommunes,
  signedIn,
  type TestContext,
} from "./support";

/**
 * The restore drill of issue 18: a backup taken while the application writes restores into an empty target with
 * the same row counts and the same dashboard answers; a non-empty target, a damaged dump and a dump of the other
 * engine are refused and leave the target as it was.
 */
const work = mkdtempSync(join(tmpdir(), "kc-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OUTPUTS = "/api/v1/dashboard/outputs?yearFrom=2017&yearTo=2017";

/** Records that reach the figure summary: an establishment, a fair and a participation (issue 15's triggers). */
async function recordSomething(ctx: TestContext, fairId: string) {
  await seedSampleCommunes(ctx);
  const { client } = await signedIn(ctx, { role: "PROVINCIAL_OFFICER" });
  const establishmentId = await createEstablishment(client);
  await insertFairs(ctx, fairValues(fairId));
  const created = await client.post(participantsPath(fairId), participationBody(establishmentId));
  expect(created.status).toBe(201);
  // Only a fair that took place counts in the summary (migration 0020).
  await ctx.db.update(fair).set({ status: "HELD" }).where(eq(fair.id, fairId));
  return client;
}

/** The outputs dashboard and the establishment list as a central leader of that database sees them. */
async function answers(ctx: TestContext, leader: { email: string; password: string }) {
  const client = ctx.client();
  expect((await client.signIn(leader.email, leader.password)).status).toBe(200);
  const outputs = await client.get(OUTPUTS);
  expect(outputs.status).toBe(200);
  const establishments = await client.get("/api/v1/establishments?pageSize=100");
  expect(establishments.status).toBe(200);
  return { outputs: await json(outputs), establishments: (await json(establishments)).total };
}

describe("embedded database (PGlite)", () => {
  it("a backup taken while requests write restores into an empty folder with the same counts and dashboard", async () => {
    const ctx = await createTestContext("pglite");
    try {
      const officer = await recordSomething(ctx, "BK1");
      const leader = await buildUser(ctx, { role: "CENTRAL_LEADER" });
      const before = await answers(ctx, leader);
      // Requests go on during the backup: each is served before or after it (or, past the gate's one-second
      // bound, turned away with 503 and nothing written); whichever it is, the manifest's facts are the dump's.
      const [{ manifestPath, manifest }, ...during] = await Promise.all([
        backupEmbedded(ctx.db, join(work, "embedded")),
        officer.post(
          "/api/v1/establishments",
          establishmentInput({ communeId: COMMUNE_DONG_THAP, name: "Cơ sở A" }),
        ),
        officer.post(
          "/api/v1/establishments",
          establishmentInput({ communeId: COMMUNE_DONG_THAP, name: "Cơ sở B" }),
        ),
      ]);
      for (const response of during) expect([201, 503]).toContain(response.status);
      expect(manifest.format).toBe("pglite-tar-gz");
      expect(manifest.facts.rows["public.fair_participation"]).toBe(1);
      expect(manifest.facts.rows["drizzle.__drizzle_migrations"]).toBeGreaterThan(0);
      expect(Object.keys(manifest.facts.figures).length).toBeGreaterThan(0);

      const dataDir = join(work, "restored-embedded");
      await restoreEmbedded(manifestPath, dataDir);
      const restored = await createTestContext("pglite", { database: await openPglite({ dataDir }) });
      try {
        const after = await answers(restored, leader);
        expect(after.establishments).toBe(manifest.facts.rows["public.establishment"]);
        expect(after.outputs).toEqual(before.outputs);
      } finally {
        await restored.close();
      }

      // A second restore into the same folder is refused and changes nothing there.
      const version = readFileSync(join(dataDir, "pgdata", "PG_VERSION"), "utf8");
      await expect(restoreEmbedded(manifestPath, dataDir)).rejects.toMatchObject({
        code: "RESTORE_TARGET_NOT_EMPTY",
      });
      expect(readFileSync(join(dataDir, "pgdata", "PG_VERSION"), "utf8")).toBe(version);

      // A damaged dump is refused before anything is written.
      const damagedDir = join(work, "damaged");
      const dumpPath = join(work, "embedded", manifest.file);
      const bytes = readFileSync(dumpPath);
      const middle = bytes.length >> 1;
      bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle);
      writeFileSync(dumpPath, bytes);
      await expect(restoreEmbedded(manifestPath, damagedDir)).rejects.toMatchObject({
        code: "BACKUP_CHECKSUM_MISMATCH",
      });
      expect(() => readFileSync(join(damagedDir, "pgdata", "PG_VERSION"))).toThrow();
    } finally {
      await ctx.close();
    }
  });
});

/** A new database cloned from the run's template (migrated, reference data), and an empty one. */
async function createDatabase(template: boolean): Promise<string> {
  const templateUrl = new URL(inject("pgTemplateUrl"));
  const name = `bk_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: new URL("/postgres", templateUrl).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? " TEMPLATE kc_template" : ""}`);
  await admin.end();
  return new URL(`/${name}`, templateUrl).toString();
}

describe("PostgreSQL", () => {
  it("pg_dump of an exported snapshot restores into an empty database with the same counts and dashboard", async () => {
    const sourceUrl = await createDatabase(true);
    const source = openPostgres(sourceUrl, { max: 5 });
    const ctx = await createTestContext("postgres", { database: source });
    try {
      const officer = await recordSomething(ctx, "BK2");
      const leader = await buildUser(ctx, { role: "CENTRAL_LEADER" });
      const before = await answers(ctx, leader);
      const [{ manifestPath, manifest }] = await Promise.all([
        backupPostgres(sourceUrl, join(work, "postgres")),
        createEstablishment(officer, { name: "Cơ sở ghi trong lúc sao lưu" }),
      ]);
      expect(manifest.format).toBe("pg-custom");
      expect(manifest.facts.rows["public.fair_participation"]).toBe(1);
      expect(Object.keys(manifest.facts.figures).length).toBeGreaterThan(0);

      // The embedded engine cannot take a PostgreSQL dump.
      await expect(restoreEmbedded(manifestPath, join(work, "wrong-engine"))).rejects.toMatchObject({
        code: "BACKUP_WRONG_ENGINE",
      });
      // A database that already has tables is refused, and keeps what it had.
      await expect(restorePostgres(manifestPath, sourceUrl)).rejects.toMatchObject({
        code: "RESTORE_TARGET_NOT_EMPTY",
      });

      const targetUrl = await createDatabase(false);
      await restorePostgres(manifestPath, targetUrl);
      const restored = await createTestContext("postgres", { database: openPostgres(targetUrl, { max: 5 }) });
      try {
        const after = await answers(restored, leader);
        expect(after.establishments).toBe(manifest.facts.rows["public.establishment"]);
        expect(after.outputs).toEqual(before.outputs);
      } finally {
        await restored.close();
      }
    } finally {
      await ctx.close();
    }
  });
});

describe("retention", () => {
  it("keeps the newest complete backups and removes dumps an interrupted backup left behind", () => {
    const folder = join(work, "retention");
    const manifest = (file: string): BackupManifest => ({
      format: "pg-custom",
      createdAt: "2026-12-01T00:00:00.000Z",
      file,
      bytes: 1,
      sha256: "0",
      facts: { rows: {}, figures: {} },
    });
    pruneBackups(folder, 1); // creates the folder
    const names = ["khuyencong-20261201-010000-000.dump", "khuyencong-20261202-010000-000.dump"];
    names.push("khuyencong-20261203-010000-000.dump");
    for (const name of names) {
      writeFileSync(join(folder, name), "x");
      writeFileSync(join(folder, `${name}.json`), JSON.stringify(manifest(name)));
    }
    const oldOrphan = join(folder, "khuyencong-20261130-010000-000.dump.partial");
    const youngOrphan = join(folder, "khuyencong-20261204-010000-000.dump.partial");
    writeFileSync(oldOrphan, "x");
    writeFileSync(youngOrphan, "x");
    const twoHoursAgo = (Date.now() - 2 * 3600_000) / 1000;
    utimesSync(oldOrphan, twoHoursAgo, twoHoursAgo);
    writeFileSync(join(folder, "not-ours.dump"), "x");

    const [oldest, , newest] = names as [string, string, string];
    const removed = pruneBackups(folder, 2);
    expect(removed.sort()).toEqual(["khuyencong-20261130-010000-000.dump.partial", oldest]);
    expect(() => readFileSync(youngOrphan)).not.toThrow();
    expect(() => readFileSync(join(folder, "not-ours.dump"))).not.toThrow();
    expect(() => readFileSync(join(folder, `${newest}.json`))).not.toThrow();
  });
});
