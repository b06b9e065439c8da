import { describe, expect, it } from "vitest";
import { createCaches } from "../src/platform/cache";
import { invalidates } from "../src/platform/cache-invalidation";
import type { AppDeps } from "../src/platform/context";
import { AppError, renderError } from "../src/platform/errors";
import { createRouter } from "../src/platform/router";
import { createTestContext } from "./support";

/** A write route with the `invalidates` middleware, over caches holding one probe entry each. */
function probeApp() {
  const caches = createCaches({ sessionSeconds: 60, referenceSeconds: 60 });
  const fill = () => {
    caches.sessions.set("probe", { actor: {} as never, createdAt: 0, expiresAt: 0 });
    caches.reference.set("probe", {});
    caches.views.set("probe", {});
  };
  const kept = () => ({
    sessions: caches.sessions.get("probe") !== undefined,
    reference: caches.reference.get("probe") !== undefined,
    views: caches.views.get("probe") !== undefined,
  });
  let seenByHandler: ReturnType<typeof kept> | null = null;
  const app = createRouter();
  app.use("*", async (c, next) => {
    c.set("deps", { caches } as unknown as AppDeps);
    await next();
  });
  app.post("/write", invalidates("sessions"), (c) => {
    seenByHandler = kept();
    return c.json({ ok: true });
  });
  app.post("/refused", invalidates("sessions", "reference"), () => {
    throw new AppError("VERSION_CONFLICT");
  });
  app.post("/reference", invalidates("reference"), (c) => c.json({ ok: true }));
  app.onError(renderError);
  return { app, fill, kept, seenByHandler: () => seenByHandler };
}

describe("caches invalidated by the write that declares them", () => {
  it("clears the declared caches after the handler has answered, and only those", async () => {
    const probe = probeApp();
    probe.fill();
    expect((await probe.app.request("/write", { method: "POST" })).status).toBe(200);
    // The handler (and so its committed transaction) ran with the caches still full: clearing comes after.
    expect(probe.seenByHandler()).toEqual({ sessions: true, reference: true, views: true });
    expect(probe.kept()).toEqual({ sessions: false, reference: true, views: true });

    probe.fill();
    expect((await probe.app.request("/reference", { method: "POST" })).status).toBe(200);
    // Dashboard answers hold admin-unit names: a reference write clears them too.
    expect(probe.kept()).toEqual({ sessions: true, reference: false, views: false });
  });

  it("clears nothing when the write is refused", async () => {
    const probe = probeApp();
    probe.fill();
    expect((await probe.app.request("/refused", { method: "POST" })).status).toBe(409);
    expect(probe.kept()).toEqual({ sessions: true, reference: true, views: true });
  });

  it("is declared by every write route whose use case changes cached state", async () => {
    const { app, close } = await createTestContext("pglite");
    try {
      const declared = new Map<string, string[]>();
      for (const route of app.routes) {
        const names = (route.handler as { invalidates?: string[] }).invalidates;
        if (names) declared.set(`${route.method} ${route.path}`, names);
      }
      expect(Object.fromEntries(declared)).toEqual({
        "POST /api/v1/auth/sign-out": ["sessions"],
        "POST /api/v1/me/two-factor/enable": ["sessions"],
        "POST /api/v1/me/two-factor/confirm": ["sessions"],
        "POST /api/v1/me/two-factor/disable": ["sessions"],
        "POST /api/v1/me/password": ["sessions"],
        "POST /api/v1/auth/password-reset": ["sessions"],
        "POST /api/v1/admin-units/communes/import": ["reference"],
        "POST /api/v1/users": ["sessions"],
        "PATCH /api/v1/users/:id": ["sessions"],
        "POST /api/v1/users/:id/disable": ["sessions"],
        "POST /api/v1/users/:id/enable": ["sessions"],
        "POST /api/v1/users/:id/revoke-sessions": ["sessions"],
        "POST /api/v1/users/:id/reset-password": ["sessions"],
        "POST /api/v1/projects/:id/disbursements": ["summary"],
        "POST /api/v1/annual-plans": ["summary"],
        "POST /api/v1/annual-plans/:id/revisions": ["summary"],
        "PUT /api/v1/reported-figures": ["summary"],
        "POST /api/v1/selection-rounds/:id/certificates": ["publicCertificates"],
        "POST /api/v1/selection-certificates/:id/revoke": ["publicCertificates"],
      });
    } finally {
      await close();
    }
  });
});
