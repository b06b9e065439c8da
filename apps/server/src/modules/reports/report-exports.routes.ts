import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { attachmentHeader } from "../../platform/office/xlsx-writer";
import { cookieAuth, createRouter, errorResponses, idParam } from "../../platform/router";
import { reportDocx } from "./exports/report.docx";
import { reportXlsx } from "./exports/report.xlsx";
import { reportExportData } from "./exports/report-export-data";
import { reportTags } from "./report-page";
import { reportPolicy } from "./reports.policy";
import { findReportInScope, findTemplate } from "./reports.queries";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const file = (type: string, description: string) => ({
  200: { content: { [type]: { schema: z.any() } }, description },
});

/**
 * What both files print, for whoever may read the report: `reports.read` first (403, logged), then the row in the
 * caller's scope inside the query (another province's report is a logged 404, as for the page).
 */
async function exportOf(c: Context<AppEnv>, id: string) {
  const actor = await reportPolicy.authorize(c, "reports.read", id);
  const { db, now } = c.get("deps");
  const row = await reportPolicy.inScopeOr404(c, await findReportInScope(db, actor, id), id);
  const template = await findTemplate(db, row.templateId);
  if (!template) throw new AppError("NOT_FOUND");
  return reportExportData(db, actor, row, template, now());
}

/** "Báo cáo 6 tháng đầu năm 2024 - Đồng Tháp (trước 7-2025).docx" */
function fileName(data: Awaited<ReturnType<typeof exportOf>>, extension: string) {
  const { page } = data;
  const name = `Báo cáo ${page.periodLabelVi.charAt(0).toLocaleLowerCase("vi")}${page.periodLabelVi.slice(1)} - ${page.provinceLabelVi}`;
  // "(trước 7/2025)": a slash is a folder to the saving browser.
  return `${name.replaceAll("/", "-")}.${extension}`;
}

/** A report's files: Word in the Decree 30/2020 layout, Excel in the template's layout. */
export const reportExportRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/reports/{id}/export.docx",
      tags: reportTags,
      summary:
        "Báo cáo dạng Word (.docx, thể thức Nghị định 30/2020/NĐ-CP): bảng số liệu đánh số theo mẫu, thuyết minh, nơi nhận; ghi “Dự thảo” khi chưa được duyệt",
      security: cookieAuth,
      request: { params: idParam },
      responses: { ...file(DOCX, "Tệp Word"), ...errorResponses },
    }),
    async (c) => {
      const data = await exportOf(c, c.req.valid("param").id);
      return c.body(new Uint8Array(await reportDocx(data)), 200, {
        "content-type": DOCX,
        "content-disposition": attachmentHeader(fileName(data, "docx")),
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/reports/{id}/export.xlsx",
      tags: reportTags,
      summary:
        "Báo cáo dạng Excel (.xlsx) theo bố cục của mẫu: mỗi bảng một trang tính, kết quả kiểm tra, thuyết minh",
      security: cookieAuth,
      request: { params: idParam },
      responses: { ...file(XLSX, "Tệp Excel"), ...errorResponses },
    }),
    async (c) => {
      const data = await exportOf(c, c.req.valid("param").id);
      return c.body(new Uint8Array(await reportXlsx(data)), 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader(fileName(data, "xlsx")),
      });
    },
  );
