import { createRoute, z } from "@hono/zod-openapi";
import {
  foldForSearch,
  idSchema,
  participationCreateSchema,
  participationResultsSchema,
  participationUpdateSchema,
} from "@kc/domain";
import { pageOf, pageQuerySchema } from "../../../platform/pagination";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  jsonBody,
  jsonResponse,
  pathIdSchema,
  requestMeta,
  unprocessableResponse,
} from "../../../platform/router";
import { checkParticipation } from "./check-participation";
import { participationPolicy } from "./participations.policy";
import {
  fairParticipantsSummarySchema,
  participantListItemSchema,
  participantSchema,
  participationCheckSchema,
  presentCheck,
  presentFairSummary,
  presentListItem,
  presentParticipation,
  savedParticipationSchema,
} from "./participations.presenter";
import { listParticipants } from "./participations.queries";
import { reportParticipationResults } from "./report-results";
import {
  assertFairInScope,
  createParticipation,
  deleteParticipation,
  updateParticipation,
} from "./save-participation";

const tags = ["Xúc tiến thương mại"];

const fairParam = z.object({ fairId: pathIdSchema("fairId") });
const participationParam = z.object({ fairId: pathIdSchema("fairId"), id: pathIdSchema("id") });
const versionQuery = z.object({
  version: z.coerce.number().int().min(1).max(2_147_483_647).openapi({ description: "Phiên bản đã đọc" }),
});

const participantPageSchema = pageOf(participantListItemSchema)
  .extend({ fair: fairParticipantsSummarySchema })
  .openapi("FairParticipantPage");

export const participationRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/fairs/{fairId}/participants",
      tags,
      summary: "Các cơ sở tham gia một hội chợ: gian hàng, tiền thuê, hỗ trợ theo định mức (phân trang)",
      security: cookieAuth,
      request: { params: fairParam, query: pageQuerySchema },
      responses: { 200: jsonResponse(participantPageSchema, "Trang lượt tham gia"), ...errorResponses },
    }),
    async (c) => {
      const actor = await participationPolicy.authorize(c, "tradePromotion.read");
      const { fairId } = c.req.valid("param");
      const query = c.req.valid("query");
      const db = c.get("deps").db;
      const fairRow = await assertFairInScope(db, actor, requestMeta(c), fairId);
      const { rows, total } = await listParticipants(db, fairRow, {
        ...query,
        q: query.q ? foldForSearch(query.q) : undefined,
      });
      return c.json(
        {
          items: rows.map(presentListItem),
          total,
          page: query.page,
          pageSize: query.pageSize,
          fair: presentFairSummary(fairRow),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/fairs/{fairId}/participant-checks",
      tags,
      summary:
        "Kiểm tra trước một lượt tham gia (không ghi): định mức và mức trần áp dụng, giới hạn hai hội chợ nước ngoài mỗi năm, gian hàng trùng",
      security: cookieAuth,
      request: {
        params: fairParam,
        body: jsonBody(
          z.strictObject({
            participationId: idSchema("Lượt tham gia đang sửa").nullable().default(null),
            participation: participationCreateSchema,
          }),
        ),
      },
      responses: { 200: jsonResponse(participationCheckSchema, "Kết quả kiểm tra"), ...errorResponses },
    }),
    async (c) => {
      const actor = await participationPolicy.authorize(c, "tradePromotion.manage");
      const body = c.req.valid("json");
      const { fairRow, evaluation } = await checkParticipation({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        fairId: c.req.valid("param").fairId,
        participationId: body.participationId,
        input: body.participation,
      });
      return c.json(presentCheck(fairRow, evaluation), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/fairs/{fairId}/participants",
      tags,
      summary: "Thêm một cơ sở tham gia hội chợ (hỗ trợ theo định mức có hiệu lực vào ngày khai mạc)",
      security: cookieAuth,
      request: { params: fairParam, body: jsonBody(participationCreateSchema) },
      responses: {
        201: jsonResponse(savedParticipationSchema, "Đã thêm; kèm cảnh báo nếu có"),
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const actor = await participationPolicy.authorize(c, "tradePromotion.manage");
      const { row, warnings } = await createParticipation({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        fairId: c.req.valid("param").fairId,
        input: c.req.valid("json"),
      });
      return c.json({ participation: presentParticipation(row), warnings }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/fairs/{fairId}/participants/{id}",
      tags,
      summary: "Sửa một lượt tham gia (kiểm tra phiên bản)",
      security: cookieAuth,
      request: { params: participationParam, body: jsonBody(participationUpdateSchema) },
      responses: {
        200: jsonResponse(savedParticipationSchema, "Đã sửa; kèm cảnh báo nếu có"),
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const actor = await participationPolicy.authorize(c, "tradePromotion.manage");
      const { fairId, id } = c.req.valid("param");
      const { version, ...input } = c.req.valid("json");
      const { row, warnings } = await updateParticipation({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        fairId,
        id,
        version,
        input,
      });
      return c.json({ participation: presentParticipation(row), warnings }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/fairs/{fairId}/participants/{id}",
      tags,
      summary: "Xóa một lượt tham gia ghi nhầm (kiểm tra phiên bản)",
      security: cookieAuth,
      request: { params: participationParam, query: versionQuery },
      responses: { 204: { description: "Đã xóa" }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const actor = await participationPolicy.authorize(c, "tradePromotion.manage");
      const { fairId, id } = c.req.valid("param");
      await deleteParticipation({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        fairId,
        id,
        version: c.req.valid("query").version,
      });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/fairs/{fairId}/participants/{id}/results",
      tags,
      summary: "Ghi doanh thu bán hàng và hợp đồng ký kết sau hội chợ (kiểm tra phiên bản)",
      security: cookieAuth,
      request: { params: participationParam, body: jsonBody(participationResultsSchema) },
      responses: {
        200: jsonResponse(participantSchema, "Lượt tham gia"),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const actor = await participationPolicy.authorize(c, "tradePromotion.manage");
      const { fairId, id } = c.req.valid("param");
      const row = await reportParticipationResults({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        fairId,
        id,
        input: c.req.valid("json"),
      });
      return c.json(presentParticipation(row), 200);
    },
  );
