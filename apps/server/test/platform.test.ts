import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, engines, json, signedIn, type TestContext } from "./support";

describe.each(engines)("API platform on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
  });
  afterAll(async () => ctx?.close());

  it("answers /healthz and /readyz", async () => {
    expect(await json(await ctx.app.request("/healthz"))).toEqual({ status: "ok" });
    expect(await json(await ctx.app.request("/readyz"))).toEqual({ status: "ready", database: engine });
  });

  it("serves an OpenAPI 3.1 document naming the contract routes, and a reader", async () => {
    const doc = await json(await ctx.app.request("/api/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/api/v1/auth/sign-in",
      "/api/v1/auth/sign-out",
      "/api/v1/me",
      "/api/public/admin-units",
      "/api/v1/users",
      "/api/v1/audit-events",
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const reader = await ctx.app.request("/api/docs");
    expect(reader.status).toBe(200);
    expect(await reader.text()).toContain("/api/docs/scalar.js");
    expect((await ctx.app.request("/api/docs/scalar.js")).status).toBe(200);
  });

  it("names the field of a wrong type, an unknown field and a malformed body in problem+json", async () => {
    const client = ctx.client();
    const wrongType = await client.post("/api/v1/auth/sign-in", { email: 42, password: "x" });
    expect(wrongType.status).toBe(400);
    expect(wrongType.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    const body = await json(wrongType);
    expect(body).toMatchObject({
      code: "VALIDATION_FAILED",
      status: 400,
      title: "Dữ liệu gửi lên không hợp lệ",
    });
    expect(body.errors.map((e: { path: string }) => e.path)).toContain("body.email");
    expect(body.requestId).toBe(wrongType.headers.get("x-request-id"));

    const unknown = await json(
      await client.post("/api/v1/auth/sign-in", { email: "a@b.vn", password: "x", isAdmin: true }),
    );
    expect(unknown.errors).toEqual([{ path: "body.isAdmin", message: "Trường không được phép: isAdmin" }]);

    const malformed = await client.request("POST", "/api/v1/auth/sign-in", undefined, {
      "content-type": "application/json",
    });
    expect(malformed.status).toBe(400);
    const raw = await ctx.app.request("/api/v1/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"email": "a@b.vn",',
    });
    expect(await json(raw)).toMatchObject({ status: 400, code: "MALFORMED_JSON" });
  });

  it("refuses an oversize JSON body with 413 before reading it", async () => {
    const big = JSON.stringify({ email: "a@b.vn", password: "x".repeat(200_000) });
    const response = await ctx.app.request("/api/v1/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(big.length) },
      body: big,
    });
    expect(response.status).toBe(413);
    expect((await json(response)).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers unknown API paths with a 404 problem, not the SPA (401 first under /api/v1 without a session)", async () => {
    const response = await ctx.app.request("/api/khong-co");
    expect(response.status).toBe(404);
    expect((await json(response)).code).toBe("NOT_FOUND");
    expect((await ctx.app.request("/api/v1/khong-co")).status).toBe(401);
    const { client } = await signedIn(ctx, { role: "AUDITOR" });
    const signedInMiss = await client.get("/api/v1/khong-co");
    expect(signedInMiss.status).toBe(404);
    expect((await json(signedInMiss)).code).toBe("NOT_FOUND");
  });

  it("rejects a cross-site request and a cookie request without the CSRF header", async () => {
    const { client } = await signedIn(ctx, { role: "SYSTEM_ADMIN" });
    const crossSite = await ctx.app.request("/api/v1/auth/sign-out", {
      method: "POST",
      headers: { cookie: client.cookieHeader, origin: "https://evil.example", "x-requested-with": "x" },
    });
    expect(crossSite.status).toBe(403);
    expect((await json(crossSite)).code).toBe("CSRF_REJECTED");
    const fetchSite = await ctx.app.request("/api/v1/auth/sign-out", {
      method: "POST",
      headers: { cookie: client.cookieHeader, "sec-fetch-site": "cross-site", "x-requested-with": "x" },
    });
    expect(fetchSite.status).toBe(403);
    const noHeader = await ctx.app.request("/api/v1/auth/sign-out", {
      method: "POST",
      headers: { cookie: client.cookieHeader },
    });
    expect(noHeader.status).toBe(403);
    expect((await client.get("/api/v1/me")).status).toBe(200); // still signed in
  });

  it("sets the security headers and no-store on API answers", async () => {
    const response = await ctx.app.request("/api/v1/me");
    expect(response.headers.get("content-security-policy")).toContain("object-src 'none'");
    expect(response.headers.get("content-security-policy")).toContain("base-uri 'none'");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("never leaks a stack trace or SQL, whatever the query string", async () => {
    const { client } = await signedIn(ctx, { role: "CENTRAL_OFFICER" });
    for (const q of ["'; drop table user; --", "%", "\\", "\u0000", "a".repeat(300)]) {
      const response = await client.get(`/api/v1/admin-units?q=${encodeURIComponent(q)}`);
      expect([200, 400]).toContain(response.status);
      const text = await response.text();
      expect(text).not.toMatch(/at .*\.ts:\d+|select |syntax error/i);
    }
  });
});
