import { createRoute, z } from "@hono/zod-openapi";
import {
  brandSupportCreateSchema,
  brandSupportUpdateSchema,
  dongToBigInt,
  idSchema,
  isoDateSchema,
  nonNegativeDongSchema,
} from "@kc/domain";
import { cookieAuth, createRouter, errorResponses } from "../../../platform/router";
import { withRecordRoutes } from "../record-routes";
import { checkProject, ReferenceProblems } from "../showrooms/record-references";
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

/** What the form sends to see the cap before saving: the same dates and project the record will carry. */
const capQuerySchema = z.strictObject({
  cost: nonNegativeDongSchema.describe("Chi phí xây dựng, đăng ký (đồng)"),
  provinceId: idSchema("Tỉnh"),
  year: z.coerce.number().int().min(2012).max(2100),
  applicationDate: isoDateSchema("Ngày nộp đơn").optional(),
  registrationDate: isoDateSchema("Ngày cấp văn bằng").optional(),
  projectId: idSchema("Đề án").optional(),
});

/**
 * Brand and trademark support: the support cap the form asks for before saving (registered first, so that
 * "support-cap" is not read as a record id), then the four record routes shared with showrooms.
 */
export const brandRoutes = withRecordRoutes(
  createRouter().openapi(
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
  ),
  {
    path: "/brand-supports",
    policy: brandPolicy,
    schema: brandSupportSchema,
    descriptionVi: "Hỗ trợ thương hiệu",
    summaries: {
      list: "Thương hiệu, nhãn hiệu được hỗ trợ trong phạm vi dữ liệu (lọc năm, tỉnh, loại, tình trạng, tìm không dấu)",
      get: "Một thương hiệu, nhãn hiệu được hỗ trợ",
      create: "Ghi nhận hỗ trợ xây dựng, đăng ký một thương hiệu (mức hỗ trợ theo định mức h)",
      update: "Sửa một bản ghi hỗ trợ thương hiệu (kèm version; 409 nếu người khác đã sửa)",
    },
    listQuerySchema: brandListQuerySchema,
    createSchema: brandSupportCreateSchema,
    updateSchema: brandSupportUpdateSchema,
    list: listBrandSupports,
    find: findBrandSupportInScope,
    present: async (db, rows, canEdit) => {
      const members = await memberNames(db, rows);
      return rows.map((row) => presentBrandSupport(row, members, canEdit));
    },
    create: createBrandSupport,
    update: updateBrandSupport,
  },
);
