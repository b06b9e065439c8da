import { createRoute } from "@hono/zod-openapi";
import { showroomCreateSchema, showroomUpdateSchema } from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../../platform/context";
import { pageOf } from "../../../platform/pagination";
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
} from "../../../platform/router";
import { createShowroom } from "./create-showroom";
import { canManageTradePromotion, showroomPolicy } from "./showrooms.policy";
import { presentShowroom, showroomSchema } from "./showrooms.presenter";
import { findShowroomInScope, listShowrooms, showroomListQuerySchema } from "./showrooms.queries";
import { updateShowroom } from "./update-showroom";

const tags = ["Xúc tiến thương mại"];
const detailResponse = {
  content: { "application/json": { schema: showroomSchema } },
  description: "Phòng trưng bày",
};

/** The showroom as the caller may see it; outside the scope it is a logged 404, as if it did not exist. */
async function detail(c: Context<AppEnv>, id: string) {
  const actor = requireActor(c);
  const row = await showroomPolicy.inScopeOr404(
    c,
    await findShowroomInScope(c.get("deps").db, actor, id),
    id,
  );
  return presentShowroom(row, canManageTradePromotion(actor));
}

export const showroomRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/showrooms",
      tags,
      summary:
        "Phòng trưng bày, điểm giới thiệu sản phẩm trong phạm vi dữ liệu (lọc năm, tỉnh, nơi đặt, tìm không dấu)",
      security: cookieAuth,
      request: { query: showroomListQuerySchema },
      responses: {
        200: {
          content: { "application/json": { schema: pageOf(showroomSchema) } },
          description: "Trang kết quả",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await showroomPolicy.authorize(c, "tradePromotion.read");
      const query = c.req.valid("query");
      const { rows, total } = await listShowrooms(c.get("deps").db, actor, query);
      const canEdit = canManageTradePromotion(actor);
      return c.json(
        {
          items: rows.map((r) => presentShowroom(r, canEdit)),
          total,
          page: query.page,
          pageSize: query.pageSize,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/showrooms/{id}",
      tags,
      summary: "Một phòng trưng bày",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: detailResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await showroomPolicy.authorize(c, "tradePromotion.read", id);
      return c.json(await detail(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/showrooms",
      tags,
      summary: "Ghi nhận một phòng trưng bày tại trung tâm hoặc tại cơ sở",
      security: cookieAuth,
      request: { body: jsonBody(showroomCreateSchema) },
      responses: { 201: detailResponse, ...errorResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const actor = await showroomPolicy.authorize(c, "tradePromotion.manage");
      const { db } = c.get("deps");
      const row = await createShowroom({ db, actor, meta: requestMeta(c), input: c.req.valid("json") });
      return c.json(await detail(c, row.id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/showrooms/{id}",
      tags,
      summary: "Sửa một phòng trưng bày (kèm version; 409 nếu người khác đã sửa)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(showroomUpdateSchema) },
      responses: { 200: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await showroomPolicy.authorize(c, "tradePromotion.manage", id);
      await detail(c, id);
      const { db } = c.get("deps");
      await updateShowroom({ db, actor, meta: requestMeta(c), id, input: c.req.valid("json") });
      return c.json(await detail(c, id), 200);
    },
  );
