import type { Context } from "hono";
import { AUTH_BASE_PATH } from "../../platform/auth";
import type { AppEnv } from "../../platform/context";
import { authHeaders } from "../../platform/middleware";

/**
 * Calls one better-auth endpoint through its HTTP handler, so that its rate limiter, cookie handling and origin
 * checks apply exactly as for a direct call. The caller copies the cookies it wants onto its own response.
 */
export async function forwardToAuth(
  c: Context<AppEnv>,
  path: string,
  body: Record<string, unknown> | null,
): Promise<{ status: number; json: Record<string, unknown> | null; setCookies: string[] }> {
  const deps = c.get("deps");
  const headers = authHeaders(c);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  // The CSRF middleware has already vetted this request's origin; better-auth wants to see one on cookie calls.
  headers.set("origin", new URL(deps.config.publicUrl).origin);
  const request = new Request(new URL(`${AUTH_BASE_PATH}${path}`, deps.config.publicUrl), {
    method: "POST",
    headers,
    body: JSON.stringify(body ?? {}),
  });
  const response = await deps.auth.handler(request);
  const text = await response.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    json = null;
  }
  return { status: response.status, json, setCookies: response.headers.getSetCookie() };
}

export function copyCookies(c: Context<AppEnv>, setCookies: string[]): void {
  for (const cookie of setCookies) c.header("set-cookie", cookie, { append: true });
}
