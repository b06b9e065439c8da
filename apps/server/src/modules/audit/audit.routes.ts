import { createRoute, z } from "@hono/zod-openapi";
import { todayInVietnam } from "@kc/domain";
import { count } from "drizzle-orm";
import { auditLog } from "../../db/schema/index";
import { attachmentHeader } from "../../platform/office/xlsx-writer";
import { pageOf, pageQuerySchema } from "../../platform/pagination";
import { requireAbility } from "../../platform/policy";
import { cookieAuth, createRouter, errorResponses, requestMeta, requireActor } from "../../platform/router";
import { exportAuditLog } from "./audit.export";
import { presentAuditRows } from "./audit.presenter";
import { auditConditions, auditPage } from "./audit.queries";
import { auditEventSchema, auditFilterShape, periodInOrder } from "./audit.schemas";

const tags = ["Nhật ký"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const listQuerySchema = pageQuerySchema
  .omit({ q: true })
  .extend(auditFilterShape)
  .refine(...periodInOrder);
const exportQuerySchema = z.object(auditFilterShape).refine(...periodInOrder);

export const auditRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/audit-events",
      tags,
      summary: "Nhật ký ghi dữ liệu, đăng nhập và truy cập bị từ chối (quản trị, thanh tra)",
      security: cookieAuth,
      request: { query: listQuerySchema },
      responses: {
        200: {
          content: { "application/json": { schema: pageOf(auditEventSchema) } },
          description: "Trang kết quả, bằng lời: tên người, tên đối tượng, các trường đã đổi",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { db } = c.get("deps");
      await requireAbility(db, actor, "audit.read", requestMeta(c), { entity: "audit_log" });
      const query = c.req.valid("query");
      const where = auditConditions(actor, query);
      const rows = await auditPage(db, where, {
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      const [totalRow] = await db.select({ total: count() }).from(auditLog).where(where);
      const items = await presentAuditRows(db, rows);
      return c.json({ items, total: totalRow?.total ?? 0, page: query.page, pageSize: query.pageSize }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/audit-events/export",
      tags,
      summary: "Xuất nhật ký đã lọc ra Excel (tối đa 20.000 dòng mới nhất, cùng phạm vi như danh sách)",
      security: cookieAuth,
      request: { query: exportQuerySchema },
      responses: {
        200: { content: { [XLSX]: { schema: z.any() } }, description: "Tệp Excel" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { db } = c.get("deps");
      await requireAbility(db, actor, "audit.read", requestMeta(c), { entity: "audit_log" });
      const stream = exportAuditLog(db, actor, c.req.valid("query"));
      return c.body(stream, 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader(`nhat-ky-he-thong-${todayInVietnam()}.xlsx`),
      });
    },
  );
