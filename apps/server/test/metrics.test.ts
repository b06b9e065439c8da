import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job } from "../src/db/schema/index";
import { createTestContext, engines, json, TestClient, type TestContext } from "./support";

const TOKEN = "metrics-token-0123456789-abcdefghijklmnop";
const SCRAPER = "10.200.0.7";

/** A line of the Prometheus text format: a comment, or a sample `name{labels} value`. */
const SAMPLE =
  /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.]+(e[+-]?[0-9]+)?|NaN|[+-]Inf)$/u;

function samples(text: string, name: string): { labels: string; value: number }[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => {
      const labels = /\{(.*)\}/u.exec(line)?.[1] ?? "";
      return { labels, value: Number(line.slice(line.lastIndexOf(" ") + 1)) };
    });
}

describe.each(engines)("/metrics on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine, {
      referenceCacheSeconds: 60,
      metrics: { token: TOKEN, allow: [SCRAPER] },
    });
  });
  afterAll(async () => ctx?.close());

  const scrape = (headers: Record<string, string> = {}, ip = SCRAPER) =>
    new TestClient(ctx.app, ip).request("GET", "/metrics", undefined, headers);

  it("answers only the configured address or the bearer token, and nobody when neither is configured", async () => {
    const stranger = await scrape({}, "10.1.2.3");
    expect(stranger.status).toBe(403);
    expect(await json(stranger)).toMatchObject({ code: "FORBIDDEN" });
    expect((await scrape({ authorization: `Bearer ${TOKEN}x` }, "10.1.2.3")).status).toBe(403);
    expect((await scrape({ authorization: "Bearer " }, "10.1.2.3")).status).toBe(403);
    expect((await scrape({ authorization: `Bearer ${TOKEN}` }, "10.1.2.3")).status).toBe(200);
    expect((await scrape()).status).toBe(200);

    const unconfigured = await createTestContext(engine);
    try {
      const response = await unconfigured.client().request("GET", "/metrics", undefined, {
        authorization: `Bearer ${TOKEN}`,
      });
      expect(response.status).toBe(404);
    } finally {
      await unconfigured.close();
    }
  });

  it("speaks the Prometheus text format: requests by route pattern, caches, pool and job queue", async () => {
    const visitor = ctx.client();
    await visitor.get("/api/public/certificates/khong-co-ma-nay");
    await visitor.get("/api/public/admin-units?level=province");
    await visitor.get("/api/public/admin-units?level=province"); // a reference-cache hit
    await ctx.db.insert(job).values({
      id: "job-metrics",
      kind: "ESTABLISHMENT_IMPORT",
      status: "QUEUED",
      params: {},
      createdBy: "someone",
      createdAt: new Date(Date.now() - 90_000),
    });

    const response = await scrape();
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/u);
    const text = await response.text();
    const malformed = text
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#") && !SAMPLE.test(line));
    expect(malformed).toEqual([]);

    const durations = samples(text, "kc_http_request_duration_seconds_count");
    const routes = durations.map((s) => /route="([^"]*)"/u.exec(s.labels)?.[1]);
    expect(routes).toContain("/api/public/certificates/:publicId");
    expect(routes).toContain("/api/public/admin-units");
    // The raw path never becomes a label: one series per route, not per record.
    expect(text).not.toContain("khong-co-ma-nay");

    const lookups = samples(text, "kc_cache_lookups_total");
    expect(lookups.find((s) => s.labels === 'cache="reference",result="hit"')?.value).toBeGreaterThanOrEqual(
      1,
    );
    expect(lookups.map((s) => s.labels)).toContain('cache="sessions",result="miss"');

    expect(samples(text, "kc_jobs")).toEqual([
      { labels: 'status="QUEUED"', value: 1 },
      { labels: 'status="RUNNING"', value: 0 },
    ]);
    const age = samples(text, "kc_job_oldest_age_seconds").find((s) => s.labels === 'status="QUEUED"');
    expect(age?.value).toBeGreaterThanOrEqual(90);

    const pool = samples(text, "kc_db_pool_connections").map((s) => s.labels);
    expect(pool).toEqual(engine === "postgres" ? ['state="total"', 'state="idle"', 'state="waiting"'] : []);
    expect(samples(text, "process_resident_memory_bytes")).toHaveLength(1);
  });
});
