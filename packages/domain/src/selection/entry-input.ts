import { z } from "zod";
import { nonNegativeDongSchema } from "../establishments/dong";
import {
  freeTextSchema,
  idSchema,
  isoDateSchema,
  nullableNameSchema,
  requiredMultilineSchema,
  requiredTextSchema,
  searchTextSchema,
} from "../input-schemas";
import { pointsSchema, selectionInputLimits } from "./round-input";
import {
  calendarDayKindCodes,
  certificateStatusCodes,
  entryDocumentKindCodes,
  entryStatusCodes,
  productGroupCodes,
  selectionLevelCodes,
} from "./selection.codes";

/**
 * What the API and the forms accept for entries, score sheets, complaints, certificates, holders' reports and the
 * working-day calendar. Rules that need stored data (the criterion maxima, the conflicts, the lower-level
 * certificate's validity, the calendar) are the use cases'; these schemas refuse what is wrong on its face.
 */
export const entryInputLimits = {
  productNameMax: 300,
  descriptionMax: 4000,
  recommendationMax: 2000,
  contentMax: 8000,
  nameMax: 200,
  /** A photo as uploaded; the server resizes it and keeps a thumbnail (issue: "too large" is refused). */
  photoBytesMax: 8 * 1024 * 1024,
  photoPixelsMax: 40_000_000,
  thumbnailEdge: 480,
} as const;
const L = entryInputLimits;
const Y = selectionInputLimits;

export const entryInputSchema = z
  .strictObject({
    establishmentId: idSchema("Mã cơ sở"),
    productName: requiredTextSchema(L.productNameMax, "Tên sản phẩm, bộ sản phẩm"),
    isSet: z.boolean().default(false).describe("Bộ sản phẩm (Điều 3.2)"),
    productGroup: z.enum(productGroupCodes).describe("Nhóm sản phẩm"),
    description: freeTextSchema(L.descriptionMax, "Mô tả sản phẩm").default(""),
    lowerCertificateId: idSchema("Giấy chứng nhận cấp dưới").nullable().default(null),
    recommendationText: nullableNameSchema(
      L.recommendationMax,
      "Văn bản đề nghị thay giấy chứng nhận",
    ).default(null),
    nominatedFromRoundId: idSchema("Đợt bình chọn cấp dưới").nullable().default(null),
  })
  .refine((e) => !(e.lowerCertificateId && e.recommendationText), {
    message: "Chọn giấy chứng nhận cấp dưới hoặc ghi văn bản đề nghị thay thế, không cả hai",
    path: ["recommendationText"],
  });
export type EntryInput = z.infer<typeof entryInputSchema>;

export const entryUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  entry: entryInputSchema,
});

export const entryListQuerySchema = z.strictObject({
  q: searchTextSchema(Y.queryMax).optional(),
  status: z.enum(entryStatusCodes).optional(),
  productGroup: z.enum(productGroupCodes).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(Y.pageSizeMax).default(Y.pageSizeDefault),
});

export const entryDocumentInputSchema = z.strictObject({
  kind: z.enum(entryDocumentKindCodes).describe("Loại tài liệu"),
  name: requiredTextSchema(L.nameMax, "Tên tài liệu"),
  number: nullableNameSchema(80, "Số văn bản").default(null),
  issuedOn: isoDateSchema("Ngày ban hành").nullable().default(null),
});
export type EntryDocumentInput = z.infer<typeof entryDocumentInputSchema>;

/** One juror's sheet: a score for every criterion of the frame, exactly once each (checked against the frame). */
export const scoreSheetInputSchema = z.strictObject({
  /** Null for a first save; the sheet's version afterwards (two tabs never overwrite each other). */
  version: z.number().int().min(1).nullable().default(null),
  scores: z
    .array(z.strictObject({ criterionId: idSchema("Mã tiêu chí"), points: pointsSchema }))
    .min(1, "Phiếu chấm cần điểm của các tiêu chí")
    .max(Y.criteriaMax)
    .refine(
      (scores) => new Set(scores.map((s) => s.criterionId)).size === scores.length,
      "Tiêu chí bị chấm hai lần",
    ),
  note: freeTextSchema(2000, "Nhận xét").default(""),
});
export type ScoreSheetInput = z.infer<typeof scoreSheetInputSchema>;

export const complaintInputSchema = z
  .strictObject({
    entryId: idSchema("Sản phẩm bị khiếu nại").nullable().default(null),
    filedOn: isoDateSchema("Ngày gửi khiếu nại"),
    receivedOn: isoDateSchema("Ngày nhận khiếu nại"),
    filedByName: requiredTextSchema(L.nameMax, "Người khiếu nại"),
    content: requiredMultilineSchema(L.contentMax, "Nội dung khiếu nại"),
  })
  .refine((c) => c.receivedOn >= c.filedOn, { message: "Ngày nhận trước ngày gửi", path: ["receivedOn"] });
export type ComplaintInput = z.infer<typeof complaintInputSchema>;

export const complaintResolveSchema = z.strictObject({
  version: z.number().int().min(1),
  status: z.enum(["UPHELD", "REJECTED", "WITHDRAWN"]).describe("Kết quả giải quyết"),
  resolvedOn: isoDateSchema("Ngày giải quyết"),
  resolution: requiredMultilineSchema(L.contentMax, "Nội dung trả lời"),
});
export type ComplaintResolveInput = z.infer<typeof complaintResolveSchema>;

/** Issuing certificates for recognised entries under one recognition decision (the number is given by the server). */
export const certificateIssueSchema = z.strictObject({
  entryIds: z
    .array(idSchema("Mã sản phẩm dự thi"))
    .min(1, "Chọn ít nhất một sản phẩm")
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, "Sản phẩm bị chọn hai lần"),
  issuedOn: isoDateSchema("Ngày cấp"),
  decisionNumber: requiredTextSchema(80, "Số quyết định công nhận"),
  decisionOn: isoDateSchema("Ngày quyết định"),
  decisionSigner: requiredTextSchema(L.nameMax, "Người ký quyết định"),
});
export type CertificateIssueInput = z.infer<typeof certificateIssueSchema>;

export const certificateRevokeSchema = z.strictObject({
  version: z.number().int().min(1),
  revokedOn: isoDateSchema("Ngày thu hồi"),
  decisionNumber: requiredTextSchema(80, "Số quyết định thu hồi"),
  decisionOn: isoDateSchema("Ngày quyết định thu hồi"),
  reason: requiredMultilineSchema(2000, "Lý do thu hồi"),
});
export type CertificateRevokeInput = z.infer<typeof certificateRevokeSchema>;

/** The public catalogue's query (no sign-in): validity is read on the day asked, EXPIRED derived from the date. */
export const catalogueQuerySchema = z.strictObject({
  q: searchTextSchema(Y.queryMax).optional(),
  provinceId: idSchema("Mã tỉnh").optional(),
  regionCode: idSchema("Mã khu vực").optional(),
  productGroup: z.enum(productGroupCodes).optional(),
  level: z.enum(selectionLevelCodes).optional(),
  year: z.coerce.number().int().min(Y.yearMin).max(Y.yearMax).optional(),
  status: z.enum(certificateStatusCodes).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(24),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

/** The holder's annual report (R8): money in integer đồng as strings. */
export const holderReportInputSchema = z.strictObject({
  year: z.number().int().min(Y.yearMin).max(Y.yearMax).describe("Năm báo cáo"),
  supportReceived: nonNegativeDongSchema.nullable().default(null),
  revenue: nonNegativeDongSchema.nullable().default(null),
  notes: freeTextSchema(2000, "Ghi chú").default(""),
});
export type HolderReportInput = z.infer<typeof holderReportInputSchema>;

/** A dated entry of the working-day calendar (a holiday, or a weekend day worked in exchange). */
export const calendarDayInputSchema = z
  .strictObject({
    date: isoDateSchema("Ngày"),
    kind: z.enum(calendarDayKindCodes).describe("Ngày nghỉ hay ngày làm việc bù"),
    name: requiredTextSchema(L.nameMax, "Tên ngày"),
    decisionRef: freeTextSchema(300, "Văn bản quyết định").default(""),
  })
  .refine(
    (d) => {
      const weekday = new Date(`${d.date}T00:00:00Z`).getUTCDay();
      return d.kind === "HOLIDAY" || weekday === 0 || weekday === 6;
    },
    { message: "Ngày làm việc bù phải là thứ Bảy hoặc Chủ nhật", path: ["kind"] },
  );
export type CalendarDayInput = z.infer<typeof calendarDayInputSchema>;
