import { z } from "zod";
import { idSchema, requiredTextSchema, textSchema } from "../input-schemas";
import { nonNegativeDongSchema } from "./dong";
import { eligibleIndustryCodes, establishmentLimits as L } from "./establishment.constants";
import { parseTaxCode } from "./tax-code";

/**
 * Field schemas shared by the create/update schemas, the forms and the Excel import, so one field is checked by
 * one rule everywhere (STYLE.md rule 3). Text leaves every schema as NFC with trimmed, single spaces: the schema
 * is the trust boundary where NFC is applied (RELIABILITY §5.3). Messages are Vietnamese because the forms show
 * them as they are.
 */

export { requiredMultilineSchema, requiredTextSchema } from "../input-schemas";
export { normalizeMultilineText } from "../text-input";

/** Ids of records (administrative units, provinces) as the server issues them. */
export const recordIdSchema = idSchema("Mã đơn vị", L.idMax);

export const establishmentNameSchema = requiredTextSchema(L.nameMax, "Tên cơ sở").describe("Tên cơ sở");

/** Normalised tax code; a check-digit mismatch is only a warning, shown by `parseTaxCode` itself. */
export const taxCodeSchema = z
  .string()
  .max(40, { message: "Mã số thuế không hợp lệ", abort: true })
  .transform((value, ctx) => {
    const result = parseTaxCode(value);
    if (result.ok) return result.value;
    ctx.addIssue({ code: "custom", message: result.errorVi });
    return z.NEVER;
  })
  .describe("Mã số thuế / mã số doanh nghiệp: 10 chữ số, NNNNNNNNNN-NNN (chi nhánh) hoặc 12 chữ số");

export const businessRegNoSchema = requiredTextSchema(L.businessRegNoMax, "Số đăng ký kinh doanh")
  .refine((value) => /^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u.test(value), "Chỉ gồm chữ, số và các dấu . - /")
  .describe("Số giấy chứng nhận đăng ký kinh doanh");

export const addressTextSchema = requiredTextSchema(L.addressMax, "Địa chỉ").describe(
  "Số nhà, đường, thôn/ấp/tổ dân phố (phần dưới cấp xã)",
);

/** Phone numbers are text: the leading 0 matters (RELIABILITY §5.5). 8 digits allows 1800/1900 lines. */
export const phoneSchema = textSchema({ labelVi: "Số điện thoại", max: L.phoneMax })
  .regex(/^\+?\d[\d .()-]*$/u, "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang")
  .refine((value) => {
    const digits = value.replace(/\D/gu, "").length;
    return digits >= 8 && digits <= 12;
  }, "Số điện thoại phải có từ 8 đến 12 chữ số")
  .describe("Số điện thoại, ví dụ 0912 345 678 hoặc 024 3826 1234");

export const emailSchema = textSchema({ labelVi: "Thư điện tử", max: L.emailMax })
  .pipe(z.email("Thư điện tử không hợp lệ"))
  .describe("Thư điện tử");

/** A bare domain or an http(s) address; other schemes (javascript:, data:) never match. */
export const websiteSchema = textSchema({ labelVi: "Trang web", max: L.websiteMax })
  .regex(
    /^(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d{1,5})?(?:[/?#]\S*)?$/u,
    "Trang web không hợp lệ, ví dụ https://coso.vn",
  )
  .describe("Trang web");

/** VSIC 2018 (Decision 27/2018/QĐ-TTg): level-4 codes have 4 digits, level-5 codes 5 digits. */
export const vsicCodeSchema = z
  .string()
  .trim()
  .max(16, { message: "Mã ngành VSIC gồm 4 hoặc 5 chữ số", abort: true })
  .regex(/^\d{4,5}$/u, "Mã ngành VSIC gồm 4 hoặc 5 chữ số")
  .describe("Mã ngành kinh tế VSIC 2018 cấp 4 hoặc cấp 5");

export function isUnique(values: readonly unknown[]): boolean {
  return new Set(values).size === values.length;
}

export const industriesSchema = z
  .array(z.enum(eligibleIndustryCodes))
  .min(L.industriesMin, "Chọn ít nhất một ngành nghề")
  .max(L.industriesMax)
  .refine(isUnique, "Ngành nghề bị trùng")
  .describe("Ngành nghề theo Điều 5 Nghị định 45/2012/NĐ-CP (N_A … N_G), không trùng");

export const vsicCodesSchema = z
  .array(vsicCodeSchema)
  .max(L.vsicCodesMax, `Không quá ${L.vsicCodesMax} mã VSIC`)
  .refine(isUnique, "Mã VSIC bị trùng")
  .describe("Các mã ngành VSIC 2018 của cơ sở");

export const yearSchema = z
  .number()
  .int("Năm phải là số nguyên")
  .min(L.yearMin, `Năm phải từ ${L.yearMin}`)
  .max(L.yearMax, `Năm không được sau ${L.yearMax}`)
  .describe("Năm số liệu");

export const employeesSchema = z
  .number()
  .int("Số lao động phải là số nguyên")
  .min(0, "Số lao động không được âm")
  .max(L.employeesMax)
  .describe("Số lao động bình quân năm");

/** A share in percent with at most two decimals, matching a numeric(5,2) column. */
export const percentSchema = z
  .number()
  .min(0, "Tỷ lệ phải từ 0 đến 100")
  .max(100, "Tỷ lệ phải từ 0 đến 100")
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, "Tối đa 2 chữ số thập phân")
  .describe("Tỷ lệ phần trăm (0–100, tối đa 2 chữ số thập phân)");

export const yearDataItemSchema = z.strictObject({
  year: yearSchema,
  employees: employeesSchema.nullish(),
  totalCapital: nonNegativeDongSchema.nullish().describe("Tổng nguồn vốn (đồng)"),
  totalAssets: nonNegativeDongSchema.nullish().describe("Tổng tài sản (đồng)"),
  revenue: nonNegativeDongSchema.nullish().describe("Doanh thu (đồng)"),
  localMaterialSharePct: percentSchema
    .nullish()
    .describe("Tỷ lệ giá trị nguyên liệu chính khai thác, sản xuất trong tỉnh (%)"),
  hasExportContract: z.boolean().nullish().describe("Có hợp đồng xuất khẩu hoặc sản xuất hàng xuất khẩu"),
  cnhtProduct: z.boolean().nullish().describe("Có sản phẩm công nghiệp hỗ trợ"),
});
export type YearDataItem = z.infer<typeof yearDataItemSchema>;

export const siteSchema = z.strictObject({
  communeId: recordIdSchema.describe("Mã định danh đơn vị hành chính cấp xã nơi sản xuất"),
  addressText: addressTextSchema,
});
