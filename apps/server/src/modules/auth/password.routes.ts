import { createRoute, z } from "@hono/zod-openapi";
import { PASSWORD_MAX_LENGTH } from "@kc/domain";
import { invalidates } from "../../platform/cache-invalidation";
import {
  cookieAuth,
  createRouter,
  errorResponses,
  jsonBody,
  rateLimitedResponse,
  requireActor,
  unprocessableResponse,
} from "../../platform/router";
import { changePassword } from "./change-password";
import { requestPasswordReset } from "./request-password-reset";
import { resetPasswordWithLink } from "./reset-password-with-link";

/** Strength rules (length, common passwords) are checked by the use cases so the answer names the rule. */
const newPassword = z
  .string()
  .min(1)
  .max(PASSWORD_MAX_LENGTH)
  .openapi({ example: "mot cum tu that dai 2026" });

/** Password self-service: change with the current one, or reset through an e-mailed link. */
export const passwordRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/me/password",
      middleware: [invalidates("sessions")],
      tags: ["Xác thực"],
      summary: "Đổi mật khẩu (cần mật khẩu hiện tại); kết thúc các phiên đăng nhập khác",
      security: cookieAuth,
      request: {
        body: jsonBody(
          z
            .strictObject({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword })
            .openapi("PasswordChange"),
        ),
      },
      responses: {
        200: {
          content: { "application/json": { schema: z.object({ endedSessions: z.number().int() }) } },
          description: "Đã đổi mật khẩu; số phiên khác đã kết thúc",
        },
        ...errorResponses,
        ...unprocessableResponse,
        ...rateLimitedResponse,
      },
    }),
    async (c) => c.json(await changePassword(c, requireActor(c), c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset/request",
      tags: ["Xác thực"],
      summary:
        "Quên mật khẩu: gửi liên kết đặt lại đến thư điện tử của tài khoản (câu trả lời luôn như nhau)",
      request: {
        body: jsonBody(z.strictObject({ email: z.email().max(254) }).openapi("PasswordResetRequest")),
      },
      responses: {
        202: {
          content: { "application/json": { schema: z.object({ message: z.string() }) } },
          description: "Đã nhận yêu cầu",
        },
        ...errorResponses,
        ...rateLimitedResponse,
      },
    }),
    async (c) => c.json(await requestPasswordReset(c, c.req.valid("json").email), 202),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/password-reset",
      middleware: [invalidates("sessions")],
      tags: ["Xác thực"],
      summary: "Đặt mật khẩu mới bằng liên kết trong thư; kết thúc mọi phiên của tài khoản",
      request: {
        body: jsonBody(
          z
            .strictObject({ token: z.string().min(20).max(200), newPassword })
            .openapi("PasswordResetWithLink"),
        ),
      },
      responses: { 204: { description: "Đã đặt mật khẩu mới" }, ...errorResponses, ...unprocessableResponse },
    }),
    async (c) => {
      await resetPasswordWithLink(c, c.req.valid("json"));
      return c.body(null, 204);
    },
  );
