import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { rateLimiter } from "hono-rate-limiter";
import { connectionGate } from "./db/connection-gate";
import { auditRoutes } from "./modules/audit/audit.routes";
import { authRoutes, twoFactorRoutes } from "./modules/auth/auth.routes";
import { passwordRoutes } from "./modules/auth/password.routes";
import { calendarRoutes } from "./modules/calendar/calendar.routes";
import { conferenceFileRoutes } from "./modules/conferences/conference-files.routes";
import { conferenceRoutes } from "./modules/conferences/conferences.routes";
import { dashboardRoutes } from "./modules/dashboard/dashboard.routes";
import { dashboardExportRoutes } from "./modules/dashboard/dashboard-exports.routes";
import { establishmentFileRoutes } from "./modules/establishments/establishment-files.routes";
import { establishmentRoutes } from "./modules/establishments/establishments.routes";
import { centreRoutes } from "./modules/extension-centres/centres.routes";
import { planRoutes } from "./modules/plans/plans.routes";
import { reportedFigureRoutes } from "./modules/plans/reported-figures.routes";
import { projectActionRoutes } from "./modules/projects/project-actions.routes";
import { projectExportRoutes } from "./modules/projects/project-exports.routes";
import { projectHistoryRoutes } from "./modules/projects/project-history.routes";
import { projectRoutes } from "./modules/projects/projects.routes";
import { communeImportRoutes } from "./modules/reference/commune-import.routes";
import { publicReferenceRoutes } from "./modules/reference/public.routes";
import { referenceRoutes } from "./modules/reference/reference.routes";
import { reportAggregateRoutes } from "./modules/reports/report-aggregate.routes";
import { reportAttachmentRoutes } from "./modules/reports/report-attachments.routes";
import { reportExportRoutes } from "./modules/reports/report-exports.routes";
import { reportObligationRoutes } from "./modules/reports/report-obligations.routes";
import { reportRoutes } from "./modules/reports/reports.routes";
import { reportTemplateAdminRoutes } from "./modules/reports/templates/report-templates.routes";
import { certificateKeyRoutes } from "./modules/selection/certificates/certificate-keys.routes";
import { certificateRoutes } from "./modules/selection/certificates/certificates.routes";
import { publicCertificateRoutes } from "./modules/selection/certificates/public-certificates.routes";
import { roundCertificateRoutes } from "./modules/selection/certificates/round-certificates.routes";
import { complaintRoutes } from "./modules/selection/complaints/complaints.routes";
import { entryRoutes } from "./modules/selection/entries/entries.routes";
import { entryDocumentRoutes } from "./modules/selection/entries/entry-documents.routes";
import { entryListRoutes } from "./modules/selection/entries/entry-lists.routes";
import { entryPhotoRoutes } from "./modules/selection/entries/entry-photos.routes";
import { establishmentSelectionRoutes } from "./modules/selection/entries/establishment-selection.routes";
import { roundDecisionFileRoutes } from "./modules/selection/rounds/round-decision-files.routes";
import { selectionMemberRoutes } from "./modules/selection/rounds/round-members.routes";
import { selectionRoundRoutes } from "./modules/selection/rounds/rounds.routes";
import { scoringRoutes } from "./modules/selection/scoring/scoring.routes";
import { supportNormRoutes } from "./modules/support-norms/support-norms.routes";
import { taskRoutes } from "./modules/tasks/tasks.routes";
import { brandRoutes } from "./modules/trade-promotion/brands/brands.routes";
import { establishmentTradePromotionRoutes } from "./modules/trade-promotion/establishment-tab/establishment-trade-promotion.routes";
import { fairActionRoutes } from "./modules/trade-promotion/fairs/fair-actions.routes";
import { fairRoutes } from "./modules/trade-promotion/fairs/fairs.routes";
import { participantFileRoutes } from "./modules/trade-promotion/participations/participant-files.routes";
import { participationRoutes } from "./modules/trade-promotion/participations/participations.routes";
import { showroomRoutes } from "./modules/trade-promotion/showrooms/showrooms.routes";
import { userRoutes } from "./modules/users/users.routes";
import type { AppDeps, AppEnv } from "./platform/context";
import { AppError, problemResponse, renderError } from "./platform/errors";
import { createMetrics, metricsHandler } from "./platform/metrics";
import {
  clientIpMiddleware,
  connectionGateMiddleware,
  csrfMiddleware,
  passwordChangeGateMiddleware,
  sessionMiddleware,
} from "./platform/middleware";
import { finishOpenApiDocument } from "./platform/openapi-document";
import { sharedRateLimitStore } from "./platform/shared-rate-limit";

const require = createRequire(import.meta.url);
// The API reader's browser bundle is served from our own origin (no CDN: offline networks, strict CSP).
const scalarEntry = require.resolve("@scalar/api-reference");
const scalarBundlePath = `${scalarEntry.slice(0, scalarEntry.lastIndexOf("/dist/"))}/dist/browser/standalone.js`;

/** Builds the whole application without listening; tests call `app.request()` on it (STYLE.md §2). */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use("*", requestId({ headerName: "x-request-id", generator: () => crypto.randomUUID() }));
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    c.set("logger", deps.logger.child({ requestId: c.get("requestId") }));
    const started = performance.now();
    await next();
    if (c.req.path.startsWith("/api/")) {
      c.get("logger").info(
        {
          method: c.req.method,
          route: c.req.routePath,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    }
  });
  const metrics = createMetrics(deps);
  app.use("*", metrics.timing);
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      strictTransportSecurity: deps.config.secureCookies ? "max-age=31536000; includeSubDomains" : false,
      referrerPolicy: "strict-origin-when-cross-origin",
      xFrameOptions: "DENY",
    }),
  );
  app.use("/api/*", async (c, next) => {
    await next();
    if (!c.res.headers.has("cache-control")) c.res.headers.set("cache-control", "no-store");
  });
  app.use("/api/*", clientIpMiddleware());
  // Body limits count the bytes read from the stream (hono's bodyLimit), so a chunked body without a
  // Content-Length is stopped at the limit too (STACK.md gotcha 22). Only a multipart body sent to an upload
  // route gets the upload limit; every other body, whatever its declared type, gets the JSON limit. After a 413
  // the rest of the body is never read, so the connection is closed rather than kept alive: a keep-alive client
  // still sending would otherwise wait on it (odd-input.test.ts, the listening-server case).
  const tooLarge = (c: Context<AppEnv>) => {
    c.header("connection", "close");
    return problemResponse(c, new AppError("PAYLOAD_TOO_LARGE"));
  };
  const jsonLimit = bodyLimit({ maxSize: deps.config.maxJsonBytes, onError: tooLarge });
  const uploadLimit = bodyLimit({ maxSize: deps.config.maxUploadBytes, onError: tooLarge });
  app.use("/api/*", (c, next) => (isUpload(c) ? uploadLimit(c, next) : jsonLimit(c, next)));
  app.use("/api/*", csrfMiddleware());
  // On the embedded database, a request that arrives while an import holds the one connection is answered 503
  // within about a second instead of hanging behind it (db/connection-gate.ts, decision 0015).
  app.use("/api/*", connectionGateMiddleware());
  // The public API is anonymous: bound each client address (RELIABILITY.md §1.5, anti-automation). On PostgreSQL
  // the count is kept in the database, shared by every process behind a balancer; the embedded engine has one
  // process, whose memory is exact.
  const publicWindowMs = 60_000;
  const publicLimiter = rateLimiter<AppEnv>({
    windowMs: publicWindowMs,
    ...(deps.dbKind === "postgres"
      ? { store: sharedRateLimitStore(deps.db, { windowMs: publicWindowMs, logger: deps.logger }) }
      : {}),
    limit: deps.config.publicRateLimitPerMinute,
    standardHeaders: "draft-7",
    keyGenerator: (c) => c.get("clientIp") ?? "unknown",
    handler: (c) => problemResponse(c, new AppError("RATE_LIMITED")),
  });
  app.use("/api/public/*", publicLimiter);
  // The published certificate keys (decision 0016) are as anonymous as the public API and share its bound.
  app.use("/.well-known/*", clientIpMiddleware());
  app.use("/.well-known/*", publicLimiter);
  app.use("/api/v1/*", sessionMiddleware());
  // Deny by default: only the sign-in steps are open without a session, and the 401 comes before validation.
  const openPaths = new Set([
    "/api/v1/auth/sign-in",
    "/api/v1/auth/two-factor/verify",
    "/api/v1/auth/sign-out",
    "/api/v1/auth/password-reset/request",
    "/api/v1/auth/password-reset",
  ]);
  app.use("/api/v1/*", async (c, next) => {
    if (!c.get("actor") && !openPaths.has(c.req.path))
      return problemResponse(c, new AppError("AUTH_REQUIRED"));
    return next();
  });
  app.use("/api/v1/*", passwordChangeGateMiddleware());

  // Caches a write makes wrong are cleared by the write's own route, after its use case has committed
  // (platform/cache-invalidation.ts: `invalidates(...)`), not guessed here from its URL.

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  // Prometheus scrapes each process directly; only a configured token or address may read it (platform/metrics.ts).
  app.use("/metrics", clientIpMiddleware());
  app.get("/metrics", metricsHandler(metrics));
  app.get("/readyz", async (c) => {
    if (!deps.isReady()) return problemResponse(c, new AppError("NOT_READY"));
    // Busy is not dead: while an import holds the embedded database's one connection, say so at once.
    const holder = connectionGate(deps.db)?.holder;
    if (holder)
      return c.json({
        status: "busy",
        database: deps.dbKind,
        busyWith: holder.label,
        since: new Date(holder.startedAt).toISOString(),
      });
    await deps.db.execute(sql`select 1`);
    return c.json({ status: "ready", database: deps.dbKind });
  });

  app.route("/api/v1", authRoutes);
  app.route("/api/v1", twoFactorRoutes);
  app.route("/api/v1", passwordRoutes);
  app.route("/api/v1", referenceRoutes);
  app.route("/api/v1", calendarRoutes);
  app.route("/api/v1", scoringRoutes);
  app.route("/api/v1", complaintRoutes);
  app.route("/api/v1", communeImportRoutes);
  app.route("/api/v1", userRoutes);
  app.route("/api/v1", auditRoutes);
  // File routes first: "/establishments/export" must not be taken for an establishment id.
  app.route("/api/v1", establishmentFileRoutes);
  app.route("/api/v1", establishmentRoutes);
  app.route("/api/v1", establishmentTradePromotionRoutes);
  app.route("/api/v1", projectExportRoutes);
  app.route("/api/v1", projectRoutes);
  app.route("/api/v1", projectActionRoutes);
  app.route("/api/v1", projectHistoryRoutes);
  app.route("/api/v1", supportNormRoutes);
  app.route("/api/v1", showroomRoutes);
  app.route("/api/v1", centreRoutes);
  app.route("/api/v1", conferenceRoutes);
  app.route("/api/v1", conferenceFileRoutes);
  app.route("/api/v1", brandRoutes);
  app.route("/api/v1", planRoutes);
  app.route("/api/v1", reportedFigureRoutes);
  // Before the reports: "/reports/aggregate" is no report id.
  app.route("/api/v1", reportAggregateRoutes);
  app.route("/api/v1", reportRoutes);
  app.route("/api/v1", reportTemplateAdminRoutes);
  app.route("/api/v1", reportExportRoutes);
  app.route("/api/v1", reportObligationRoutes);
  app.route("/api/v1", reportAttachmentRoutes);
  app.route("/api/v1", dashboardRoutes);
  app.route("/api/v1", dashboardExportRoutes);
  app.route("/api/v1", taskRoutes);
  app.route("/api/v1", fairRoutes);
  app.route("/api/v1", fairActionRoutes);
  app.route("/api/v1", participantFileRoutes);
  app.route("/api/v1", participationRoutes);
  app.route("/api/v1", selectionRoundRoutes);
  app.route("/api/v1", selectionMemberRoutes);
  app.route("/api/v1", entryRoutes);
  app.route("/api/v1", entryPhotoRoutes);
  app.route("/api/v1", entryDocumentRoutes);
  app.route("/api/v1", roundDecisionFileRoutes);
  app.route("/api/v1", entryListRoutes);
  app.route("/api/v1", establishmentSelectionRoutes);
  app.route("/api/v1", certificateRoutes);
  app.route("/api/v1", roundCertificateRoutes);
  app.route("/api/public", publicReferenceRoutes);
  app.route("/api/public", publicCertificateRoutes);
  // The published key set lives at a well-known address (decision 0016), outside /api.
  app.route("/", certificateKeyRoutes);

  // better-auth's own endpoints are not exposed: every call goes through the routes above, which validate,
  // audit and present (modules/auth/forward-to-auth.ts).

  app.openAPIRegistry.registerComponent("securitySchemes", "cookieAuth", {
    type: "apiKey",
    in: "cookie",
    name: "kc.session_token",
  });
  // Built once, on the first request, when every route is registered (platform/openapi-document.ts).
  let openApiDocument: unknown = null;
  app.get("/api/openapi.json", (c) => {
    openApiDocument ??= finishOpenApiDocument(
      app.getOpenAPI31Document({
        openapi: "3.1.0",
        info: {
          title: "Khuyến công API",
          version: "1.0.0",
          description:
            "API của hệ thống quản lý khuyến công. Lỗi trả về application/problem+json (RFC 9457) với mã `code` ổn định.",
        },
      }) as unknown as Parameters<typeof finishOpenApiDocument>[0],
      { publicUrl: deps.config.publicUrl },
    );
    return c.json(openApiDocument);
  });
  const scalarBundle = readFileSync(scalarBundlePath);
  app.get("/api/docs/scalar.js", (c) =>
    c.body(scalarBundle, 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=86400",
    }),
  );
  app.use("/api/docs", async (c, next) => {
    await next();
    // The reader needs inline styles and its own bundle; nothing else is relaxed.
    c.res.headers.set(
      "content-security-policy",
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
  app.get(
    "/api/docs",
    Scalar({ url: "/api/openapi.json", cdn: "/api/docs/scalar.js", pageTitle: "Khuyến công API" }),
  );

  app.all("/api/*", (c) => problemResponse(c, new AppError("NOT_FOUND")));

  if (deps.config.webDist) {
    const root = deps.config.webDist;
    app.use("/assets/*", serveStatic({ root }));
    app.get("*", serveStatic({ root }));
    app.get("*", serveStatic({ root, path: "index.html" }));
  }

  app.onError(renderError);
  app.notFound((c) => problemResponse(c, new AppError("NOT_FOUND")));
  return app;
}

export type App = ReturnType<typeof createApp>;

/** The routes that take a multipart file: establishment, commune and booth-holder imports, a project's documents. */
const UPLOAD_PATHS = [
  /^\/api\/v1\/establishment-imports$/u,
  /^\/api\/v1\/admin-units\/communes\/import$/u,
  /^\/api\/v1\/projects\/[^/]+\/documents$/u,
  /^\/api\/v1\/fairs\/[^/]+\/documents$/u,
  /^\/api\/v1\/fairs\/[^/]+\/participant-imports$/u,
  /^\/api\/v1\/selection-entries\/[^/]+\/photos\/[A-Z]+$/u,
  /^\/api\/v1\/selection-entries\/[^/]+\/documents$/u,
  /^\/api\/v1\/selection-rounds\/[^/]+\/entry-imports$/u,
];

function isUpload(c: Context<AppEnv>): boolean {
  return (
    c.req.method === "POST" &&
    /^multipart\/form-data(?:;|$)/iu.test(c.req.header("content-type") ?? "") &&
    UPLOAD_PATHS.some((path) => path.test(c.req.path))
  );
}
