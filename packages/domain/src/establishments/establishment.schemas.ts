import { z } from "zod";
import { searchTextSchema } from "../input-schemas";
import {
  eligibilityVerdictCodes,
  eligibleIndustryCodes,
  establishmentSortValues,
  establishmentStatusCodes,
  establishmentLimits as L,
  legalFormCodes,
  subjectClassCodes,
} from "./establishment.constants";
import {
  addressTextSchema,
  businessRegNoSchema,
  emailSchema,
  establishmentNameSchema,
  industriesSchema,
  isUnique,
  phoneSchema,
  recordIdSchema,
  requiredMultilineSchema,
  requiredTextSchema,
  siteSchema,
  taxCodeSchema,
  vsicCodesSchema,
  websiteSchema,
  yearDataItemSchema,
} from "./establishment.fields";

/**
 * Input schemas of the establishment register, shared by the API routes and the React forms (STYLE.md rules
 * 3–4). Optional fields accept `null` so an update can clear them; money is a decimal string of đồng.
 */

const establishmentShape = {
  name: establishmentNameSchema,
  legalForm: z.enum(legalFormCodes).describe("Loại hình (DNNVV, HTX, THT, HKD, …)"),
  subjectClass: z.enum(subjectClassCodes).describe("Đối tượng: CNNT, SXSH hoặc DICH_VU"),
  taxCode: taxCodeSchema.nullish(),
  businessRegNo: businessRegNoSchema.nullish(),
  ownerName: requiredTextSchema(L.ownerNameMax, "Tên chủ cơ sở")
    .nullish()
    .describe("Chủ cơ sở / người đại diện"),
  communeId: recordIdSchema.describe("Mã định danh đơn vị hành chính cấp xã nơi đăng ký trụ sở"),
  addressText: addressTextSchema,
  sites: z
    .array(siteSchema)
    .max(L.sitesMax, `Không quá ${L.sitesMax} địa điểm sản xuất`)
    .describe("Các địa điểm sản xuất (dùng để xét địa bàn được hỗ trợ)"),
  industries: industriesSchema,
  vsicCodes: vsicCodesSchema,
  mainProducts: requiredMultilineSchema(L.mainProductsMax, "Sản phẩm chính").describe("Sản phẩm chính"),
  phone: phoneSchema.nullish(),
  email: emailSchema.nullish(),
  website: websiteSchema.nullish(),
  yearData: z
    .array(yearDataItemSchema)
    .max(L.yearDataMax)
    .refine((rows) => isUnique(rows.map((row) => row.year)), "Mỗi năm chỉ được nhập một dòng số liệu")
    .describe("Số liệu theo năm (lao động, vốn, doanh thu, …), mỗi năm một dòng"),
};

export const establishmentCreateSchema = z.strictObject(establishmentShape);
export type EstablishmentCreate = z.infer<typeof establishmentCreateSchema>;
export type EstablishmentCreateInput = z.input<typeof establishmentCreateSchema>;

/** Every field optional; `version` is the optimistic-lock token (RELIABILITY §3.3). */
export const establishmentUpdateSchema = establishmentCreateSchema.partial().extend({
  version: z.number().int().min(1).describe("Phiên bản bản ghi đã đọc, để phát hiện sửa đồng thời"),
});
export type EstablishmentUpdate = z.infer<typeof establishmentUpdateSchema>;

/** Query strings arrive as text; a form may also pass real booleans before serialising. */
/** A yes/no query parameter ("true"/"false", "1"/"0" …), shared by every list's filters. */
export const queryBoolean = z.union([z.boolean(), z.stringbool()]);

export const establishmentListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1).describe("Trang, bắt đầu từ 1"),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(L.pageSizeMax)
    .default(L.pageSizeDefault)
    .describe(`Số dòng mỗi trang (tối đa ${L.pageSizeMax})`),
  sort: z.enum(establishmentSortValues).default("name").describe("Sắp xếp; dấu - là giảm dần"),
  q: searchTextSchema(L.queryMax).optional().describe("Tìm theo tên, mã số thuế, chủ cơ sở (không dấu)"),
  provinceId: recordIdSchema.optional().describe("Tỉnh"),
  communeId: recordIdSchema.optional().describe("Xã"),
  legalForm: z.enum(legalFormCodes).optional().describe("Loại hình"),
  industry: z.enum(eligibleIndustryCodes).optional().describe("Ngành nghề"),
  eligibility: z.enum(eligibilityVerdictCodes).optional().describe("Kết quả xét đủ điều kiện"),
  hasSupport: queryBoolean.optional().describe("Đã được hỗ trợ khuyến công"),
  status: z.enum(establishmentStatusCodes).default("ACTIVE").describe("Trạng thái"),
});
export type EstablishmentListQuery = z.infer<typeof establishmentListQuerySchema>;
