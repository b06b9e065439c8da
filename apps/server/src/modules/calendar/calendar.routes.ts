import { createRoute, z } from "@hono/zod-openapi";
import {
  calendarDayKindCodes,
  calendarDayKindLabels,
  freeTextSchema,
  indexOverrides,
  isoDateSchema,
  requiredTextSchema,
  specialDaysOf,
  todayInVietnam,
} from "@kc/domain";
import { modulePolicy } from "../../platform/access";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  jsonBody,
  jsonResponse,
  requestMeta,
} from "../../platform/router";
import { calendarOverrides, calendarRows } from "./calendar.queries";
import { addCalendarDay, removeCalendarDay } from "./change-calendar-day";

const tags = ["Lịch ngày làm việc"];
const policy = modulePolicy<"catalogues.read" | "catalogues.manage">("calendar_day");

const calendarDaySchema = z
  .object({
    date: z.string(),
    working: z.boolean(),
    reason: z.string().nullable(),
    source: z.enum(["WEEKDAY", "WEEKEND", "PUBLIC_HOLIDAY", "OVERRIDE"]),
    decision: z
      .object({
        kind: z.enum(calendarDayKindCodes),
        kindLabel: z.string(),
        name: z.string(),
        decisionRef: z.string(),
        version: z.number().int(),
      })
      .nullable()
      .describe("Quyết định hằng năm đã nhập cho ngày này (null: ngày theo luật)"),
  })
  .openapi("CalendarDay");

const calendarYearSchema = z
  .object({ year: z.number().int(), days: z.array(calendarDaySchema), canManage: z.boolean() })
  .openapi("CalendarYear");

const yearQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2021)
    .max(2100)
    .optional()
    .openapi({ description: "Năm (từ 2021, khi Bộ luật Lao động 2019 có hiệu lực); mặc định năm nay" }),
});

const dayInputSchema = z.strictObject({
  date: isoDateSchema("Ngày"),
  kind: z.enum(calendarDayKindCodes).describe("HOLIDAY: ngày nghỉ; WORKING_DAY: ngày làm việc (làm bù)"),
  name: requiredTextSchema(300, "Nội dung"),
  decisionRef: freeTextSchema(200, "Văn bản quyết định").default(""),
});

export const calendarRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/calendar-days",
      tags,
      summary:
        "Các ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm (tính theo luật và quyết định hằng năm)",
      security: cookieAuth,
      request: { query: yearQuery },
      responses: { 200: jsonResponse(calendarYearSchema, "Lịch của năm"), ...errorResponses },
    }),
    async (c) => {
      const actor = await policy.authorize(c, "catalogues.read");
      const year = c.req.valid("query").year ?? Number(todayInVietnam().slice(0, 4));
      const { db } = c.get("deps");
      const overrides = await calendarOverrides(db);
      const rows = await calendarRows(db);
      const decisions = new Map(rows.map((row) => [row.date, row]));
      const days = specialDaysOf(year, indexOverrides(overrides)).map((day) => {
        const decision = decisions.get(day.date);
        return {
          ...day,
          decision: decision
            ? {
                kind: decision.kind,
                kindLabel: calendarDayKindLabels[decision.kind],
                name: decision.name,
                decisionRef: decision.decisionRef,
                version: decision.version,
              }
            : null,
        };
      });
      return c.json({ year, days, canManage: actor.role === "SYSTEM_ADMIN" }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/calendar-days",
      tags,
      summary: "Thêm một ngày nghỉ hoặc ngày làm bù theo quyết định hằng năm của Chính phủ",
      security: cookieAuth,
      request: { body: jsonBody(dayInputSchema) },
      responses: {
        201: jsonResponse(z.object({ date: z.string(), version: z.number().int() }), "Đã thêm"),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const actor = await policy.authorize(c, "catalogues.manage");
      const row = await addCalendarDay({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        input: c.req.valid("json"),
      });
      return c.json({ date: row.date, version: row.version }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/calendar-days/{date}",
      tags,
      summary: "Bỏ quyết định của một ngày (ngày đó trở lại như lịch theo luật)",
      security: cookieAuth,
      request: {
        params: z.object({ date: isoDateSchema("Ngày").openapi({ param: { name: "date", in: "path" } }) }),
        query: z.object({
          version: z.coerce.number().int().min(1).openapi({ description: "Phiên bản đã đọc" }),
        }),
      },
      responses: { 204: { description: "Đã bỏ" }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const actor = await policy.authorize(c, "catalogues.manage");
      await removeCalendarDay({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        date: c.req.valid("param").date,
        version: c.req.valid("query").version,
      });
      return c.body(null, 204);
    },
  );
