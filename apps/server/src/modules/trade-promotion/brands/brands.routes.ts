import { createRoute, z } from "@hono/zod-openapi";
import {
  brandSupportCreateSchema,
  brandSupportUpdateSchema,
  dongToBigInt,
  idSchema,
  isoDateSchema,
  nonNegativeDongSchema,
} from "@kc/domain";
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
import { checkProject, ReferenceProblems } from "../showrooms/record-references";
import { canManageTradePromotion } from "../showrooms/showrooms.policy";
import { brandCapFor, brandNormDate } from "./brand-cap";
import { brandPolicy } from "./brands.policy";
import {
  brandSupportCapSchema,
  brandSupportSchema,
  presentBrandCap,
  presentBrandSupport,
} from "./brands.presenter";
import {
  brandListQuerySchema,
  findBrandSupportInScope,
  listBrandSupports,
  memberNames,
} from "./brands.queries";
import { createBrandSupport } from "./create-brand-support";
import { updateBrandSupport } from "./update-brand-support";

const tags = ["Xúc tiến thương mại"];
const detailResponse = {
  content: { "application/json": { schema: brandSupportSchema } },
  description: "Hỗ trợ thương hiệu",
};

/** What the form sends to see the cap before saving: the same dates and project the record will carry. */
const capQuerySchema = z.strictObject({
  cost: nonNegativeDongSchema.describe("Chi phí xây dựng, đăng ký (đồng)"),
  provinceId: idSchema("Tỉnh"),
  year: z.coerce.number().int().min(2012).max(2100),
  applicationDate: isoDateSchema("Ngày nộp đơn").optional(),
  registrationDate: isoDateSchema("Ngày cấp văn bằng").optional(),
  projectId: idSchema("Đề án").optional(),
});

async function detail(c: Context<AppEnv>, id: string) {
  const actor = requireActor(c);
  const { db } = c.get("deps");
  const row = await brandPolicy.inScopeOr404(c, await findBrandSupportInScope(db, actor, id), id);
  return presentBrandSupport(row, await memberNames(db, [row]), canManageTradePromotion(actor));
}

export const brandRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/brand-supports",
      tags,
      summary:
        "Thương hiệu, nhãn hiệu được hỗ trợ trong phạm vi dữ liệu (lọc năm, tỉnh, loại, tình trạng, tìm không dấu)",
      security: cookieAuth,
      request: { query: brandListQuerySchema },
      responses: {
        200: {
          content: { "application/json": { schema: pageOf(brandSupportSchema) } },
          description: "Trang kết quả",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await brandPolicy.authorize(c, "tradePromotion.read");
      const query = c.req.valid("query");
      const { db } = c.get("deps");
      const { rows, total } = await listBrandSupports(db, actor, query);
      const members = await memberNames(db, rows);
      const canEdit = canManageTradePromotion(actor);
      return c.json(
        {
          items: rows.map((r) => presentBrandSupport(r, members, canEdit)),
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
      path: "/brand-supports/support-cap",
      tags,
      summary:
        "Mức hỗ trợ tối đa theo định mức h (50 %, tối đa 35 triệu đồng) của bộ định mức hiệu lực ngày nộp đơn",
      security: cookieAuth,
      request: { query: capQuerySchema },
      responses: {
        200: { content: { "application/json": { schema: brandSupportCapSchema } }, description: "Mức trần" },
        ...errorResponses,
      },
    }),
    async (c) => {
      await brandPolicy.authorize(c, "tradePromotion.read");
      const query = c.req.valid("query");
      const { db } = c.get("deps");
      // A project the caller cannot use reads as none: the national norms apply, as they would on saving.
      const project = await checkProject(
        db,
        query.projectId ?? null,
        query.provinceId,
        "projectId",
        new ReferenceProblems(),
      );
      const normDate = brandNormDate({
        applicationDate: query.applicationDate ?? null,
        registrationDate: query.registrationDate ?? null,
        year: query.year,
      });
      return c.json(
        presentBrandCap(await brandCapFor(db, { cost: dongToBigInt(query.cost), normDate, project })),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/brand-supports/{id}",
      tags,
      summary: "Một thương hiệu, nhãn hiệu được hỗ trợ",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: detailResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await brandPolicy.authorize(c, "tradePromotion.read", id);
      return c.json(await detail(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/brand-supports",
      tags,
      summary: "Ghi nhận hỗ trợ xây dựng, đăng ký một thương hiệu (mức hỗ trợ theo định mức h)",
      security: cookieAuth,
      request: { body: jsonBody(brandSupportCreateSchema) },
      responses: { 201: detailResponse, ...errorResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const actor = await brandPolicy.authorize(c, "tradePromotion.manage");
      const { db } = c.get("deps");
      const row = await createBrandSupport({ db, actor, meta: requestMeta(c), input: c.req.valid("json") });
      return c.json(await detail(c, row.id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/brand-supports/{id}",
      tags,
      summary: "Sửa một bản ghi hỗ trợ thương hiệu (kèm version; 409 nếu người khác đã sửa)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(brandSupportUpdateSchema) },
      responses: { 200: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await brandPolicy.authorize(c, "tradePromotion.manage", id);
      await detail(c, id);
      const { db } = c.get("deps");
      await updateBrandSupport({ db, actor, meta: requestMeta(c), id, input: c.req.valid("json") });
      return c.json(await detail(c, id), 200);
    },
  );
