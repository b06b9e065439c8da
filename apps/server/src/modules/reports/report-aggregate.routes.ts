import { createRoute, z } from "@hono/zod-openapi";
import { type AggregateScope, geographyBasisCodes, regionCodes } from "@kc/domain";
import {
  cookieAuth,
  createRouter,
  errorResponses,
  jsonResponse,
  requestMeta,
  unprocessableResponse,
} from "../../platform/router";
import { getReportAggregate } from "./get-report-aggregate";
import { presentReportAggregate, reportAggregateSchema } from "./report-aggregate.presenter";
import { reportTags } from "./report-page";
import { reportPolicy } from "./reports.policy";

const scopeValues = ["national", ...regionCodes.map((code) => `region:${code}` as const)] as const;

const aggregateQuerySchema = z.strictObject({
  templateCode: z
    .string()
    .regex(/^[A-Z0-9_]{1,40}$/, "Mã mẫu báo cáo không hợp lệ")
    .openapi({ example: "BC_6_THANG" }),
  year: z.coerce.number().int().min(2000).max(2100),
  periodIndex: z.coerce
    .number()
    .int()
    .min(1)
    .max(12)
    .describe("Số thứ tự kỳ: quý 1–4, nửa năm 1–2, năm 1, hoặc tháng chốt số 1–12"),
  scope: z
    .enum(scopeValues, { error: "Phạm vi tổng hợp phải là national hoặc region:<mã khu vực>" })
    .openapi({ example: "region:NAM" }),
  basis: z
    .enum(geographyBasisCodes, { error: "Cách tính địa giới không hợp lệ" })
    .default("AS_OF")
    .describe("AS_OF: tỉnh và khu vực như tại cuối kỳ; CURRENT: quy đổi về 34 tỉnh và khu vực hiện nay"),
});

function scopeOf(value: (typeof scopeValues)[number]): AggregateScope {
  return value === "national"
    ? { kind: "NATIONAL" }
    : { kind: "REGION", region: value.slice("region:".length) };
}

/**
 * The aggregate of approved province reports. Its own router, mounted before the reports router, so that
 * "/reports/aggregate" is never read as the report with id "aggregate".
 */
export const reportAggregateRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/reports/aggregate",
    tags: reportTags,
    summary:
      "Báo cáo tổng hợp của khu vực hoặc toàn quốc, tính từ báo cáo đã duyệt của các tỉnh (tỉnh đã có, tỉnh còn thiếu, số liệu từng tỉnh của mỗi ô)",
    security: cookieAuth,
    request: { query: aggregateQuerySchema },
    responses: {
      200: jsonResponse(reportAggregateSchema, "Báo cáo tổng hợp"),
      ...errorResponses,
      ...unprocessableResponse,
    },
  }),
  async (c) => {
    const actor = await reportPolicy.authorize(c, "reports.read");
    const { scope, ...query } = c.req.valid("query");
    const view = await getReportAggregate({
      db: c.get("deps").db,
      actor,
      meta: requestMeta(c),
      query: { ...query, scope: scopeOf(scope) },
    });
    return c.json(presentReportAggregate(view), 200);
  },
);
