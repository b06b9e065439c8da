import { z } from "@hono/zod-openapi";
import { moneySchema, pctSchema } from "../plans/plans.presenter";

/** An amount that may be missing (no plan, no monthly record): null says "none", which is not 0. */
const maybeMoneySchema = z.object({ dong: z.string(), text: z.string() }).nullable().openapi("MoneyOrNone");

/** Response shapes of the dashboard (OpenAPI): every amount as exact đồng plus its printed text. */
const budgetFiguresShape = {
  /** Null when no plan was entered for the figure: "chưa có kế hoạch", which is not a plan of 0. */
  plan: maybeMoneySchema,
  exec: moneySchema,
  execPct: pctSchema,
  prevExec: moneySchema,
  growth: pctSchema,
};
const budgetFigures = z.object(budgetFiguresShape);

export const dashboardScopeSchema = z.object({
  level: z.enum(["NATIONAL", "REGION", "UNIT"]),
  region: z.string().nullable(),
  unit: z.string().nullable(),
  labelVi: z.string(),
  parents: z.array(
    z.object({ labelVi: z.string(), region: z.string().optional(), unit: z.string().optional() }),
  ),
  formerUnits: z
    .array(z.object({ id: z.string(), name: z.string(), labelVi: z.string() }))
    .describe(
      "Các tỉnh cũ (trước sắp xếp 2025) mà số liệu của đơn vị trong năm đã chọn bao gồm, ví dụ Đồng Tháp năm 2017 gồm Đồng Tháp và Tiền Giang cũ; rỗng khi số liệu là của chính đơn vị.",
    ),
});

const rowSchema = z.object({
  ...budgetFiguresShape,
  key: z.string(),
  labelVi: z.string(),
  level: z.enum(["REGION", "UNIT"]),
  drill: z.object({ region: z.string().optional(), unit: z.string().optional() }).nullable(),
  bySource: z.object({ KCQG: budgetFigures, KCDP: budgetFigures }),
});

export const budgetViewSchema = z
  .object({
    scope: dashboardScopeSchema,
    year: z.number(),
    cutoffMonth: z.number(),
    basis: z.enum(["AS_OF", "CURRENT"]),
    periodLabelVi: z.string(),
    totals: z.object({ ...budgetFiguresShape, carriedOver: moneySchema, reported: moneySchema }),
    bySource: z.array(z.object({ ...budgetFiguresShape, source: z.string(), labelVi: z.string() })),
    rows: z.array(rowSchema),
    ranking: z.object({ top: z.array(rowSchema), bottom: z.array(rowSchema) }),
    trend: z
      .array(
        z.object({
          year: z.number(),
          plan: maybeMoneySchema,
          exec: maybeMoneySchema,
          execPct: pctSchema,
        }),
      )
      .describe(
        "Mỗi năm từ năm đầu có số liệu (tối đa 10 năm) đến năm đã chọn, không bỏ năm nào; năm không có kế hoạch hoặc không có số thực hiện mang null (khoảng trống trên biểu đồ), không phải 0.",
      ),
    monthly: z
      .array(
        z.object({
          month: z.number(),
          exec: maybeMoneySchema,
          cumulative: maybeMoneySchema,
          cumulativePct: pctSchema,
        }),
      )
      .describe(
        "Thực hiện trong từng tháng từ các khoản chi đã ghi nhận; tháng không có số liệu tháng mang null, không phải 0. Số liệu báo cáo (cả năm hoặc lũy kế đến một tháng) không bao giờ nằm ở đây mà ở reportedCutoffs.",
      ),
    reportedCutoffs: z
      .array(
        z.object({
          month: z.number(),
          kind: z.enum(["ANNUAL", "YEAR_TO_DATE"]),
          value: moneySchema,
          pct: pctSchema,
        }),
      )
      .describe(
        "Số liệu do đơn vị báo cáo, lũy kế từ đầu năm đến hết tháng chốt số liệu (ANNUAL khi chốt tháng 12): giá trị lũy kế tại mốc, không phải số của riêng tháng đó.",
      ),
  })
  .openapi("DashboardBudgetView");

export const outputsViewSchema = z
  .object({
    scope: dashboardScopeSchema,
    yearFrom: z.number(),
    yearTo: z.number(),
    indicators: z.array(
      z.object({
        code: z.string(),
        labelVi: z.string(),
        unitVi: z.string(),
        total: z.string(),
        byYear: z.array(
          z.object({
            year: z.number(),
            /** The reported figure where the unit reported the year, else the count from records (never both). */
            value: z.string(),
            reported: z
              .string()
              .nullable()
              .describe("Số đơn vị báo cáo (null khi không có báo cáo cho năm này)."),
            recounted: z.string().describe("Số đếm từ hồ sơ trong hệ thống (hội chợ, giấy chứng nhận…)."),
          }),
        ),
      }),
    ),
  })
  .openapi("DashboardOutputs");

export const recordsViewSchema = z
  .object({
    scope: dashboardScopeSchema,
    total: moneySchema,
    projects: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        title: z.string(),
        fundingLevel: z.enum(["KCQG", "KCDP"]),
        budgetYear: z.number(),
        exec: moneySchema,
      }),
    ),
    reported: z.array(
      z.object({
        id: z.string(),
        unitLabelVi: z.string(),
        cutoffMonth: z.number(),
        source: z.string(),
        sourceLabelVi: z.string(),
        value: moneySchema,
        valueKind: z.enum(["ACTUAL", "ESTIMATE"]),
        noteVi: z.string(),
      }),
    ),
  })
  .openapi("DashboardRecords");
