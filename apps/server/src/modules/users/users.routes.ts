import { createRoute, z } from "@hono/zod-openapi";
import { idSchema, roleCodes, roles } from "@kc/domain";
import type { Context } from "hono";
import { invalidates } from "../../platform/cache-invalidation";
import type { AppEnv } from "../../platform/context";
import { pageOf, pageQuerySchema } from "../../platform/pagination";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  requestMeta,
  requireActor,
  unprocessableResponse,
} from "../../platform/router";
import { versionOnlySchema } from "../../platform/versioned-write";
import { createUser } from "./create-user";
import { resetUserPassword } from "./reset-user-password";
import { revokeUserSessions } from "./revoke-user-sessions";
import { setUserDisabled } from "./set-user-disabled";
import { updateUser } from "./update-user";
import { userActionsFor } from "./user-actions";
import { userPolicy } from "./users.policy";
import { presentUser, userViewSchema } from "./users.presenter";
import { findUserInScope, listUsers } from "./users.queries";
import { passwordResetSchema, userCreateSchema, userUpdateSchema } from "./users.schemas";

const tags = ["Người dùng"];
const userResponse = {
  200: { content: { "application/json": { schema: userViewSchema } }, description: "Tài khoản" },
};

/** Loads an account the actor may see, presented; outside the scope it is a logged 404. */
async function visibleUser(c: Context<AppEnv>, id: string) {
  const { db } = c.get("deps");
  const actor = requireActor(c);
  const row = await userPolicy.inScopeOr404(c, await findUserInScope(db, actor, id), id);
  return presentUser(row, userActionsFor(actor, row));
}

export const userRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/users",
      tags,
      summary: "Danh sách tài khoản trong phạm vi dữ liệu của người gọi",
      security: cookieAuth,
      request: {
        query: pageQuerySchema.extend({
          role: z.enum(roleCodes).optional(),
          status: z.enum(["active", "disabled"]).optional(),
          provinceId: idSchema("Mã tỉnh").optional(),
        }),
      },
      responses: {
        200: {
          content: { "application/json": { schema: pageOf(userViewSchema) } },
          description: "Trang kết quả",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await userPolicy.authorize(c, "users.read");
      const query = c.req.valid("query");
      const { rows, total } = await listUsers(c.get("deps").db, actor, query);
      const items = rows.map((row) => presentUser(row, userActionsFor(actor, row)));
      return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/users/roles",
      tags,
      summary: "Các vai trò và phạm vi dữ liệu được phép của từng vai trò",
      security: cookieAuth,
      responses: {
        200: {
          content: {
            "application/json": {
              schema: z.object({
                items: z.array(
                  z.object({ code: z.string(), label: z.string(), scopeKinds: z.array(z.string()) }),
                ),
              }),
            },
          },
          description: "Vai trò",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      await userPolicy.authorize(c, "users.read");
      const items = roleCodes.map((code) => ({
        code,
        label: roles[code].labelVi,
        scopeKinds: [...roles[code].scopeKinds],
      }));
      return c.json({ items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/users/{id}",
      tags,
      summary: "Một tài khoản (404 nếu ngoài phạm vi)",
      security: cookieAuth,
      request: { params: idParam },
      responses: { ...userResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await userPolicy.authorize(c, "users.read", id);
      return c.json(await visibleUser(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/users",
      middleware: [invalidates("sessions")],
      tags,
      summary: "Tạo tài khoản (quản trị hệ thống)",
      security: cookieAuth,
      request: { body: jsonBody(userCreateSchema) },
      responses: {
        201: { content: { "application/json": { schema: userViewSchema } }, description: "Đã tạo" },
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const actor = await userPolicy.authorize(c, "users.manage");
      const row = await createUser({
        passwordChosenBy: "administrator",
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        input: c.req.valid("json"),
      });
      return c.json(await visibleUser(c, row.id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/users/{id}",
      middleware: [invalidates("sessions")],
      tags,
      summary: "Sửa họ tên, vai trò, phạm vi, tổ chức (kèm version)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(userUpdateSchema) },
      responses: { ...userResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await userPolicy.authorize(c, "users.manage", id);
      await updateUser({ db: c.get("deps").db, actor, meta: requestMeta(c), id, input: c.req.valid("json") });
      return c.json(await visibleUser(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/users/{id}/disable",
      middleware: [invalidates("sessions")],
      tags,
      summary: "Khóa tài khoản; mọi phiên đăng nhập của tài khoản bị hủy",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(versionOnlySchema) },
      responses: { ...userResponse, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await userPolicy.authorize(c, "users.manage", id);
      const { version } = c.req.valid("json");
      await setUserDisabled({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        version,
        disabled: true,
      });
      return c.json(await visibleUser(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/users/{id}/enable",
      middleware: [invalidates("sessions")],
      tags,
      summary: "Mở khóa tài khoản",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(versionOnlySchema) },
      responses: { ...userResponse, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await userPolicy.authorize(c, "users.manage", id);
      const { version } = c.req.valid("json");
      await setUserDisabled({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        version,
        disabled: false,
      });
      return c.json(await visibleUser(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/users/{id}/revoke-sessions",
      middleware: [invalidates("sessions")],
      tags,
      summary: "Hủy mọi phiên đăng nhập của tài khoản",
      security: cookieAuth,
      request: { params: idParam },
      responses: {
        200: {
          content: { "application/json": { schema: z.object({ revokedSessions: z.number().int() }) } },
          description: "Đã hủy",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await userPolicy.authorize(c, "users.manage", id);
      const revokedSessions = await revokeUserSessions({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
      });
      return c.json({ revokedSessions }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/users/{id}/reset-password",
      middleware: [invalidates("sessions")],
      tags,
      summary: "Đặt lại mật khẩu; các phiên của tài khoản bị hủy",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(passwordResetSchema) },
      responses: { 204: { description: "Đã đặt lại" }, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await userPolicy.authorize(c, "users.manage", id);
      await resetUserPassword({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        password: c.req.valid("json").password,
      });
      return c.body(null, 204);
    },
  );
