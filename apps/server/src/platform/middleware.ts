import { getConnInfo } from "@hono/node-server/conninfo";
import type { DataScope, RoleCode } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { BUSY_RETRY_AFTER_SECONDS, connectionGate } from "../db/connection-gate";
import { session as sessionTable } from "../db/schema/index";
import { CLIENT_IP_HEADER } from "./auth";
import type { Actor, AppEnv } from "./context";
import { AppError, problemResponse } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Client address: from the socket, or from the configured header of a trusted reverse proxy. A client cannot
 * inject the internal header; it is stripped before anything reads it (RELIABILITY.md §1.8, 4.1.3).
 */
export function clientIpMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.get("deps").config.clientIpHeader;
    let ip: string | null = null;
    if (header) {
      ip = c.req.header(header)?.split(",")[0]?.trim() || null;
    } else {
      try {
        ip = getConnInfo(c).remote.address ?? null;
      } catch {
        ip = null; // app.request() in tests has no socket
      }
    }
    c.set("clientIp", ip);
    await next();
  };
}

/**
 * CSRF defence for cookie sessions (RELIABILITY.md §1.4): an unsafe request must come from our own origin
 * (Sec-Fetch-Site / Origin) and, when a browser sends a session cookie, carry the non-safelisted header
 * `X-Requested-With`, which a cross-site form cannot set. Clients without cookies (scripts) are unaffected.
 */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const { config } = c.get("deps");
    const site = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    const allowedOrigins = new Set([new URL(config.publicUrl).origin, ...config.trustedOrigins]);
    const crossSite =
      (site && site !== "same-origin" && site !== "none") || (origin && !allowedOrigins.has(origin));
    const hasCookie = /(?:^|;\s*)(?:__Secure-)?kc\./.test(c.req.header("cookie") ?? "");
    const missingHeader = hasCookie && !c.req.header("x-requested-with");
    if (crossSite || missingHeader) return problemResponse(c, new AppError("CSRF_REJECTED"));
    return next();
  };
}

/**
 * Lets a request reach the database only when a long import does not hold the embedded database's one
 * connection, or once it lets go within the gate's bound; otherwise answers 503 DATABASE_BUSY with Retry-After
 * before any statement is sent. No gate (PostgreSQL): nothing to do.
 */
export function connectionGateMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const gate = connectionGate(c.get("deps").db);
    if (!gate) return next();
    const ticket = await gate.enter();
    if (!ticket) {
      c.header("retry-after", String(BUSY_RETRY_AFTER_SECONDS));
      // Says which work holds it (e.g. "nhập danh sách cơ sở", "sao lưu dữ liệu") when it still does.
      const holder = gate.holder;
      const detail = holder
        ? `Cơ sở dữ liệu đang bận: ${holder.label}. Vui lòng thử lại sau ít giây.`
        : undefined;
      return problemResponse(c, new AppError("DATABASE_BUSY", detail ? { detail } : {}));
    }
    try {
      await gate.within(ticket, next);
    } finally {
      gate.leave(ticket);
    }
  };
}

const SESSION_COOKIE = /(?:^|;\s*)((?:__Secure-)?kc\.session_token)=([^;]+)/;

/**
 * Resolves the session cookie to an actor; enforces the absolute lifetime and the disabled flag. better-auth is
 * asked only on a cache miss; when it slides the idle expiry it re-issues the cookie, which is passed on.
 */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("actor", null);
    const deps = c.get("deps");
    const token = SESSION_COOKIE.exec(c.req.header("cookie") ?? "")?.[2];
    if (!token) return next();
    let cached = deps.caches.sessions.get(token);
    if (!cached) {
      const { headers, response } = await deps.auth.api.getSession({
        headers: authHeaders(c),
        returnHeaders: true,
      });
      for (const cookie of headers?.getSetCookie() ?? []) c.header("set-cookie", cookie, { append: true });
      if (response && !response.user.disabled) {
        cached = {
          actor: actorFrom(response.user, response.session.id),
          createdAt: new Date(response.session.createdAt).getTime(),
          expiresAt: new Date(response.session.expiresAt).getTime(),
        };
        deps.caches.sessions.set(token, cached);
      } else if (response) {
        await deps.db.delete(sessionTable).where(eq(sessionTable.id, response.session.id));
      }
    }
    if (cached) {
      const now = deps.now().getTime();
      const tooOld = now - cached.createdAt > deps.config.sessionMaxHours * 3600_000;
      if (tooOld || now > cached.expiresAt) {
        await deps.db.delete(sessionTable).where(eq(sessionTable.id, cached.actor.sessionId));
        deps.caches.sessions.clear();
      } else {
        c.set("actor", cached.actor);
      }
    }
    return next();
  };
}

type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: string;
  scopeKind: string;
  scopeRegionCode?: string | null;
  scopeProvinceId?: string | null;
  scopeOrganisationId?: string | null;
  organisationId?: string | null;
  twoFactorEnabled?: boolean | null;
  mustChangePassword?: boolean | null;
};

export function actorFrom(user: SessionUser, sessionId: string): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role as RoleCode,
    scope: scopeFrom(user),
    organisationId: user.organisationId ?? null,
    sessionId,
    twoFactorEnabled: Boolean(user.twoFactorEnabled),
    mustChangePassword: Boolean(user.mustChangePassword),
  };
}

export function scopeFrom(user: Omit<SessionUser, "id" | "email" | "name" | "role">): DataScope {
  switch (user.scopeKind) {
    case "REGION":
      return { kind: "REGION", regionCode: user.scopeRegionCode as "BAC" | "TRUNG_TAY_NGUYEN" | "NAM" };
    case "PROVINCE":
      return { kind: "PROVINCE", provinceId: user.scopeProvinceId ?? "" };
    case "ORGANISATION":
      return { kind: "ORGANISATION", organisationId: user.scopeOrganisationId ?? "" };
    case "SELECTION_MEMBER":
      return { kind: "SELECTION_MEMBER" };
    default:
      return { kind: "NATIONAL" };
  }
}

/** Headers handed to better-auth: the client's, minus any spoofed internal IP header, plus the resolved one. */
export function authHeaders(c: Context<AppEnv>): Headers {
  const headers = new Headers(c.req.raw.headers);
  headers.delete(CLIENT_IP_HEADER);
  const ip = c.get("clientIp");
  if (ip) headers.set(CLIENT_IP_HEADER, ip);
  return headers;
}

/** What a session whose password an administrator set may still do: read who it is, change it, sign out. */
const PASSWORD_CHANGE_PATHS = new Set(["/api/v1/me", "/api/v1/me/password", "/api/v1/auth/sign-out"]);

/**
 * A password chosen by an administrator must be replaced at first sign-in (Decision 742: "forced change of the
 * default password at first login"): until then every other call is refused with a stable code the web app
 * answers by opening the change page.
 */
export function passwordChangeGateMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get("actor")?.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(c.req.path))
      return problemResponse(c, new AppError("AUTH_PASSWORD_CHANGE_REQUIRED"));
    return next();
  };
}
