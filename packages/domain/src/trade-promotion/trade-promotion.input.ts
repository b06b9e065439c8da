import { z } from "zod";
import { nonNegativeDongSchema } from "../establishments/dong";
import { freeTextSchema, idSchema, isoDateSchema, requiredTextSchema, textSchema } from "../input-schemas";
import { checkBoothInput } from "./booth-input";
import {
  brandStatusCodes,
  fairKindCodes,
  fairLevelCodes,
  markKindCodes,
  showroomKindCodes,
} from "./trade-promotion.codes";

/**
 * What the API and the forms accept for fairs, participations, showrooms and brand support (STYLE.md rules 3–4):
 * money as decimal strings of đồng, dates as YYYY-MM-DD, text NFC. Codes of fairs are given by the server.
 */
export const tradePromotionLimits = {
  nameMax: 300,
  textMax: 2000,
  boothsMax: 100_000,
  sharedBoothKeyMax: 40,
  documentNumberMax: 100,
  membersMax: 500,
} as const;
const L = tradePromotionLimits;

const endNotBeforeStart = <T extends { startDate: string; endDate: string }>(value: T) =>
  value.endDate >= value.startDate;

const fairFields = {
  name: requiredTextSchema(L.nameMax, "Tên hội chợ"),
  level: z.enum(fairLevelCodes).describe("Cấp hội chợ"),
  kind: z.enum(fairKindCodes).describe("Loại hội chợ"),
  hostOrgId: idSchema("Mã đơn vị chủ trì").nullable().default(null),
  hostName: requiredTextSchema(L.nameMax, "Đơn vị chủ trì"),
  organiserOrgId: idSchema("Mã đơn vị tổ chức").nullable().default(null),
  organiserName: requiredTextSchema(L.nameMax, "Đơn vị tổ chức"),
  venueUnitId: idSchema("Địa điểm (tỉnh, xã)").nullable().default(null),
  venueCountryCode: z
    .string({ error: "Mã quốc gia phải là chuỗi ký tự" })
    .regex(/^[A-Z]{2}$/u, "Mã quốc gia gồm 2 chữ cái in hoa (ISO 3166-1), ví dụ JP")
    .nullable()
    .default(null),
  venueCity: textSchema({ labelVi: "Thành phố", max: L.nameMax }).nullable().default(null),
  venueText: freeTextSchema(L.textMax, "Địa điểm cụ thể").default(""),
  startDate: isoDateSchema("Ngày khai mạc"),
  endDate: isoDateSchema("Ngày bế mạc"),
  plannedBooths: z.number().int("Số gian hàng dự kiến phải là số nguyên").min(0).max(L.boothsMax),
  actualBooths: z
    .number()
    .int("Số gian hàng thực tế phải là số nguyên")
    .min(0)
    .max(L.boothsMax)
    .nullable()
    .default(null),
  boothPrice: nonNegativeDongSchema.nullable().default(null),
  fundingProjectId: idSchema("Đề án").nullable().default(null),
  provinceId: idSchema("Tỉnh ghi nhận").nullable().describe("Tỉnh ghi nhận (null: cơ quan trung ương)"),
};

/** The venue matches the level: a dated admin unit at home, a country (not Việt Nam) and city abroad. */
const fairRefinements = <T extends z.ZodType<z.infer<z.ZodObject<typeof fairFields>>>>(schema: T) =>
  schema
    .refine(endNotBeforeStart, { message: "Ngày bế mạc trước ngày khai mạc", path: ["endDate"] })
    .refine((f) => f.level === "ABROAD" || f.venueUnitId !== null, {
      message: "Chọn tỉnh hoặc xã nơi tổ chức hội chợ",
      path: ["venueUnitId"],
    })
    .refine((f) => f.level !== "ABROAD" || (f.venueCountryCode !== null && f.venueCountryCode !== "VN"), {
      message: "Hội chợ ở nước ngoài cần mã quốc gia khác Việt Nam",
      path: ["venueCountryCode"],
    })
    .refine((f) => f.level !== "ABROAD" || (f.venueCity !== null && f.venueCity !== ""), {
      message: "Hội chợ ở nước ngoài cần tên thành phố",
      path: ["venueCity"],
    });

export const fairCreateSchema = fairRefinements(z.strictObject(fairFields));
export type FairCreateInput = z.infer<typeof fairCreateSchema>;

/** An update sends the whole fair with the version it read (409 when someone saved in between). */
export const fairUpdateSchema = fairRefinements(
  z.strictObject({ ...fairFields, version: z.number().int().min(1) }),
);
export type FairUpdateInput = z.infer<typeof fairUpdateSchema>;

export const fairDocumentSchema = z.strictObject({
  kind: z.enum(["PLAN", "DECISION", "CONFIRMED_LIST", "OTHER"]).describe("Loại văn bản"),
  number: textSchema({ labelVi: "Số văn bản", max: L.documentNumberMax }).nullable().default(null),
  issuedOn: isoDateSchema("Ngày ban hành").nullable().default(null),
  signer: textSchema({ labelVi: "Người ký", max: L.nameMax }).nullable().default(null),
  title: freeTextSchema(L.nameMax, "Trích yếu").default(""),
});

const participationFields = {
  establishmentId: idSchema("Cơ sở"),
  wholeBooths: z
    .number({ error: "Số gian hàng tiêu chuẩn phải là một số" })
    .default(0)
    .describe("Số gian hàng tiêu chuẩn thuê riêng (số nguyên ≥ 0)"),
  sharedBoothKey: textSchema({ labelVi: "Mã gian hàng chung", max: L.sharedBoothKeyMax })
    .nullable()
    .default(null),
  sharedBoothShareBps: z
    .number({ error: "Phần chia gian hàng chung phải là một số" })
    .nullable()
    .default(null)
    .describe("Phần chia gian hàng chung, phần vạn (1–10000)"),
  boothRent: nonNegativeDongSchema.describe("Tiền thuê gian hàng (đồng)"),
  otherListedCosts: nonNegativeDongSchema
    .default("0")
    .describe("Chi phí khác được liệt kê (hội chợ ở nước ngoài)"),
  approvedPrice: nonNegativeDongSchema.nullable().default(null),
  supportShareBps: z.number().int("Tỷ lệ hỗ trợ phải là số nguyên phần vạn").min(0).max(10_000),
  supportAmount: nonNegativeDongSchema.describe("Số tiền hỗ trợ (đồng)"),
  payingProjectId: idSchema("Đề án chi trả").nullable().default(null),
  productsShown: freeTextSchema(L.textMax, "Sản phẩm trưng bày").default(""),
};

/** Booth problems are reported per field by `checkBoothInput`, the same rule the import applies to each row. */
const participationRefinements = <
  T extends z.ZodType<{
    wholeBooths: unknown;
    sharedBoothKey: string | null;
    sharedBoothShareBps: unknown;
    boothRent: string;
    otherListedCosts: string;
    supportAmount: string;
  }>,
>(
  schema: T,
) =>
  schema
    .superRefine((p, ctx) => {
      for (const problem of checkBoothInput({
        wholeBooths: p.wholeBooths,
        sharedBoothKey: p.sharedBoothKey,
        sharedBoothShareBps: p.sharedBoothShareBps,
      })) {
        ctx.addIssue({ code: "custom", message: problem.messageVi, path: [problem.field] });
      }
    })
    .refine((p) => BigInt(p.supportAmount) <= BigInt(p.boothRent) + BigInt(p.otherListedCosts), {
      message: "Số tiền hỗ trợ không được vượt chi phí thuê gian hàng và các chi phí được liệt kê",
      path: ["supportAmount"],
    });

export const participationCreateSchema = participationRefinements(z.strictObject(participationFields));
export type ParticipationCreateInput = z.infer<typeof participationCreateSchema>;

export const participationUpdateSchema = participationRefinements(
  z.strictObject({ ...participationFields, version: z.number().int().min(1) }),
);

/** Results reported after the fair: sales and contracts. */
export const participationResultsSchema = z.strictObject({
  sales: nonNegativeDongSchema.nullable().default(null),
  contractsSigned: z
    .number()
    .int("Số hợp đồng phải là số nguyên")
    .min(0)
    .max(100_000)
    .nullable()
    .default(null),
  contractsValue: nonNegativeDongSchema.nullable().default(null),
  version: z.number().int().min(1),
});

const showroomFields = {
  name: requiredTextSchema(L.nameMax, "Tên phòng trưng bày"),
  kind: z.enum(showroomKindCodes).describe("Nơi đặt phòng trưng bày"),
  centreOrgId: idSchema("Trung tâm khuyến công").nullable().default(null),
  establishmentId: idSchema("Cơ sở").nullable().default(null),
  provinceId: idSchema("Tỉnh"),
  communeId: idSchema("Xã, phường").nullable().default(null),
  addressText: freeTextSchema(L.nameMax, "Địa chỉ").default(""),
  productsShown: freeTextSchema(L.textMax, "Sản phẩm trưng bày").default(""),
  openedOn: isoDateSchema("Ngày khai trương"),
  closedOn: isoDateSchema("Ngày đóng cửa").nullable().default(null),
  fundingProjectId: idSchema("Đề án").nullable().default(null),
  supportAmount: nonNegativeDongSchema.default("0"),
};

const showroomRefinements = <
  T extends z.ZodType<{
    kind: string;
    centreOrgId: string | null;
    establishmentId: string | null;
    openedOn: string;
    closedOn: string | null;
  }>,
>(
  schema: T,
) =>
  schema
    .refine((s) => s.kind !== "AT_CENTRE" || (s.centreOrgId !== null && s.establishmentId === null), {
      message: "Phòng trưng bày tại trung tâm cần chọn trung tâm (không chọn cơ sở)",
      path: ["centreOrgId"],
    })
    .refine((s) => s.kind !== "AT_ESTABLISHMENT" || (s.establishmentId !== null && s.centreOrgId === null), {
      message: "Phòng trưng bày tại cơ sở cần chọn cơ sở (không chọn trung tâm)",
      path: ["establishmentId"],
    })
    .refine((s) => s.closedOn === null || s.closedOn >= s.openedOn, {
      message: "Ngày đóng cửa trước ngày khai trương",
      path: ["closedOn"],
    });

export const showroomCreateSchema = showroomRefinements(z.strictObject(showroomFields));
export type ShowroomCreateInput = z.infer<typeof showroomCreateSchema>;
export const showroomUpdateSchema = showroomRefinements(
  z.strictObject({ ...showroomFields, version: z.number().int().min(1) }),
);

const brandFields = {
  brandName: requiredTextSchema(L.nameMax, "Tên thương hiệu, nhãn hiệu"),
  markKind: z.enum(markKindCodes).describe("Loại nhãn hiệu"),
  establishmentId: idSchema("Cơ sở").nullable().default(null),
  collectiveName: textSchema({ labelVi: "Tên tập thể", max: L.nameMax }).nullable().default(null),
  memberEstablishmentIds: z
    .array(idSchema("Cơ sở thành viên"))
    .max(L.membersMax)
    .refine((ids) => new Set(ids).size === ids.length, "Cơ sở thành viên bị trùng")
    .default([]),
  provinceId: idSchema("Tỉnh"),
  applicationNumber: textSchema({ labelVi: "Số đơn", max: L.documentNumberMax }).nullable().default(null),
  applicationDate: isoDateSchema("Ngày nộp đơn").nullable().default(null),
  registrationNumber: textSchema({ labelVi: "Số văn bằng", max: L.documentNumberMax })
    .nullable()
    .default(null),
  registrationDate: isoDateSchema("Ngày cấp văn bằng").nullable().default(null),
  year: z.number().int().min(2012).max(2100).describe("Năm hỗ trợ"),
  cost: nonNegativeDongSchema.describe("Chi phí xây dựng, đăng ký (đồng)"),
  supportAmount: nonNegativeDongSchema.describe("Số tiền hỗ trợ (đồng)"),
  projectId: idSchema("Đề án").nullable().default(null),
  status: z.enum(brandStatusCodes).default("APPLIED"),
};

type BrandShape = {
  establishmentId: string | null;
  collectiveName: string | null;
  memberEstablishmentIds: string[];
  applicationDate: string | null;
  registrationDate: string | null;
  registrationNumber: string | null;
  status: string;
  cost: string;
  supportAmount: string;
};

const brandRefinements = <T extends z.ZodType<BrandShape>>(schema: T) =>
  schema
    .refine((b) => (b.establishmentId === null) !== (b.collectiveName === null || b.collectiveName === ""), {
      message: "Chọn một cơ sở hoặc ghi tên tập thể chủ sở hữu nhãn hiệu (không cả hai)",
      path: ["establishmentId"],
    })
    .refine((b) => b.establishmentId === null || b.memberEstablishmentIds.length === 0, {
      message: "Chỉ ghi cơ sở thành viên khi chủ sở hữu là một tập thể",
      path: ["memberEstablishmentIds"],
    })
    .refine((b) => !b.applicationDate || !b.registrationDate || b.registrationDate >= b.applicationDate, {
      message: "Ngày cấp văn bằng trước ngày nộp đơn",
      path: ["registrationDate"],
    })
    .refine(
      (b) => b.status !== "REGISTERED" || (b.registrationNumber !== null && b.registrationDate !== null),
      {
        message: "Nhãn hiệu đã được cấp cần số và ngày cấp văn bằng",
        path: ["registrationNumber"],
      },
    )
    .refine((b) => BigInt(b.supportAmount) <= BigInt(b.cost), {
      message: "Số tiền hỗ trợ không được vượt chi phí",
      path: ["supportAmount"],
    });

export const brandSupportCreateSchema = brandRefinements(z.strictObject(brandFields));
export type BrandSupportCreateInput = z.infer<typeof brandSupportCreateSchema>;
export const brandSupportUpdateSchema = brandRefinements(
  z.strictObject({ ...brandFields, version: z.number().int().min(1) }),
);
