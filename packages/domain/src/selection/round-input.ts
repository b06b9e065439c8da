import { z } from "zod";
import { regionCodes } from "../access/roles";
import {
  freeTextSchema,
  idSchema,
  isoDateSchema,
  nullableNameSchema,
  requiredTextSchema,
  searchTextSchema,
} from "../input-schemas";
import { roundStepCodes } from "./round-lifecycle";
import {
  criterionGroupCodes,
  memberBodyCodes,
  memberRoleCodes,
  memberRolesByBody,
  roundStatusCodes,
  selectionLevelCodes,
} from "./selection.codes";

/**
 * What the API and the forms accept for a selection round, its steps, its members and its point frame (STYLE.md
 * rules 3–4): text leaves as NFC, dates as YYYY-MM-DD, points as decimal strings with at most two decimals so no
 * float ever rounds a score.
 */
export const selectionInputLimits = {
  codeMax: 40,
  titleMax: 500,
  nameMax: 200,
  noteMax: 4000,
  yearMin: 2012,
  yearMax: 2100,
  membersMax: 60,
  criteriaMax: 40,
  conflictsMax: 50,
  queryMax: 200,
  pageSizeMax: 200,
  pageSizeDefault: 50,
  /** Circular 26/2014 ends the district level with the districts (DOMAIN §3.6). */
  districtLevelLastDay: "2025-06-30",
} as const;
const L = selectionInputLimits;

const POINTS_PATTERN = /^(?:0|[1-9]\d{0,3})(?:\.\d{1,2})?$/u;
const POINTS_MESSAGE = 'Điểm phải là số không âm, tối đa hai chữ số thập phân, dạng chuỗi (ví dụ "12.5")';

/** Points as an exact decimal string ("0" … "9999.99"); the maximum of each criterion is checked by the use case. */
export const pointsSchema = z
  .string({ error: POINTS_MESSAGE })
  .max(8, { message: POINTS_MESSAGE, abort: true })
  .regex(POINTS_PATTERN, POINTS_MESSAGE)
  .describe('Điểm, số thập phân dạng chuỗi, tối đa 2 chữ số thập phân (ví dụ "12.5")');

/** A decision backing a step or a record: number, date, signer (as projects file theirs). */
export const decisionFieldsSchema = z.strictObject({
  number: requiredTextSchema(80, "Số văn bản"),
  issuedOn: isoDateSchema("Ngày ban hành"),
  signer: requiredTextSchema(L.nameMax, "Người ký"),
  signerAuthority: nullableNameSchema(L.nameMax, "Chức vụ người ký").default(null),
  title: freeTextSchema(L.titleMax, "Trích yếu").default(""),
  fileId: idSchema("Mã tệp").nullable().default(null),
});
export type DecisionFields = z.infer<typeof decisionFieldsSchema>;

const roundFields = {
  code: requiredTextSchema(L.codeMax, "Mã đợt bình chọn"),
  title: requiredTextSchema(L.titleMax, "Tên đợt bình chọn"),
  level: z.enum(selectionLevelCodes).describe("Cấp bình chọn"),
  regionCode: z.enum(regionCodes).nullable().default(null).describe("Khu vực (đợt cấp khu vực)"),
  provinceId: idSchema("Mã tỉnh").nullable().default(null).describe("Tỉnh (đợt cấp tỉnh, cấp huyện)"),
  districtUnitId: idSchema("Mã huyện")
    .nullable()
    .default(null)
    .describe("Huyện (đợt cấp huyện trước 7/2025)"),
  year: z.number().int().min(L.yearMin).max(L.yearMax).describe("Năm bình chọn"),
  organiserOrgId: idSchema("Mã cơ quan tổ chức").nullable().default(null),
  organiserName: requiredTextSchema(L.titleMax, "Cơ quan tổ chức"),
  fundingProjectId: idSchema("Mã đề án chi kinh phí").nullable().default(null),
  planDecision: decisionFieldsSchema
    .nullable()
    .default(null)
    .describe("Quyết định phê duyệt kế hoạch bình chọn"),
};

/** Level ↔ place, as the table's CHECK states it, so the form names the field instead of a 500. */
const placeMatchesLevel = (r: {
  level: (typeof selectionLevelCodes)[number];
  regionCode: string | null;
  provinceId: string | null;
  districtUnitId: string | null;
}): { ok: true } | { ok: false; path: string; message: string } => {
  if (r.level === "KHU_VUC" && !r.regionCode)
    return { ok: false, path: "regionCode", message: "Đợt cấp khu vực cần chọn khu vực" };
  if (r.level !== "KHU_VUC" && r.regionCode)
    return { ok: false, path: "regionCode", message: "Chỉ đợt cấp khu vực mới chọn khu vực" };
  if ((r.level === "TINH" || r.level === "HUYEN") && !r.provinceId)
    return { ok: false, path: "provinceId", message: "Đợt cấp tỉnh, cấp huyện cần chọn tỉnh" };
  if ((r.level === "KHU_VUC" || r.level === "QUOC_GIA") && r.provinceId)
    return { ok: false, path: "provinceId", message: "Đợt cấp khu vực, quốc gia không thuộc một tỉnh" };
  if ((r.level === "HUYEN") !== (r.districtUnitId !== null))
    return {
      ok: false,
      path: "districtUnitId",
      message: "Chỉ đợt cấp huyện (và luôn đợt cấp huyện) chọn huyện",
    };
  return { ok: true };
};

export const roundCreateSchema = z.strictObject(roundFields).superRefine((round, ctx) => {
  const place = placeMatchesLevel(round);
  if (!place.ok) ctx.addIssue({ code: "custom", path: [place.path], message: place.message });
  if (round.level === "HUYEN" && round.year > Number(L.districtLevelLastDay.slice(0, 4)))
    ctx.addIssue({
      code: "custom",
      path: ["level"],
      message: "Không còn bình chọn cấp huyện sau ngày 30/6/2025",
    });
});
export type RoundCreateInput = z.infer<typeof roundCreateSchema>;

/** Editable fields of a round (the level and place of a round never change; a wrong one is a new round). */
export const roundUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  title: roundFields.title,
  organiserOrgId: roundFields.organiserOrgId,
  organiserName: roundFields.organiserName,
  fundingProjectId: roundFields.fundingProjectId,
  planDecision: roundFields.planDecision,
});
export type RoundUpdateInput = z.infer<typeof roundUpdateSchema>;

/** A step of §4.4 with its decision (required when `roundSteps[step].needsDecision`, checked by the use case). */
export const roundStepInputSchema = z.strictObject({
  version: z.number().int().min(1),
  step: z.enum(roundStepCodes).describe("Bước chuyển của đợt bình chọn"),
  effectiveOn: isoDateSchema("Ngày hiệu lực"),
  decision: decisionFieldsSchema.nullable().default(null),
  note: freeTextSchema(L.noteMax, "Ghi chú").default(""),
});
export type RoundStepInput = z.infer<typeof roundStepInputSchema>;

export const roundListQuerySchema = z.strictObject({
  q: searchTextSchema(L.queryMax).optional(),
  level: z.enum(selectionLevelCodes).optional(),
  status: z.enum(roundStatusCodes).optional(),
  year: z.coerce.number().int().min(L.yearMin).max(L.yearMax).optional(),
  provinceId: idSchema("Mã tỉnh").optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(L.pageSizeMax).default(L.pageSizeDefault),
});
export type RoundListQuery = z.infer<typeof roundListQuerySchema>;

/** A council, jury or expert-team member. A juror or secretary who signs in is linked by `userId`. */
export const memberInputSchema = z
  .strictObject({
    body: z.enum(memberBodyCodes).describe("Hội đồng, ban giám khảo hay tổ chuyên gia"),
    role: z.enum(memberRoleCodes).describe("Chức danh trong hội đồng, ban giám khảo"),
    fullName: requiredTextSchema(L.nameMax, "Họ và tên"),
    position: freeTextSchema(L.nameMax, "Chức vụ").default(""),
    organisationName: freeTextSchema(L.titleMax, "Cơ quan công tác").default(""),
    userId: idSchema("Tài khoản đăng nhập").nullable().default(null),
    conflictEstablishmentIds: z
      .array(idSchema("Mã cơ sở có liên quan"))
      .max(L.conflictsMax)
      .default([])
      .refine((ids) => new Set(ids).size === ids.length, "Cơ sở có liên quan bị trùng"),
    active: z.boolean().default(true),
  })
  .refine((m) => memberRolesByBody[m.body].includes(m.role), {
    message: "Chức danh không thuộc hội đồng, ban giám khảo hoặc tổ chuyên gia đã chọn",
    path: ["role"],
  });
export type MemberInput = z.infer<typeof memberInputSchema>;

export const memberUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  member: memberInputSchema,
});

/** The round's point frame: the whole list at once (positions follow the order), at least one criterion. */
export const criterionFrameSchema = z.strictObject({
  roundVersion: z.number().int().min(1),
  criteria: z
    .array(
      z.strictObject({
        criterionGroup: z.enum(criterionGroupCodes).describe("Nhóm tiêu chí"),
        label: requiredTextSchema(L.titleMax, "Tên tiêu chí"),
        maxPoints: pointsSchema.refine((value) => Number(value) > 0, "Điểm tối đa phải lớn hơn 0"),
      }),
    )
    .min(1, "Khung điểm cần ít nhất một tiêu chí")
    .max(L.criteriaMax),
});
export type CriterionFrameInput = z.infer<typeof criterionFrameSchema>;
