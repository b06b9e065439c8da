import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, engines, json, signedIn, type TestContext } from "./support";

/** With the in-memory caches on, every write that matters still takes effect at the next request. */
describe.each(engines)("caches on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine, { sessionCacheSeconds: 60, referenceCacheSeconds: 600 });
  });
  afterAll(async () => ctx?.close());

  it("a disabled account and a signed-out session stop working at once despite the session cache", async () => {
    const { client: admin } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    const { user, client } = await signedIn(ctx, { role: "PROVINCIAL_OFFICER" });
    expect((await client.get("/api/v1/me")).status).toBe(200);
    expect((await client.get("/api/v1/me")).status).toBe(200); // served from the cache
    expect((await admin.post(`/api/v1/users/${user.id}/disable`, { version: 1 })).status).toBe(200);
    expect((await client.get("/api/v1/me")).status).toBe(401);

    const { client: other } = await signedIn(ctx, { role: "AUDITOR" });
    const token = other.cookies.get("kc.session_token") ?? "";
    expect((await other.get("/api/v1/me")).status).toBe(200);
    await other.post("/api/v1/auth/sign-out");
    const replay = ctx.client();
    replay.cookies.set("kc.session_token", token);
    expect((await replay.get("/api/v1/me")).status).toBe(401);
  });

  it("a commune import shows up at once in cached reference answers", async () => {
    const { client: admin } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    const path = "/api/v1/admin-units?level=XA&parentId=P34-82";
    expect((await json(await admin.get(path))).total).toBe(0);
    expect((await json(await admin.get(path))).total).toBe(0);
    const form = new FormData();
    const sample = readFileSync(
      new URL("../src/seed/reference/samples/communes-sample.csv", import.meta.url),
    );
    form.append("file", new File([sample], "communes.csv"));
    expect((await admin.request("POST", "/api/v1/admin-units/communes/import", form)).status).toBe(200);
    expect((await json(await admin.get(path))).total).toBeGreaterThan(0);
  });
});
