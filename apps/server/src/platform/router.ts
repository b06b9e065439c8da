import { OpenAPIHono, z } from "@hono/zod-openapi";
import { idSchema } from "@kc/domain";
import type { Context } from "hono";
import type { Actor, AppEnv, RequestMeta } from "./context";
import { AppError, fieldErrorsFromZod, problemResponse, unsupportedMediaType } from "./errors";

/** Every module's sub-app: validation failures become problem+json naming the field (STYLE.md rule 4). */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      // A JSON route called without any Content-Type and without a body: the JSON validator saw nothing to read,
      // which is a missing media type rather than a list of missing fields.
      if (!result.success && result.target === "json" && !c.req.header("content-type")) {
        return problemResponse(c as Context<AppEnv>, unsupportedMediaType(c as Context<AppEnv>));
      }
      if (!result.success) {
        return problemResponse(
          c as Context<AppEnv>,
          new AppError("VALIDATION_FAILED", { errors: fieldErrorsFromZod(result.error, result.target) }),
        );
      }
      return undefined;
    },
  });
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().openapi({ example: "VALIDATION_FAILED" }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  })
  .openapi("Problem");

const problem = (description: string) => ({
  content: { "application/problem+json": { schema: problemSchema } },
  description,
});

/** Standard error responses to spread into `createRoute({ responses })`. */
export const errorResponses = {
  400: problem("Dữ liệu không hợp lệ"),
  401: problem("Chưa đăng nhập"),
  403: problem("Không có quyền"),
  404: problem("Không tìm thấy hoặc ngoài phạm vi dữ liệu"),
} as const;
export const conflictResponse = { 409: problem("Xung đột phiên bản") } as const;
export const unprocessableResponse = { 422: problem("Dữ liệu không đáp ứng quy tắc nghiệp vụ") } as const;
export const rateLimitedResponse = { 429: problem("Quá nhiều yêu cầu") } as const;

/** The signed-in actor, or a 401 problem. Public routes never call it. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get("actor");
  if (!actor) throw new AppError("AUTH_REQUIRED");
  return actor;
}

export function requestMeta(c: Context<AppEnv>): RequestMeta {
  return {
    requestId: c.get("requestId"),
    ip: c.get("clientIp"),
    userAgent: c.req.header("user-agent")?.slice(0, 300) ?? null,
  };
}

export const cookieAuth = [{ cookieAuth: [] }];

/** A required JSON request body for `createRoute({ request: { body } })`. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});

/** A JSON response for `createRoute({ responses })`. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

/** A path parameter holding a record id: the shared id rule (no NUL, controls or spaces; `@kc/domain`). */
export const pathIdSchema = (name: string) => idSchema().openapi({ param: { name, in: "path" } });

/** The `{id}` path parameter shared by every resource route. */
export const idParam = z.object({ id: pathIdSchema("id") });
