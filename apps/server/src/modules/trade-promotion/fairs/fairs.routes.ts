import { createRoute, z } from "@hono/zod-openapi";
import {
  fairCreateSchema,
  fairLevelCodes,
  fairStatusCodes,
  fairUpdateSchema,
  idSchema,
  isoDateSchema,
} from "@kc/domain";
import { boundedPageOf, pageQuerySchema } from "../../../platform/pagination";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  requestMeta,
  unprocessableResponse,
} from "../../../platform/router";
import { createFair } from "./create-fair";
import { fairDetailResponse, fairPage, fairTags } from "./fair-page";
import { fairPolicy } from "./fairs.policy";
import { fairCalendarSchema, fairListItemSchema, presentFairListItem } from "./fairs.presenter";
import { calendarFairs, listFairs } from "./fairs.queries";
import { updateFair } from "./update-fair";

const listFilterSchema = z.object({
  level: z.enum(fairLevelCodes).optional(),
  status: z.enum(fairStatusCodes).optional(),
  provinceId: idSchema("Tỉnh ghi nhận").optional(),
  regionCode: idSchema("Vùng")
    .optional()
    .openapi({ description: "Vùng của tỉnh nơi tổ chức vào ngày khai mạc" }),
  hostOrgId: idSchema("Đơn vị chủ trì").optional(),
});

const calendarQuerySchema = listFilterSchema
  .extend({
    q: pageQuerySchema.shape.q,
    from: isoDateSchema("Từ ngày").openapi({ example: "2024-10-01" }),
    to: isoDateSchema("Đến ngày").openapi({ example: "2024-10-31" }),
  })
  .refine((range) => range.to >= range.from, { message: "Đến ngày trước từ ngày", path: ["to"] })
  .refine((range) => Date.parse(range.to) - Date.parse(range.from) <= 366 * 86_400_000, {
    message: "Lịch hội chợ xem tối đa một năm mỗi lần",
    path: ["to"],
  });

export const fairRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/fairs",
      tags: fairTags,
      summary:
        "Danh sách hội chợ triển lãm (lọc theo năm, cấp, vùng, tỉnh, đơn vị chủ trì, trạng thái; tìm không dấu)",
      security: cookieAuth,
      request: {
        query: pageQuerySchema.merge(listFilterSchema).extend({
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
      responses: {
        200: {
          content: { "application/json": { schema: boundedPageOf(fairListItemSchema) } },
          description: "Trang kết quả",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await fairPolicy.authorize(c, "tradePromotion.read");
      const query = c.req.valid("query");
      const { rows, total, totalExact } = await listFairs(c.get("deps").db, actor, query);
      return c.json(
        {
          items: rows.map(presentFairListItem),
          total,
          totalExact,
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
      path: "/fairs/calendar",
      tags: fairTags,
      summary: "Lịch hội chợ: các hội chợ diễn ra (dù chỉ một ngày) trong khoảng ngày, tối đa một năm",
      security: cookieAuth,
      request: { query: calendarQuerySchema },
      responses: {
        200: { content: { "application/json": { schema: fairCalendarSchema } }, description: "Các hội chợ" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await fairPolicy.authorize(c, "tradePromotion.read");
      const query = c.req.valid("query");
      const { rows, truncated } = await calendarFairs(c.get("deps").db, actor, query);
      return c.json({ from: query.from, to: query.to, items: rows.map(presentFairListItem), truncated }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/fairs",
      tags: fairTags,
      summary: "Ghi nhận một hội chợ (trạng thái Đã lập kế hoạch; mã do máy chủ cấp)",
      security: cookieAuth,
      request: { body: jsonBody(fairCreateSchema) },
      responses: {
        201: fairDetailResponse,
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const actor = await fairPolicy.authorize(c, "tradePromotion.manage");
      const row = await createFair({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        input: c.req.valid("json"),
      });
      return c.json(await fairPage(c, row.id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/fairs/{id}",
      tags: fairTags,
      summary: "Một hội chợ",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: fairDetailResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await fairPolicy.authorize(c, "tradePromotion.read", id);
      return c.json(await fairPage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/fairs/{id}",
      tags: fairTags,
      summary: "Sửa hội chợ (gửi cả hội chợ với phiên bản đã đọc; 409 khi người khác vừa lưu)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(fairUpdateSchema) },
      responses: {
        200: fairDetailResponse,
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await fairPolicy.authorize(c, "tradePromotion.manage", id);
      await updateFair({ db: c.get("deps").db, actor, meta: requestMeta(c), id, input: c.req.valid("json") });
      return c.json(await fairPage(c, id), 200);
    },
  );
