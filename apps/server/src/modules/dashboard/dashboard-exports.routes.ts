import { createRoute, z } from "@hono/zod-openapi";
import { budgetViewQuerySchema } from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import { buildInWorker } from "../../platform/office/office-workers";
import { attachmentHeader } from "../../platform/office/xlsx-writer";
import { cookieAuth, createRouter, errorResponses } from "../../platform/router";
import { budgetView } from "./budget-view";
import { dashboardScope } from "./dashboard-scope";
import { budgetXlsx } from "./exports/budget.xlsx";
import { budgetBriefDocxTask } from "./exports/budget-brief.docx";
import { exportFileName } from "./exports/budget-export.types";

const tags = ["Bảng điều khiển"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const file = (type: string, description: string) => ({
  200: { content: { [type]: { schema: z.any() } }, description },
});

/** The budget view a user may export: ability "dashboard.export" (403), then the same scope check as the view (404). */
async function exportableView(c: Context<AppEnv>, query: z.infer<typeof budgetViewQuerySchema>) {
  const scope = await dashboardScope(c, query, "dashboard.export");
  const view = await budgetView(c.get("deps").db, scope, query);
  return { scope, view };
}

export const dashboardExportRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/budget.xlsx",
      tags,
      summary: "Xuất kế hoạch và thực hiện kinh phí khuyến công ra Excel (cùng bộ lọc với bảng điều khiển)",
      security: cookieAuth,
      request: { query: budgetViewQuerySchema },
      responses: { ...file(XLSX, "Tệp Excel"), ...errorResponses },
    }),
    async (c) => {
      const { scope, view } = await exportableView(c, c.req.valid("query"));
      const bytes = await budgetXlsx(view, scope);
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader(exportFileName("Kinh phí khuyến công", view, scope, "xlsx")),
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/brief.docx",
      tags,
      summary:
        "Bản tin một trang về tình hình thực hiện kinh phí khuyến công (.docx, thể thức Nghị định 30/2020)",
      security: cookieAuth,
      request: { query: budgetViewQuerySchema },
      responses: { ...file(DOCX, "Tệp Word"), ...errorResponses },
    }),
    async (c) => {
      const { scope, view } = await exportableView(c, c.req.valid("query"));
      // Only what the brief prints crosses to the worker: the scope's SQL filter is not data.
      const printed = { level: scope.level, region: scope.region, unit: scope.unit, labelVi: scope.labelVi };
      const bytes = await buildInWorker(budgetBriefDocxTask, { view, scope: printed });
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": DOCX,
        "content-disposition": attachmentHeader(
          exportFileName("Bản tin kinh phí khuyến công", view, scope, "docx"),
        ),
      });
    },
  );
