import { createRoute, z } from "@hono/zod-openapi";
import { idSchema, obligationStatuses, regionCodes, todayInVietnam } from "@kc/domain";
import { cookieAuth, createRouter, errorResponses, jsonResponse, requestMeta } from "../../platform/router";
import { requireNationalScope } from "../plans/unit-scope";
import { awardsSchema, awardsTable, completenessSchema, completenessTable } from "./completeness-table";
import { listReportObligations, obligationListSchema } from "./list-report-obligations";
import { reportTags } from "./report-page";
import { reportPolicy } from "./reports.policy";
import { sweepReportReminders } from "./sweep-report-reminders";

const yearField = z.coerce.number().int().min(2000).max(2100);

const obligationQuerySchema = z.object({
  templateId: idSchema("Mẫu báo cáo").optional(),
  year: yearField.optional().describe("Năm của kỳ báo cáo"),
  provinceId: idSchema("Tỉnh").optional(),
  status: z.enum(obligationStatuses).optional(),
});

const completenessQuerySchema = z.object({
  templateId: idSchema("Mẫu báo cáo").optional(),
  year: yearField.optional(),
  region: z.enum(regionCodes).optional().describe("Vùng khuyến công, theo thành viên vùng trong kỳ"),
});

const sweepSchema = z
  .object({ decided: z.number().int(), sent: z.number().int(), failed: z.number().int() })
  .openapi("ReportReminderSweep");

/**
 * Deadlines, reminders, completeness and the awards ranking of periodic reports (issue 17 items 3–4). Beside the
 * reports' own routes (reports.routes.ts) under their own paths, so `/reports/{id}` never catches them.
 */
export const reportObligationRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/report-obligations",
      tags: reportTags,
      summary: "Báo cáo phải gửi trong phạm vi (Báo cáo của tôi): hạn gửi, quá hạn, bị trả lại trước",
      security: cookieAuth,
      request: { query: obligationQuerySchema },
      responses: { 200: jsonResponse(obligationListSchema, "Báo cáo phải gửi"), ...errorResponses },
    }),
    async (c) => {
      const actor = await reportPolicy.authorize(c, "reports.read");
      const { db, config, now } = c.get("deps");
      const result = await listReportObligations({
        db,
        actor,
        config,
        today: todayInVietnam(now()),
        filter: c.req.valid("query"),
      });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/report-completeness",
      tags: reportTags,
      summary:
        "Tính đầy đủ và đúng hạn của báo cáo theo kỳ và tỉnh (đúng hạn, trễ hạn, chưa gửi, chưa đến hạn)",
      security: cookieAuth,
      request: { query: completenessQuerySchema },
      responses: { 200: jsonResponse(completenessSchema, "Tính đầy đủ, đúng hạn"), ...errorResponses },
    }),
    async (c) => {
      const actor = await reportPolicy.authorize(c, "reports.read");
      const { db, config, now } = c.get("deps");
      const query = c.req.valid("query");
      const filter = {
        ...(query.templateId ? { templateId: query.templateId } : {}),
        ...(query.year ? { year: query.year } : {}),
        ...(query.region ? { region: query.region } : {}),
      };
      return c.json(
        await completenessTable({ db, actor, config, today: todayInVietnam(now()), filter }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/report-awards",
      tags: reportTags,
      summary: "Xếp hạng các tỉnh về báo cáo trong năm (đúng hạn, đầy đủ, nhất quán) để xét khen thưởng",
      security: cookieAuth,
      request: { query: z.object({ year: yearField }) },
      responses: { 200: jsonResponse(awardsSchema, "Xếp hạng"), ...errorResponses },
    }),
    async (c) => {
      const actor = await reportPolicy.authorize(c, "reports.read");
      const { db, config, now } = c.get("deps");
      const { year } = c.req.valid("query");
      return c.json(await awardsTable({ db, actor, config, today: todayInVietnam(now()), year }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/report-reminders/sweep",
      tags: reportTags,
      summary: "Chạy ngay lượt nhắc hạn báo cáo (mỗi lời nhắc chỉ gửi một lần, chạy lại không gửi trùng)",
      security: cookieAuth,
      responses: { 200: jsonResponse(sweepSchema, "Kết quả lượt nhắc"), ...errorResponses },
    }),
    async (c) => {
      const actor = await reportPolicy.authorize(c, "reports.review");
      const deps = c.get("deps");
      await requireNationalScope(deps.db, actor, requestMeta(c), { entity: "periodic_report" });
      const outcome = await sweepReportReminders({
        db: deps.db,
        config: deps.config,
        mailer: deps.mailer,
        logger: c.get("logger"),
        now: deps.now(),
      });
      return c.json(outcome, 200);
    },
  );
