import { createRoute } from "@hono/zod-openapi";
import { budgetViewQuerySchema, outputsQuerySchema, recordsQuerySchema } from "@kc/domain";
import { cookieAuth, createRouter, errorResponses, jsonResponse } from "../../platform/router";
import { budgetView } from "./budget-view";
import { budgetViewSchema, outputsViewSchema, recordsViewSchema } from "./dashboard.schemas";
import { dashboardScope, type resolveDashboardScope } from "./dashboard-scope";
import { outputsView } from "./outputs-view";
import { recordsView } from "./records-view";
import { cachedView, viewRequest } from "./view-cache";

const tags = ["Bảng điều khiển"];

function publicScope(scope: Awaited<ReturnType<typeof resolveDashboardScope>>) {
  const { filter: _filter, ...rest } = scope;
  return rest;
}

export const dashboardRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/budget",
      tags,
      summary: "Kế hoạch và thực hiện kinh phí khuyến công theo khu vực, tỉnh và nguồn vốn",
      security: cookieAuth,
      request: { query: budgetViewQuerySchema },
      responses: { 200: jsonResponse(budgetViewSchema, "Số liệu kế hoạch và thực hiện"), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const scope = await dashboardScope(c, query);
      const { db, caches } = c.get("deps");
      const view = await cachedView(db, caches.views, viewRequest(c, "budget", scope, query), () =>
        budgetView(db, scope, query),
      );
      return c.json({ scope: publicScope(scope), ...view }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/outputs",
      tags,
      summary: "Kết quả đầu ra (cơ sở được hỗ trợ, gian hàng, sản phẩm được công nhận…) theo năm",
      security: cookieAuth,
      request: { query: outputsQuerySchema },
      responses: { 200: jsonResponse(outputsViewSchema, "Kết quả đầu ra"), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const scope = await dashboardScope(c, { ...query, year: query.yearTo });
      const { db, caches } = c.get("deps");
      const view = await cachedView(db, caches.views, viewRequest(c, "outputs", scope, query), () =>
        outputsView(db, scope, query),
      );
      return c.json({ scope: publicScope(scope), ...view }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/records",
      tags,
      summary: "Các bản ghi cộng thành số thực hiện của một đơn vị (đề án và số liệu báo cáo)",
      security: cookieAuth,
      request: { query: recordsQuerySchema },
      responses: { 200: jsonResponse(recordsViewSchema, "Bản ghi"), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const scope = await dashboardScope(c, query);
      const view = await recordsView(c.get("deps").db, query);
      return c.json({ scope: publicScope(scope), ...view }, 200);
    },
  );
