import { z } from "zod";
import { regionCodes } from "../access/roles";
import { idSchema } from "../input-schemas";

/** Query strings of the dashboard endpoints: numbers arrive as text and are checked as numbers. */
const yearParam = z.coerce
  .number({ error: "Năm phải là số" })
  .int("Năm phải là số nguyên")
  .min(2007, "Năm phải từ 2007")
  .max(2100, "Năm phải đến 2100");

export const geographyBasisCodes = ["AS_OF", "CURRENT"] as const;
export type GeographyBasis = (typeof geographyBasisCodes)[number];
export const geographyBasisLabels: Record<GeographyBasis, string> = {
  AS_OF: "Theo địa giới tại thời điểm",
  CURRENT: "Quy đổi về 34 tỉnh, thành phố hiện nay",
};

const scopeParams = {
  basis: z.enum(geographyBasisCodes, { error: "Cách tính địa giới không hợp lệ" }).default("AS_OF"),
  region: z.enum(regionCodes, { error: "Khu vực không hợp lệ" }).optional(),
  unit: idSchema("Đơn vị").optional(),
};

const cutoffMonthParam = z.coerce
  .number({ error: "Tháng phải là số" })
  .int("Tháng phải là số nguyên")
  .min(1, "Tháng từ 1 đến 12")
  .max(12, "Tháng từ 1 đến 12")
  .default(12);

export const budgetViewQuerySchema = z
  .strictObject({ year: yearParam, cutoffMonth: cutoffMonthParam, ...scopeParams })
  .refine((q) => !(q.region && q.unit), {
    path: ["unit"],
    message: "Chọn khu vực hoặc tỉnh, không chọn cả hai",
  });
export type BudgetViewQuery = z.infer<typeof budgetViewQuerySchema>;

export const outputsQuerySchema = z
  .strictObject({ yearFrom: yearParam, yearTo: yearParam, ...scopeParams })
  .refine((q) => q.yearFrom <= q.yearTo, { path: ["yearTo"], message: "Năm kết thúc trước năm bắt đầu" })
  .refine((q) => q.yearTo - q.yearFrom < 20, { path: ["yearFrom"], message: "Tối đa 20 năm" });
export type OutputsQuery = z.infer<typeof outputsQuerySchema>;

export const recordsQuerySchema = z.strictObject({
  year: yearParam,
  cutoffMonth: cutoffMonthParam,
  basis: scopeParams.basis,
  unit: idSchema("Đơn vị"),
  source: z.enum(["KCQG", "KCDP"]).optional(),
});
export type RecordsQuery = z.infer<typeof recordsQuerySchema>;
