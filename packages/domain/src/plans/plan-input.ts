import { z } from "zod";
import { nonNegativeDongSchema } from "../establishments/dong";
import { freeTextSchema, idSchema, isoDateSchema, requiredTextSchema } from "../input-schemas";
import {
  fundingSourceCodes,
  planContentCodes,
  programmeLevelCodes,
  reportedIndicatorCodes,
  valueKindCodes,
} from "./plan.constants";

/** What the API and the forms accept for programmes, annual plans and reported figures (STYLE.md rules 3–4). */
export const planInputLimits = {
  yearMin: 2007,
  yearMax: 2100,
  linesMax: 200,
  targetsMax: 100,
  valuesMax: 200,
  textMax: 500,
  noteMax: 2000,
} as const;
const L = planInputLimits;

const yearSchema = z
  .number({ error: "Năm phải là số" })
  .int("Năm phải là số nguyên")
  .min(L.yearMin, `Năm phải từ ${L.yearMin}`)
  .max(L.yearMax, `Năm phải đến ${L.yearMax}`);
const unitIdSchema = idSchema("Đơn vị");
const noteSchema = freeTextSchema(L.noteMax, "Ghi chú").default("");

export const planLineSchema = z.strictObject({
  source: z.enum(fundingSourceCodes, { error: "Nguồn kinh phí không hợp lệ" }),
  content: z.enum(planContentCodes, { error: "Nội dung hoạt động không hợp lệ" }),
  amount: nonNegativeDongSchema,
});
export type PlanLineInput = z.infer<typeof planLineSchema>;

/** One line per source and content: a second line for the same pair is a typing slip, not an addition. */
const planLinesSchema = z
  .array(planLineSchema)
  .min(1, "Kế hoạch phải có ít nhất một dòng kinh phí")
  .max(L.linesMax, `Tối đa ${L.linesMax} dòng`)
  .superRefine((lines, ctx) => {
    const seen = new Set<string>();
    lines.forEach((line, index) => {
      const key = `${line.source}:${line.content}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "content"],
          message: "Trùng nguồn kinh phí và nội dung",
        });
      }
      seen.add(key);
    });
  });

const decisionFields = {
  decisionNumber: requiredTextSchema(L.textMax, "Số quyết định"),
  decisionDate: isoDateSchema("Ngày quyết định"),
  noteVi: noteSchema,
};

export const annualPlanCreateSchema = z.strictObject({
  unitId: unitIdSchema,
  year: yearSchema,
  programmeId: idSchema("Chương trình"),
  ...decisionFields,
  lines: planLinesSchema,
});
export type AnnualPlanCreateInput = z.infer<typeof annualPlanCreateSchema>;

export const annualPlanRevisionSchema = z.strictObject({
  version: z.number().int().min(1),
  ...decisionFields,
  lines: planLinesSchema,
});
export type AnnualPlanRevisionInput = z.infer<typeof annualPlanRevisionSchema>;

export const programmeCreateSchema = z
  .strictObject({
    level: z.enum(programmeLevelCodes),
    unitId: unitIdSchema.nullable().default(null),
    nameVi: requiredTextSchema(L.textMax, "Tên chương trình"),
    decisionNumber: requiredTextSchema(L.textMax, "Số quyết định"),
    decisionDate: isoDateSchema("Ngày quyết định"),
    issuerVi: requiredTextSchema(L.textMax, "Cơ quan ban hành"),
    yearFrom: yearSchema,
    yearTo: yearSchema,
    targets: z
      .array(
        z.strictObject({
          indicator: z.enum(reportedIndicatorCodes, { error: "Chỉ tiêu không hợp lệ" }),
          target: nonNegativeDongSchema,
        }),
      )
      .max(L.targetsMax)
      .default([]),
  })
  .refine((p) => p.yearFrom <= p.yearTo, { path: ["yearTo"], message: "Năm kết thúc trước năm bắt đầu" })
  .refine((p) => (p.level === "DIA_PHUONG") === (p.unitId !== null), {
    path: ["unitId"],
    message: "Chương trình địa phương phải có tỉnh; chương trình quốc gia thì không",
  });
export type ProgrammeCreateInput = z.infer<typeof programmeCreateSchema>;

/** One report of a unit: cumulative values from January to the end of the cut-off month. */
export const reportedFiguresInputSchema = z.strictObject({
  unitId: unitIdSchema,
  year: yearSchema,
  cutoffMonth: z.number().int().min(1, "Tháng từ 1 đến 12").max(12, "Tháng từ 1 đến 12"),
  valueKind: z.enum(valueKindCodes),
  noteVi: noteSchema,
  values: z
    .array(
      z.strictObject({
        indicator: z.enum(reportedIndicatorCodes, { error: "Chỉ tiêu không hợp lệ" }),
        source: z.enum(fundingSourceCodes).optional(),
        content: z.enum(planContentCodes).optional(),
        value: nonNegativeDongSchema,
      }),
    )
    .min(1, "Chưa có số liệu nào")
    .max(L.valuesMax)
    .superRefine((values, ctx) => {
      const seen = new Set<string>();
      values.forEach((v, index) => {
        if (v.indicator === "BUDGET_EXEC" && !v.source) {
          ctx.addIssue({ code: "custom", path: [index, "source"], message: "Kinh phí phải ghi nguồn" });
        }
        const key = `${v.indicator}:${v.source ?? ""}:${v.content ?? ""}`;
        if (seen.has(key))
          ctx.addIssue({ code: "custom", path: [index, "indicator"], message: "Trùng chỉ tiêu" });
        seen.add(key);
      });
    }),
});
export type ReportedFiguresInput = z.infer<typeof reportedFiguresInputSchema>;
