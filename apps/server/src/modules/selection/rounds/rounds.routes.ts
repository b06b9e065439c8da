import { createRoute } from "@hono/zod-openapi";
import { roundCreateSchema, roundListQuerySchema, roundStepInputSchema, roundUpdateSchema } from "@kc/domain";
import { pageOf } from "../../../platform/pagination";
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
import { loadRoundForActor } from "../round-access";
import { createRound } from "./create-round";
import { roundDetailResponse, roundPage } from "./round-page";
import { roundPolicy } from "./rounds.policy";
import { presentRoundListItem, roundListItemSchema } from "./rounds.presenter";
import { listRounds } from "./rounds.queries";
import { takeRoundStep } from "./take-round-step";
import { updateRound } from "./update-round";

const tags = ["Bình chọn sản phẩm"];

export const selectionRoundRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds",
      tags,
      summary:
        "Các đợt bình chọn sản phẩm CNNT tiêu biểu trong phạm vi (giám khảo, thư ký: đợt mình tham gia)",
      security: cookieAuth,
      request: { query: roundListQuerySchema },
      responses: {
        200: {
          content: { "application/json": { schema: pageOf(roundListItemSchema) } },
          description: "Trang kết quả",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await roundPolicy.authorize(c, "selection.read");
      const query = c.req.valid("query");
      const { rows, total } = await listRounds(c.get("deps").db, actor, query);
      const items = rows.map((row) => presentRoundListItem(row.round, row.provinceName));
      return c.json({ items, total, page: query.page, pageSize: query.pageSize }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds",
      tags,
      summary:
        "Lập kế hoạch một đợt bình chọn (cấp, địa bàn, năm, cơ quan tổ chức, kinh phí, quyết định kế hoạch)",
      security: cookieAuth,
      request: { body: jsonBody(roundCreateSchema) },
      responses: {
        201: roundDetailResponse,
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const actor = await roundPolicy.authorize(c, "selection.manage");
      const db = c.get("deps").db;
      const round = await createRound({ db, actor, meta: requestMeta(c), input: c.req.valid("json") });
      return c.json(await roundPage(c, round), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}",
      tags,
      summary: "Một đợt bình chọn: thông tin, văn bản các bước, hội đồng và các bước tiếp theo với lý do",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: roundDetailResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await roundPolicy.authorize(c, "selection.read", id);
      const round = await loadRoundForActor(c.get("deps").db, actor, id, requestMeta(c));
      return c.json(await roundPage(c, round), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/selection-rounds/{id}",
      tags,
      summary: "Sửa tên, cơ quan tổ chức, kinh phí, quyết định kế hoạch (trước khi hội đồng đề nghị kết quả)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(roundUpdateSchema) },
      responses: {
        200: roundDetailResponse,
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await roundPolicy.authorize(c, "selection.manage", id);
      const db = c.get("deps").db;
      const round = await updateRound({ db, actor, meta: requestMeta(c), id, input: c.req.valid("json") });
      return c.json(await roundPage(c, round), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/steps",
      tags,
      summary: "Chuyển đợt bình chọn sang bước tiếp theo kèm văn bản (số, ngày, người ký, tệp)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(roundStepInputSchema) },
      responses: {
        200: roundDetailResponse,
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await roundPolicy.authorize(c, "selection.read", id);
      const db = c.get("deps").db;
      const round = await takeRoundStep({ db, actor, meta: requestMeta(c), id, input: c.req.valid("json") });
      return c.json(await roundPage(c, round), 200);
    },
  );
