import { type ErrorCode, errorCatalogue, type FieldError } from "@kc/domain";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ZodError } from "zod";
import type { AppEnv } from "./context";

/** The one error type of the application. Domain and use-case code throws nothing else (STYLE.md rule 7). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  /** Members added to the problem document (RFC 9457 §3.2), e.g. the steps allowed instead of a refused one. */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    options: { detail?: string; errors?: FieldError[]; extensions?: Record<string, unknown> } = {},
  ) {
    super(options.detail ?? errorCatalogue[code].title);
    this.code = code;
    this.detail = options.detail;
    this.errors = options.errors;
    this.extensions = options.extensions;
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: FieldError[];
  requestId: string;
};

/** RFC 9457 problem document. Never carries a stack trace or SQL. */
export function problemResponse(c: Context<AppEnv>, error: AppError): Response {
  const entry = errorCatalogue[error.code];
  const body: Problem = {
    type: `https://khuyencong.vn/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
    title: entry.title,
    status: entry.status,
    detail: error.detail ?? entry.title,
    code: error.code,
    requestId: c.get("requestId") ?? "",
  };
  if (error.errors?.length) body.errors = error.errors;
  const document = error.extensions ? { ...error.extensions, ...body } : body;
  // c.body() keeps the headers already set on the context (request id, security headers).
  return c.body(JSON.stringify(document), entry.status as 400, {
    "content-type": "application/problem+json; charset=utf-8",
    "cache-control": "no-store",
  });
}

/** Zod issues → field errors with a dotted path prefixed by where the value came from (body, query, path). */
export function fieldErrorsFromZod(error: ZodError, target?: string): FieldError[] {
  return error.issues.map((issue) => {
    const path = [
      target === "json" ? "body" : target === "param" ? "path" : target,
      ...issue.path.map(String),
    ]
      .filter((part) => part !== undefined && part !== "")
      .join(".");
    const message =
      issue.code === "unrecognized_keys" ? `Trường không được phép: ${issue.keys.join(", ")}` : issue.message;
    return {
      path: issue.code === "unrecognized_keys" ? [path, ...issue.keys].filter(Boolean).join(".") : path,
      message,
    };
  });
}

/** Turns anything thrown into a problem response; unknown errors are logged and answered as INTERNAL. */
export function renderError(error: unknown, c: Context<AppEnv>): Response {
  if (error instanceof AppError) return problemResponse(c, error);
  if (error instanceof HTTPException && error.status >= 400 && error.status < 500) {
    return problemResponse(c, fromHttpException(error, c));
  }
  c.get("logger")?.error({ err: error }, "unhandled error");
  return problemResponse(c, new AppError("INTERNAL"));
}

/**
 * What Hono and zod-openapi throw for a request they cannot read (a body of the wrong type, broken JSON or form
 * data, an oversized body) is the client's mistake: a 4xx problem with a code, never an INTERNAL.
 */
function fromHttpException(error: HTTPException, c: Context<AppEnv>): AppError {
  switch (error.status) {
    case 413:
      return new AppError("PAYLOAD_TOO_LARGE");
    case 415:
      return unsupportedMediaType(c);
    case 401:
      return new AppError("AUTH_REQUIRED");
    case 403:
      return new AppError("FORBIDDEN");
    case 404:
      return new AppError("NOT_FOUND");
  }
  if (/json/i.test(error.message)) {
    return new AppError("MALFORMED_JSON", { errors: [{ path: "body", message: "JSON không hợp lệ" }] });
  }
  const message = /form/i.test(error.message)
    ? "Dữ liệu biểu mẫu (multipart/form-data) không đọc được"
    : "Yêu cầu không đọc được";
  return new AppError("VALIDATION_FAILED", { detail: message, errors: [{ path: "body", message }] });
}

/** 415 naming the Content-Type header the request sent (or did not send). */
export function unsupportedMediaType(c: Context<AppEnv>): AppError {
  const type = (c.req.header("content-type") ?? "").slice(0, 100);
  const message = `Kiểu nội dung ${type ? `"${type}" ` : "(không khai báo) "}không được hỗ trợ; hãy gửi application/json (tệp tải lên: multipart/form-data)`;
  return new AppError("UNSUPPORTED_MEDIA_TYPE", {
    detail: message,
    errors: [{ path: "header.content-type", message }],
  });
}
