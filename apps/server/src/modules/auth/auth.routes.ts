import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { user } from "../../db/schema/index";
import { logSecurityEvent } from "../../platform/audit";
import { invalidates } from "../../platform/cache-invalidation";
import { AppError } from "../../platform/errors";
import { actorFrom } from "../../platform/middleware";
import {
  cookieAuth,
  createRouter,
  errorResponses,
  jsonBody,
  rateLimitedResponse,
  requestMeta,
  requireActor,
} from "../../platform/router";
import { copyCookies, forwardToAuth } from "./forward-to-auth";
import { meSchema, presentMe } from "./me.presenter";
import { signIn } from "./sign-in";
import { verifyTwoFactor } from "./verify-two-factor";

const credentialsSchema = z
  .strictObject({
    email: z.email().max(254).openapi({ example: "dongthap@demo.khuyencong.vn" }),
    password: z.string().min(1).max(128).openapi({ example: "khuyencong-demo" }),
  })
  .openapi("Credentials");

const signInResultSchema = z
  .object({ twoFactorRequired: z.boolean(), user: meSchema.optional() })
  .openapi("SignInResult");

/** Over a sign-in limit: how long to wait, in seconds, in the header and the problem document (decision 0012). */
const signInLimited = {
  429: {
    ...rateLimitedResponse[429],
    headers: z.object({
      "retry-after": z.string().openapi({ description: "Số giây phải chờ", example: "840" }),
    }),
  },
} as const;

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-in",
      tags: ["Xác thực"],
      summary: "Đăng nhập bằng thư điện tử và mật khẩu; đặt cookie phiên",
      request: { body: jsonBody(credentialsSchema) },
      responses: {
        200: {
          content: { "application/json": { schema: signInResultSchema } },
          description: "Đăng nhập thành công",
        },
        ...errorResponses,
        ...signInLimited,
      },
    }),
    async (c) => c.json(await signIn(c, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/two-factor/verify",
      tags: ["Xác thực"],
      summary: "Bước hai của đăng nhập: mã TOTP 6 số",
      request: { body: jsonBody(z.strictObject({ code: z.string().regex(/^\d{6}$/) })) },
      responses: {
        200: { content: { "application/json": { schema: signInResultSchema } }, description: "Đã xác thực" },
        ...errorResponses,
        ...signInLimited,
      },
    }),
    async (c) => c.json(await verifyTwoFactor(c, c.req.valid("json").code), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/sign-out",
      middleware: [invalidates("sessions")],
      tags: ["Xác thực"],
      summary: "Đăng xuất: kết thúc phiên trên máy chủ",
      responses: { 204: { description: "Đã đăng xuất" }, ...errorResponses },
    }),
    async (c) => {
      const actor = c.get("actor");
      const result = await forwardToAuth(c, "/sign-out", null);
      copyCookies(c, result.setCookies);
      if (actor) {
        await logSecurityEvent(
          c.get("deps").db,
          { category: "AUTH", action: "SIGNED_OUT", outcome: "SUCCESS", actor },
          requestMeta(c),
        );
      }
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags: ["Xác thực"],
      summary: "Người dùng đang đăng nhập, vai trò, phạm vi dữ liệu và quyền",
      security: cookieAuth,
      responses: {
        200: { content: { "application/json": { schema: meSchema } }, description: "Người dùng" },
        ...errorResponses,
      },
    }),
    async (c) => c.json(await presentMe(c.get("deps").db, requireActor(c)), 200),
  );

const passwordBody = jsonBody(z.strictObject({ password: z.string().min(1).max(128) }));

/** Two-factor settings of the signed-in user; each change is recorded in the audit log. */
export const twoFactorRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/me/two-factor/enable",
      middleware: [invalidates("sessions")],
      tags: ["Xác thực"],
      summary: "Bắt đầu bật xác thực hai lớp (TOTP): trả về URI và mã dự phòng",
      security: cookieAuth,
      request: { body: passwordBody },
      responses: {
        200: {
          content: {
            "application/json": {
              schema: z.object({ totpUri: z.string(), backupCodes: z.array(z.string()) }),
            },
          },
          description: "Quét mã rồi xác nhận",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      requireActor(c);
      const result = await forwardToAuth(c, "/two-factor/enable", { password: c.req.valid("json").password });
      if (result.status !== 200 || !result.json) throw new AppError("AUTH_INVALID_CREDENTIALS");
      return c.json(
        { totpUri: String(result.json.totpURI), backupCodes: (result.json.backupCodes as string[]) ?? [] },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/two-factor/confirm",
      middleware: [invalidates("sessions")],
      tags: ["Xác thực"],
      summary: "Xác nhận mã TOTP đầu tiên để hoàn tất bật xác thực hai lớp",
      security: cookieAuth,
      request: { body: jsonBody(z.strictObject({ code: z.string().regex(/^\d{6}$/) })) },
      responses: { 204: { description: "Đã bật" }, ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      const result = await forwardToAuth(c, "/two-factor/verify-totp", { code: c.req.valid("json").code });
      if (result.status !== 200) throw new AppError("AUTH_TWO_FACTOR_INVALID");
      copyCookies(c, result.setCookies);
      await logSecurityEvent(
        c.get("deps").db,
        {
          category: "AUTH",
          action: "TWO_FACTOR_ENABLED",
          outcome: "SUCCESS",
          actor,
          entity: "user",
          entityId: actor.userId,
        },
        requestMeta(c),
      );
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/two-factor/disable",
      middleware: [invalidates("sessions")],
      tags: ["Xác thực"],
      summary: "Tắt xác thực hai lớp",
      security: cookieAuth,
      request: { body: passwordBody },
      responses: { 204: { description: "Đã tắt" }, ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      const result = await forwardToAuth(c, "/two-factor/disable", {
        password: c.req.valid("json").password,
      });
      if (result.status !== 200) throw new AppError("AUTH_INVALID_CREDENTIALS");
      copyCookies(c, result.setCookies);
      const { db } = c.get("deps");
      const [row] = await db.select().from(user).where(eq(user.id, actor.userId));
      if (row) c.set("actor", actorFrom(row, actor.sessionId));
      await logSecurityEvent(
        db,
        {
          category: "AUTH",
          action: "TWO_FACTOR_DISABLED",
          outcome: "SUCCESS",
          actor,
          entity: "user",
          entityId: actor.userId,
        },
        requestMeta(c),
      );
      return c.body(null, 204);
    },
  );
