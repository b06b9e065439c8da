import { once } from "node:events";
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  establishment,
  publicRateLimitHit,
  selectionEntry,
  selectionRound,
  user,
} from "../src/db/schema/index";
import { readEnv } from "../src/env";
import { CACHE_LISTENER_NAME, type CachePeers } from "../src/platform/cache-peers";
import { bootstrap } from "../src/server";
import { decision, entry, est, round } from "./selection-certificates.fixtures";
import {
  buildUser,
  COMMUNE_DONG_THAP,
  cloneTemplateDatabase,
  DONG_THAP,
  IP_HEADER,
  json,
  randomIp,
  seedSampleCommunes,
  TEST_ORIGIN,
  TestClient,
} from "./support";

type Process = Awaited<ReturnType<typeof bootstrap>>;

/**
 * Two server processes on one PostgreSQL, as behind a load balancer (issue 18, item 3): each built by `bootstrap`
 * with its own caches and its own listening connection. Caches are long here (60 s sessions, 10 min reference),
 * so only the notifications can explain what B sees after a write through A.
 */
describe("caches across processes on one PostgreSQL", () => {
  let clone: Awaited<ReturnType<typeof cloneTemplateDatabase>>;
  let a: Process;
  let b: Process;
  const peersOf = (process: Process): CachePeers => {
    if (!process.deps.cachePeers) throw new Error("no cache listener on PostgreSQL");
    return process.deps.cachePeers;
  };
  /** The next invalidation B hears from another process (the names it cleared). */
  const nextHeardBy = (process: Process) =>
    once(peersOf(process).events, "invalidated").then(([names]) => names as string[]);

  beforeAll(async () => {
    clone = await cloneTemplateDatabase();
    const env = readEnv({
      NODE_ENV: "test",
      DATABASE_URL: clone.url,
      KC_AUTH_SECRET: "test-secret-that-is-long-enough-0123456789",
      KC_PUBLIC_URL: TEST_ORIGIN,
      KC_CLIENT_IP_HEADER: IP_HEADER,
      KC_SESSION_CACHE_SECONDS: "60",
      KC_REFERENCE_CACHE_SECONDS: "600",
      KC_PUBLIC_RATE_LIMIT: "20",
      LOG_LEVEL: "silent",
    });
    const logger = pino({ level: "silent" });
    a = await bootstrap(env, logger);
    b = await bootstrap(env, logger);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await clone?.drop();
  });

  /** A signed-in account and two browsers sharing its cookie, one on each process. */
  async function signedInOnBoth(role: "SYSTEM_ADMIN" | "PROVINCIAL_OFFICER" | "PROVINCIAL_LEADER") {
    const account = await buildUser({ db: a.deps.db }, { role });
    const ip = randomIp();
    const onA = new TestClient(a.app, ip);
    expect((await onA.signIn(account.email, account.password)).status).toBe(200);
    const onB = new TestClient(b.app, ip);
    onB.cookies = onA.cookies;
    return { account, onA, onB };
  }

  it("counts the public rate limit once for both processes, and prunes ended windows", async () => {
    await a.deps.db.insert(publicRateLimitHit).values({
      clientKey: "10.0.0.1",
      windowStart: new Date(Date.now() - 3_600_000),
      hits: 7,
    });
    const ip = randomIp();
    const clients = [new TestClient(a.app, ip), new TestClient(b.app, ip)];
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++)
      statuses.push((await clients[i % 2]?.get("/api/public/admin-units?level=province"))?.status ?? 0);
    // The limit is 20 a minute: each process alone would have allowed 20 (40 in all).
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
    const kept = await a.deps.db.select().from(publicRateLimitHit);
    expect(kept.map((row) => [row.clientKey, row.hits])).toEqual([[ip, 24]]);
  });

  it("refuses an account disabled through A at its next request through B", async () => {
    const { onA: admin } = await signedInOnBoth("SYSTEM_ADMIN");
    const officer = await signedInOnBoth("PROVINCIAL_OFFICER");
    expect((await officer.onB.get("/api/v1/me")).status).toBe(200);
    expect((await officer.onB.get("/api/v1/me")).status).toBe(200); // from B's session cache
    const heard = nextHeardBy(b);
    expect((await admin.post(`/api/v1/users/${officer.account.id}/disable`, { version: 1 })).status).toBe(
      200,
    );
    expect(await heard).toEqual(["sessions"]);
    expect((await officer.onB.get("/api/v1/me")).status).toBe(401);
    expect((await officer.onA.get("/api/v1/me")).status).toBe(401);
  });

  it("shows communes imported through A in B's cached reference answers", async () => {
    const { onA, onB } = await signedInOnBoth("SYSTEM_ADMIN");
    const path = "/api/v1/admin-units?level=XA&parentId=P34-82";
    expect((await json(await onB.get(path))).total).toBe(0);
    expect((await json(await onB.get(path))).total).toBe(0); // from B's reference cache
    const form = new FormData();
    const sample = readFileSync(
      new URL("../src/seed/reference/samples/communes-sample.csv", import.meta.url),
    );
    form.append("file", new File([sample], "communes.csv"));
    const heard = nextHeardBy(b);
    expect((await onA.request("POST", "/api/v1/admin-units/communes/import", form)).status).toBe(200);
    expect(await heard).toEqual(["reference"]);
    expect((await json(await onB.get(path))).total).toBeGreaterThan(0);
  });

  it("shows a certificate revoked through A as revoked on B's public page", async () => {
    await seedSampleCommunes({ db: a.deps.db });
    await a.deps.db
      .insert(establishment)
      .values(est("est-x", DONG_THAP, COMMUNE_DONG_THAP, "Cơ sở chiếu cói"));
    await a.deps.db.insert(selectionRound).values(round("R-X", DONG_THAP));
    await a.deps.db
      .insert(selectionEntry)
      .values(entry("ex1", "R-X", "est-x", DONG_THAP, "Chiếu cói hoa văn"));
    const { onA: leader } = await signedInOnBoth("PROVINCIAL_LEADER");
    const issuedResponse = await leader.post("/api/v1/selection-rounds/R-X/certificates", {
      ...decision,
      entryIds: ["ex1"],
    });
    expect(issuedResponse.status).toBe(201);
    const [issued] = (await json(issuedResponse)).items;
    const token = new URL(issued.verificationUrl).searchParams.get("s");
    const publicPage = `/api/public/certificates/${issued.publicId}?s=${token}`;
    const visitor = new TestClient(b.app, randomIp());
    expect((await json(await visitor.get(publicPage))).status).toBe("VALID");
    expect((await json(await visitor.get(publicPage))).status).toBe("VALID"); // from B's public cache

    const heard = nextHeardBy(b);
    const revoked = await leader.post(`/api/v1/selection-certificates/${issued.id}/revoke`, {
      version: issued.version,
      revokedOn: "2026-06-01",
      decisionNumber: "45/QĐ-UBND",
      decisionOn: "2026-05-30",
      reason: "Vi phạm an toàn thực phẩm",
    });
    expect(revoked.status).toBe(200);
    expect(await heard).toEqual(["publicCertificates"]);
    expect(await json(await visitor.get(publicPage))).toMatchObject({
      status: "REVOKED",
      revokedOn: "2026-06-01",
    });
  });

  it("clears every cache after its listening connection comes back, since it may have missed notifications", async () => {
    const officer = await signedInOnBoth("PROVINCIAL_OFFICER");
    expect((await officer.onB.get("/api/v1/me")).status).toBe(200); // now in B's session cache
    // A change no process announced (as if made while B could not hear).
    await a.deps.db.update(user).set({ disabled: true }).where(eq(user.id, officer.account.id));
    expect((await officer.onB.get("/api/v1/me")).status).toBe(200); // B still trusts its cache

    const reconnected = once(peersOf(b).events, "reconnected");
    const admin = new pg.Client({ connectionString: clone.adminUrl });
    await admin.connect();
    try {
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = $2",
        [new URL(clone.url).pathname.slice(1), CACHE_LISTENER_NAME],
      );
      expect(killed.rowCount).toBe(2); // A's and B's listeners
    } finally {
      await admin.end();
    }
    await reconnected;
    expect(peersOf(b).listening()).toBe(true);
    expect((await officer.onB.get("/api/v1/me")).status).toBe(401);
  });
});
