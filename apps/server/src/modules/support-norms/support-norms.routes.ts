import { createRoute, z } from "@hono/zod-openapi";
import {
  fundingLevelCodes,
  idSchema,
  isoDateSchema,
  supportNormSetInputSchema,
  todayInVietnam,
} from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import { AppError } from "../../platform/errors";
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
import { asOfSchema } from "../reference/reference.schemas";
import { closeSupportNormSet } from "./close-support-norm-set";
import { createSupportNormSet } from "./create-support-norm-set";
import type { SupportNormSetRecord } from "./support-norm-record";
import { appliedSetIds } from "./support-norm-rules";
import { normSetActions, supportNormPolicy } from "./support-norms.policy";
import {
  presentNormSet,
  presentNormSetDetail,
  supportNormSetDetailSchema,
  supportNormSetSchema,
} from "./support-norms.presenter";
import { findSupportNormSet, listSupportNormSetRecords, normSetReferences } from "./support-norms.queries";

const tags = ["Định mức hỗ trợ"];
const detailResponse = {
  content: { "application/json": { schema: supportNormSetDetailSchema } },
  description: "Bộ định mức kèm bảng định mức",
};

/** One set with its table; `applies` is judged among every set of its scope, today. */
async function detail(c: Context<AppEnv>, record: SupportNormSetRecord) {
  const { db } = c.get("deps");
  const scope = await listSupportNormSetRecords(db, {
    fundingLevel: record.fundingLevel,
    provinceId: record.provinceId,
  });
  const refs = await normSetReferences(db, [record]);
  const applies = appliedSetIds(scope, todayInVietnam()).has(record.id);
  return presentNormSetDetail(record, refs, applies, normSetActions(requireActor(c), record, scope));
}

export const supportNormRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/support-norm-sets",
      tags,
      summary: "Các bộ định mức hỗ trợ (theo văn bản, cấp kinh phí, địa bàn và thời gian áp dụng)",
      security: cookieAuth,
      request: {
        query: pageQuerySchema.omit({ q: true }).extend({
          fundingLevel: z.enum(fundingLevelCodes).optional(),
          provinceId: idSchema("Mã tỉnh").optional(),
          asOf: asOfSchema.openapi({
            description: "Chỉ các bộ có hiệu lực vào ngày này (YYYY-MM-DD); cũng là ngày xét `applies`",
          }),
        }),
      },
      responses: {
        200: {
          content: { "application/json": { schema: pageOf(supportNormSetSchema) } },
          description: "Trang kết quả",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await supportNormPolicy.authorize(c, "catalogues.read");
      const { db } = c.get("deps");
      const { page, pageSize, ...filter } = c.req.valid("query");
      // Configuration, not a register: a few dozen rows at most, read whole.
      const all = await listSupportNormSetRecords(db);
      const applied = appliedSetIds(all, filter.asOf ?? todayInVietnam());
      const matching = await listSupportNormSetRecords(db, filter);
      const shown = matching.slice((page - 1) * pageSize, page * pageSize);
      const refs = await normSetReferences(db, shown);
      const items = shown.map((set) =>
        presentNormSet(set, refs, applied.has(set.id), normSetActions(actor, set, all)),
      );
      return c.json({ items, total: matching.length, page, pageSize }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/support-norm-sets/{id}",
      tags,
      summary: "Một bộ định mức hỗ trợ với bảng định mức",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: detailResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await supportNormPolicy.authorize(c, "catalogues.read", id);
      const record = await findSupportNormSet(c.get("deps").db, id);
      if (!record) throw new AppError("NOT_FOUND");
      return c.json(await detail(c, record), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/support-norm-sets",
      tags,
      summary: "Thêm một phiên bản định mức hỗ trợ (không trùng thời gian với văn bản khác cùng phạm vi)",
      security: cookieAuth,
      request: { body: jsonBody(supportNormSetInputSchema) },
      responses: { 201: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const actor = await supportNormPolicy.authorize(c, "supportNorms.manage");
      const record = await createSupportNormSet({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        input: c.req.valid("json"),
      });
      return c.json(await detail(c, record), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/support-norm-sets/{id}/close",
      tags,
      summary: "Kết thúc hiệu lực một bộ định mức (mọi phiên bản của cùng văn bản), để văn bản mới thay thế",
      security: cookieAuth,
      request: {
        params: idParam,
        body: jsonBody(
          z.strictObject({
            validTo: isoDateSchema("Ngày hết hiệu lực").openapi({ example: "2018-05-11" }),
          }),
        ),
      },
      responses: { 200: detailResponse, ...errorResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await supportNormPolicy.authorize(c, "supportNorms.manage", id);
      const record = await closeSupportNormSet({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        validTo: c.req.valid("json").validTo,
      });
      return c.json(await detail(c, record), 200);
    },
  );
