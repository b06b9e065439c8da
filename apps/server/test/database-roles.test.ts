import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "../src/env";
import { bootstrap } from "../src/server";
import { buildUser, IP_HEADER, randomIp, TEST_ORIGIN, TestClient } from "./support";

type Process = Awaited<ReturnType<typeof bootstrap>>;

/**
 * The application as a PostgreSQL role that owns nothing (issue 18, item 6): the schema's owner migrates
 * (DATABASE_MIGRATION_URL) and grants; with the application's credentials the audit log can be read and appended
 * to, never altered, emptied or stripped of its insert-only trigger.
 */
describe("the application's database role", () => {
  const suffix = crypto.randomUUID().replaceAll("-", "").slice(0, 10);
  const ownerRole = `kc_owner_${suffix}`;
  const appRole = `kc_app_${suffix}`;
  const database = `kc_roles_${suffix}`;
  const adminUrl = new URL(inject("pgTemplateUrl"));
  adminUrl.pathname = "/postgres";
  const urlOf = (role: string) => {
    const url = new URL(adminUrl);
    url.username = role;
    url.pathname = `/${database}`;
    return url.toString();
  };
  const environment = {
    NODE_ENV: "test",
    DATABASE_URL: urlOf(appRole),
    KC_AUTH_SECRET: "test-secret-that-is-long-enough-0123456789",
    KC_PUBLIC_URL: TEST_ORIGIN,
    KC_CLIENT_IP_HEADER: IP_HEADER,
    LOG_LEVEL: "silent",
  };
  let server: Process;

  async function connected<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await connected(adminUrl.toString(), async (admin) => {
      await admin.query(`CREATE ROLE ${ownerRole} LOGIN`);
      await admin.query(`CREATE ROLE ${appRole} LOGIN`);
      await admin.query(`CREATE DATABASE ${database} OWNER ${ownerRole}`);
    });
    server = await bootstrap(
      readEnv({ ...environment, DATABASE_MIGRATION_URL: urlOf(ownerRole) }),
      pino({ level: "silent" }),
    );
  });
  afterAll(async () => {
    await server?.close();
    await connected(adminUrl.toString(), async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${appRole}`);
      await admin.query(`DROP ROLE IF EXISTS ${ownerRole}`);
    });
  });

  /** Runs one statement with the application's credentials and answers PostgreSQL's error code, or "ok". */
  const asApplication = (statement: string) =>
    connected(urlOf(appRole), async (client) => {
      try {
        await client.query(statement);
        return "ok";
      } catch (error) {
        return (error as { code?: string }).code ?? "unknown";
      }
    });

  it("works through the API and writes the audit log, owning no table", async () => {
    const ownedByApp = await connected(urlOf(ownerRole), async (owner) => {
      const result = await owner.query(
        "SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)",
        [appRole],
      );
      return result.rows[0].n as number;
    });
    expect(ownedByApp).toBe(0);

    const admin = await buildUser({ db: server.deps.db }, { role: "SYSTEM_ADMIN" });
    const officer = await buildUser({ db: server.deps.db }, { role: "PROVINCIAL_OFFICER" });
    const client = new TestClient(server.app, randomIp());
    expect((await client.signIn(admin.email, admin.password)).status).toBe(200);
    const audited = () =>
      connected(urlOf(ownerRole), async (owner) => {
        return (await owner.query("SELECT count(*)::int AS n FROM audit_log")).rows[0].n as number;
      });
    const before = await audited();
    expect((await client.post(`/api/v1/users/${officer.id}/disable`, { version: 1 })).status).toBe(200);
    expect(await audited()).toBeGreaterThan(before);
  });

  it("cannot drop the audit log's trigger, alter the table, or delete, change or empty its rows", async () => {
    const insufficientPrivilege = "42501";
    expect(await asApplication("DROP TRIGGER audit_log_no_update_delete ON audit_log")).toBe(
      insufficientPrivilege,
    );
    expect(await asApplication("ALTER TABLE audit_log DISABLE TRIGGER ALL")).toBe(insufficientPrivilege);
    expect(await asApplication("ALTER TABLE audit_log DROP COLUMN action")).toBe(insufficientPrivilege);
    expect(await asApplication("DELETE FROM audit_log")).toBe(insufficientPrivilege);
    expect(await asApplication("UPDATE audit_log SET action = action")).toBe(insufficientPrivilege);
    expect(await asApplication("TRUNCATE audit_log")).toBe(insufficientPrivilege);
    expect(await asApplication("DROP TABLE audit_log")).toBe(insufficientPrivilege);
    expect(await asApplication("CREATE TABLE intruder (id int)")).toBe(insufficientPrivilege);
    expect(await asApplication("SELECT count(*) FROM audit_log")).toBe("ok");
  });

  it("starts with the application's credentials alone once the owner has migrated", async () => {
    const again = await bootstrap(readEnv(environment), pino({ level: "silent" }));
    try {
      expect((await again.app.request("/readyz")).status).toBe(200);
    } finally {
      await again.close();
    }
  });

  it("refuses to start with the application's credentials alone on a database the owner has not migrated", async () => {
    const empty = `${database}_empty`;
    await connected(adminUrl.toString(), (admin) =>
      admin.query(`CREATE DATABASE ${empty} OWNER ${ownerRole}`),
    );
    try {
      const url = new URL(urlOf(appRole));
      url.pathname = `/${empty}`;
      await expect(
        bootstrap(readEnv({ ...environment, DATABASE_URL: url.toString() }), pino({ level: "silent" })),
      ).rejects.toThrow(/npm run migrate/u);
    } finally {
      await connected(adminUrl.toString(), (admin) =>
        admin.query(`DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`),
      );
    }
  });
});
