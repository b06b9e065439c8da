import { createRoute } from "@hono/zod-openapi";
import {
  establishmentCreateSchema,
  establishmentListQuerySchema,
  establishmentUpdateSchema,
  todayInVietnam,
} from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import { boundedPageOf } from "../../platform/pagination";
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
import { historySchema } from "../audit/audit.schemas";
import { certificatePriorities } from "./certificate-priority";
import { createEstablishment } from "./create-establishment";
import { establishmentHistory } from "./establishment-history";
import { canEditEstablishments, establishmentPolicy } from "./establishments.policy";
import {
  establishmentDetailSchema,
  establishmentListItemSchema,
  presentDetail,
  presentListItem,
} from "./establishments.presenter";
import { findEstablishmentInScope, listEstablishments } from "./establishments.queries";
import { setEstablishmentArchived, updateEstablishment } from "./update-establishment";

const tags = ["Cơ sở CNNT"];
const detailResponse = {
  content: { "application/json": { schema: establishmentDetailSchema } },
  description: "Cơ sở",
};

/** The detail as the caller may see it; outside the scope it is a logged 404, as if it did not exist. */
async function detail(c: Context<AppEnv>, id: string) {
  const { db, now } = c.get("deps");
  const actor = requireActor(c);
  const row = await establishmentPolicy.inScopeOr404(c, await findEstablishmentInScope(db, actor, id), id);
  const priorities = await certificatePriorities(db, [id], todayInVietnam(now()));
  return presentDetail(row, canEditEstablishments(actor), priorities.get(id) ?? null);
}

export const establishmentRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/establishments",
      tags,
      summary: "Danh sách cơ sở trong phạm vi dữ liệu, có lọc, sắp xếp và tìm không dấu",
      security: cookieAuth,
      request: { query: establishmentListQuerySchema },
      responses: {
        200: {
          content: { "application/json": { schema: boundedPageOf(establishmentListItemSchema) } },
          description: "Trang kết quả",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await establishmentPolicy.authorize(c, "establishments.read");
      const query = c.req.valid("query");
      const { rows, total, totalExact } = await listEstablishments(c.get("deps").db, actor, query);
      return c.json(
        { items: rows.map(presentListItem), total, totalExact, page: query.page, pageSize: query.pageSize },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/establishments/{id}",
      tags,
      summary: "Một cơ sở, với địa điểm, số liệu theo năm và kết quả xét điều kiện",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: detailResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await establishmentPolicy.authorize(c, "establishments.read", id);
      return c.json(await detail(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/establishments/{id}/history",
      tags,
      summary: "Lịch sử thay đổi (từ nhật ký hệ thống)",
      security: cookieAuth,
      request: { params: idParam },
      responses: {
        200: {
          content: {
            "application/json": {
              schema: historySchema,
            },
          },
          description: "Lịch sử",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await establishmentPolicy.authorize(c, "establishments.read", id);
      await detail(c, id); // scope check: 404 outside it
      return c.json({ items: await establishmentHistory(c.get("deps").db, id) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/establishments",
      tags,
      summary: "Đăng ký một cơ sở mới trong tỉnh của người dùng",
      security: cookieAuth,
      request: { body: jsonBody(establishmentCreateSchema) },
      responses: { 201: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const actor = await establishmentPolicy.authorize(c, "establishments.create");
      const row = await createEstablishment({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        input: c.req.valid("json"),
      });
      return c.json(await detail(c, row.id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/establishments/{id}",
      tags,
      summary: "Sửa một cơ sở (kèm version; 409 nếu người khác đã sửa)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(establishmentUpdateSchema) },
      responses: { 200: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await establishmentPolicy.authorize(c, "establishments.update", id);
      await detail(c, id);
      await updateEstablishment({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        input: c.req.valid("json"),
      });
      return c.json(await detail(c, id), 200);
    },
  );

/** Archive and restore are one transition in two directions (never a delete: records are referenced). */
for (const [archived, verb, summary] of [
  [true, "archive", "Lưu trữ một cơ sở (không bao giờ xóa hẳn)"],
  [false, "restore", "Khôi phục một cơ sở đã lưu trữ"],
] as const) {
  establishmentRoutes.openapi(
    createRoute({
      method: "post",
      path: `/establishments/{id}/${verb}`,
      tags,
      summary,
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(versionOnlySchema) },
      responses: { 200: detailResponse, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await establishmentPolicy.authorize(c, "establishments.update", id);
      await detail(c, id);
      const { version } = c.req.valid("json");
      const { db } = c.get("deps");
      await setEstablishmentArchived({ db, actor, meta: requestMeta(c), id, version, archived });
      return c.json(await detail(c, id), 200);
    },
  );
}
