import { createRoute, z } from "@hono/zod-openapi";
import { todayInVietnam } from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonResponse,
  requestMeta,
  requireActor,
  unprocessableResponse,
} from "../../../platform/router";
import { changeTemplateVersion } from "./change-template-version";
import { createTemplateVersion } from "./create-template-version";
import { templateAdminPolicy } from "./template-admin.policy";
import {
  presentTemplateCodes,
  presentVersionDetail,
  templateCodeSchema,
  templateVersionDetailSchema,
} from "./template-admin.presenter";
import { findTemplateCode, legalBases, templateVersionRecords } from "./template-admin.queries";
import { changeVersionBodySchema, createVersionBodySchema } from "./template-admin.schemas";

const tags = ["Báo cáo định kỳ"];
const detailResponse = jsonResponse(templateVersionDetailSchema, "Phiên bản mẫu báo cáo");
const writeResponses = { ...errorResponses, ...conflictResponse, ...unprocessableResponse };

/** One version as the admin page shows it, with its siblings for the validity and the latest's revision. */
async function versionPage(c: Context<AppEnv>, id: string) {
  const { db, now } = c.get("deps");
  const code = await findTemplateCode(db, id);
  if (code === undefined) throw new AppError("NOT_FOUND");
  const records = await templateVersionRecords(db, code);
  const record = records.find((entry) => entry.id === id);
  if (!record) throw new AppError("NOT_FOUND");
  const bases = await legalBases(db, [record.template.legalDocumentId]);
  return presentVersionDetail(requireActor(c), record, records, bases, todayInVietnam(now()));
}

export const reportTemplateAdminRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/report-template-versions",
      tags,
      summary:
        "Các mẫu báo cáo với mọi phiên bản: hiệu lực, văn bản pháp lý, số báo cáo đã mở theo mỗi phiên bản",
      security: cookieAuth,
      responses: {
        200: jsonResponse(z.object({ items: z.array(templateCodeSchema) }), "Mẫu báo cáo"),
        ...errorResponses,
      },
    }),
    async (c) => {
      await templateAdminPolicy.authorize(c, "reportTemplates.read");
      const { db, now } = c.get("deps");
      const records = await templateVersionRecords(db);
      const bases = await legalBases(
        db,
        records.map((record) => record.template.legalDocumentId),
      );
      return c.json({ items: presentTemplateCodes(records, bases, todayInVietnam(now())) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/report-template-versions/{id}",
      tags,
      summary:
        "Một phiên bản mẫu báo cáo: cấu trúc, văn bản pháp lý, hiệu lực, số báo cáo, các kiểm tra tự động",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: detailResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await templateAdminPolicy.authorize(c, "reportTemplates.read", id);
      return c.json(await versionPage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/report-template-versions/{id}/successors",
      tags,
      summary:
        "Tạo phiên bản mới từ phiên bản này; phiên bản đang có hiệu lực kết thúc vào ngày trước ngày bắt đầu của phiên bản mới",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(createVersionBodySchema) },
      responses: { 201: detailResponse, ...writeResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await templateAdminPolicy.authorize(c, "reportTemplates.manage", id);
      const created = await createTemplateVersion({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        sourceId: id,
        input: c.req.valid("json"),
      });
      return c.json(await versionPage(c, created), 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/report-template-versions/{id}",
      tags,
      summary:
        "Đặt ngày hết hiệu lực của một phiên bản; sửa tên, hạn nộp, cấu trúc khi chưa có báo cáo nào mở theo phiên bản",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(changeVersionBodySchema) },
      responses: { 200: detailResponse, ...writeResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await templateAdminPolicy.authorize(c, "reportTemplates.manage", id);
      await changeTemplateVersion({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        input: c.req.valid("json"),
      });
      return c.json(await versionPage(c, id), 200);
    },
  );
