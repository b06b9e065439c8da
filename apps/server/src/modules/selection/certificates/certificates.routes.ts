import { createRoute, z } from "@hono/zod-openapi";
import {
  certificateIssueSchema,
  certificateRevokeSchema,
  certificateStatusCodes,
  holderReportInputSchema,
  idSchema,
  selectionLevelCodes,
} from "@kc/domain";
import type { Context } from "hono";
import { invalidates } from "../../../platform/cache-invalidation";
import type { AppEnv } from "../../../platform/context";
import { convertToPdf } from "../../../platform/office/pdf";
import { attachmentHeader } from "../../../platform/office/xlsx-writer";
import { pageOf, pageQuerySchema } from "../../../platform/pagination";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  requestMeta,
  unprocessableResponse,
} from "../../../platform/router";
import { certificateDocxOf } from "./certificate-document";
import { certificateKeyring } from "./certificate-keyring";
import { findCertificateInScope } from "./certificate-scope";
import { certificatePolicy } from "./certificates.policy";
import {
  certificateDetailSchema,
  certificateSchema,
  holderReportSchema,
  presentCertificate,
  presentHolderReport,
} from "./certificates.presenter";
import { holderReportsOf, listCertificates } from "./certificates.queries";
import { issueCertificates } from "./issue-certificates";
import { recordHolderReport } from "./record-holder-report";
import { revokeCertificate } from "./revoke-certificate";

const tags = ["Bình chọn sản phẩm"];
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const file = (type: string, description: string) => ({
  content: { [type]: { schema: z.any() } },
  description,
});

const listQuery = pageQuerySchema.extend({
  roundId: idSchema("Mã đợt bình chọn").optional(),
  establishmentId: idSchema("Mã cơ sở").optional(),
  level: z.enum(selectionLevelCodes).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(certificateStatusCodes).optional(),
});

async function presenterContext(c: Context<AppEnv>) {
  const deps = c.get("deps");
  const ring = await certificateKeyring(deps);
  return { key: ring.signing, publicUrl: deps.config.publicUrl };
}

/** The certificate the caller reaches (read ability), or the logged 404. */
async function certificateFor(c: Context<AppEnv>, id: string) {
  const actor = await certificatePolicy.authorize(c, "selection.read", id);
  const row = await certificatePolicy.inScopeOr404(
    c,
    await findCertificateInScope(c.get("deps").db, actor, id),
    id,
  );
  return { actor, row };
}

export const certificateRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-certificates",
      tags,
      summary: "Giấy chứng nhận sản phẩm CNNT tiêu biểu trong phạm vi dữ liệu",
      security: cookieAuth,
      request: { query: listQuery },
      responses: { 200: json(pageOf(certificateSchema), "Danh sách"), ...errorResponses },
    }),
    async (c) => {
      const actor = await certificatePolicy.authorize(c, "selection.read");
      const query = c.req.valid("query");
      const { items, total } = await listCertificates(c.get("deps").db, actor, query);
      const context = { actor, ...(await presenterContext(c)) };
      return c.json(
        {
          items: items.map((row) => presentCertificate(row, context)),
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
      path: "/selection-certificates/{id}",
      tags,
      summary: "Một giấy chứng nhận, kèm các báo cáo năm của cơ sở (R8)",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: json(certificateDetailSchema, "Giấy chứng nhận"), ...errorResponses },
    }),
    async (c) => {
      const { actor, row } = await certificateFor(c, c.req.valid("param").id);
      const reports = await holderReportsOf(c.get("deps").db, row.id);
      return c.json(
        {
          ...presentCertificate(row, { actor, ...(await presenterContext(c)) }),
          holderReports: reports.map(presentHolderReport),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/certificates",
      tags,
      summary: "Cấp giấy chứng nhận cho các sản phẩm được công nhận theo quyết định công nhận",
      security: cookieAuth,
      middleware: [invalidates("publicCertificates")],
      request: {
        params: idParam,
        body: { content: { "application/json": { schema: certificateIssueSchema } } },
      },
      responses: {
        201: json(z.object({ items: z.array(certificateSchema) }), "Các giấy chứng nhận đã cấp"),
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await certificatePolicy.authorize(c, "selection.approve");
      const rows = await issueCertificates(c.get("deps").db, actor, requestMeta(c), id, c.req.valid("json"));
      const context = { actor, ...(await presenterContext(c)) };
      return c.json({ items: rows.map((row) => presentCertificate(row, context)) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-certificates/{id}/revoke",
      tags,
      summary: "Thu hồi giấy chứng nhận theo quyết định thu hồi (S8)",
      security: cookieAuth,
      middleware: [invalidates("publicCertificates")],
      request: {
        params: idParam,
        body: { content: { "application/json": { schema: certificateRevokeSchema } } },
      },
      responses: {
        200: json(certificateSchema, "Giấy chứng nhận đã thu hồi"),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await certificatePolicy.authorize(c, "selection.approve", id);
      const row = await revokeCertificate(c.get("deps").db, actor, requestMeta(c), id, c.req.valid("json"));
      return c.json(presentCertificate(row, { actor, ...(await presenterContext(c)) }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-certificates/{id}/holder-reports",
      tags,
      summary: "Ghi báo cáo năm của cơ sở có sản phẩm được chứng nhận (R8)",
      security: cookieAuth,
      request: {
        params: idParam,
        body: { content: { "application/json": { schema: holderReportInputSchema } } },
      },
      responses: {
        201: json(holderReportSchema, "Báo cáo đã ghi"),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await certificatePolicy.authorize(c, "selection.manage", id);
      const row = await recordHolderReport(c.get("deps").db, actor, requestMeta(c), id, c.req.valid("json"));
      return c.json(presentHolderReport(row), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-certificates/{id}/certificate.docx",
      tags,
      summary: "Giấy chứng nhận theo mẫu (.docx, một trang A4 ngang, có mã QR)",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: file(DOCX, "Tệp Word"), ...errorResponses },
    }),
    async (c) => {
      const { row } = await certificateFor(c, c.req.valid("param").id);
      const bytes = await certificateDocxOf(c.get("deps").db, row, await presenterContext(c));
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": DOCX,
        "content-disposition": attachmentHeader(`giay-chung-nhan-${row.number.replaceAll("/", "-")}.docx`),
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-certificates/{id}/certificate.pdf",
      tags,
      summary: "Giấy chứng nhận theo mẫu (.pdf, qua LibreOffice)",
      security: cookieAuth,
      request: { params: idParam },
      responses: {
        200: file("application/pdf", "Tệp PDF"),
        ...errorResponses,
        503: json(z.object({ code: z.string() }), "Máy chủ chưa có LibreOffice"),
      },
    }),
    async (c) => {
      const { row } = await certificateFor(c, c.req.valid("param").id);
      const bytes = await certificateDocxOf(c.get("deps").db, row, await presenterContext(c));
      const pdf = await convertToPdf(bytes, "docx");
      return c.body(new Uint8Array(pdf), 200, {
        "content-type": "application/pdf",
        "content-disposition": attachmentHeader(`giay-chung-nhan-${row.number.replaceAll("/", "-")}.pdf`),
      });
    },
  );
