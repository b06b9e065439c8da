/**
 * The one HTTP client of the SPA. Same-origin cookie session; every non-GET request carries the
 * `X-Requested-With` header the server's CSRF guard requires; errors arrive as application/problem+json
 * (RFC 9457) and are turned into `ApiError`, on which the UI switches by `code`, never by message.
 */
import i18n from "../i18n";

export const API_BASE = "/api/v1";

export type FieldError = { path: string; message: string };

type ProblemBody = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: unknown;
  requestId?: string;
};

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly requestId: string | null;
  /** The parsed response body, for endpoints whose problem carries extra members (e.g. import reports). */
  readonly body: unknown;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string;
    errors?: FieldError[];
    requestId?: string | null;
    body?: unknown;
  }) {
    super(init.detail || init.title);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail ?? "";
    this.errors = init.errors ?? [];
    this.requestId = init.requestId ?? null;
    this.body = init.body;
  }

  /** The message to show a user: the server's Vietnamese detail, else its title. */
  get displayMessage(): string {
    return this.detail || this.title;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Unauthorized = () => void;
let onUnauthorized: Unauthorized | null = null;

/** Registers what happens when the session is gone (main.tsx sends the user to the sign-in page). */
export function setUnauthorizedHandler(handler: Unauthorized | null): void {
  onUnauthorized = handler;
}

export type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  query?: Record<string, QueryValue>;
  /** A plain object is sent as JSON; FormData is sent as multipart. */
  body?: unknown;
  signal?: AbortSignal;
  /** Set for calls where 401 is an expected answer (sign-in, the session probe). */
  skipAuthRedirect?: boolean;
};

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ""}`;
}

function toFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): FieldError[] => {
    if (typeof item !== "object" || item === null) return [];
    const record = item as Record<string, unknown>;
    const message = typeof record.message === "string" ? record.message : "";
    const path =
      typeof record.path === "string" ? record.path : Array.isArray(record.path) ? record.path.join(".") : "";
    return message ? [{ path, message }] : [];
  });
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function toApiError(response: Response, body: unknown): ApiError {
  const problem: ProblemBody = typeof body === "object" && body !== null ? (body as ProblemBody) : {};
  return new ApiError({
    status: response.status,
    code: problem.code ?? `HTTP_${response.status}`,
    title: problem.title ?? i18n.t("errors.unexpected"),
    detail: problem.detail,
    errors: toFieldErrors(problem.errors),
    requestId: problem.requestId ?? response.headers.get("x-request-id"),
    body,
  });
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  if (method !== "GET") headers["X-Requested-With"] = "khuyencong";
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError({ status: 0, code: "NETWORK_ERROR", title: i18n.t("errors.network") });
  }

  if (response.status === 204) return undefined as T;
  const parsed = await readBody(response);
  if (!response.ok) {
    const error = toApiError(response, parsed);
    if (response.status === 401 && !options.skipAuthRedirect) onUnauthorized?.();
    throw error;
  }
  return parsed as T;
}

type BodyOptions = Omit<RequestOptions, "method" | "body">;

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, "method" | "body">) =>
    apiRequest<T>(path, { ...options, method: "GET" }),
  post: <T>(path: string, body?: unknown, options?: BodyOptions) =>
    apiRequest<T>(path, { ...options, method: "POST", body }),
  patch: <T>(path: string, body?: unknown, options?: BodyOptions) =>
    apiRequest<T>(path, { ...options, method: "PATCH", body }),
  delete: <T>(path: string, options?: BodyOptions) => apiRequest<T>(path, { ...options, method: "DELETE" }),
};
