import { z } from "zod";
import { regionCodes } from "../access/roles";
import { nonNegativeDongSchema } from "../establishments/dong";
import {
  freeTextSchema,
  idSchema,
  isoDateSchema,
  requiredMultilineSchema,
  requiredTextSchema,
  textSchema,
} from "../input-schemas";
import { consultingContractStates } from "./contract-state";
import { ROMAN_NUMERAL_MAX } from "./roman-numerals";
import { staffingProblems } from "./staffing";

/**
 * What the API and the forms accept for centres' staffing, consulting contracts and plans, and regional
 * conferences (STYLE.md rules 3–4): money as decimal strings of đồng, dates as YYYY-MM-DD, text NFC.
 */
export const extensionCentreLimits = {
  staffMax: 10_000,
  nameMax: 300,
  textMax: 4000,
  ordinalMax: 200,
} as const;
const L = extensionCentreLimits;

const headcount = (labelVi: string) =>
  z
    .number({ error: `${labelVi} phải là số nguyên không âm` })
    .int(`${labelVi} phải là số nguyên không âm`)
    .min(0, `${labelVi} phải là số nguyên không âm`)
    .max(L.staffMax, `${labelVi} tối đa ${L.staffMax.toLocaleString("vi-VN")} người`);

const staffingFields = {
  asOf: isoDateSchema("Ngày số liệu"),
  total: headcount("Tổng số người làm việc"),
  permanent: headcount("Số biên chế").nullable().default(null),
  contract: headcount("Số hợp đồng").nullable().default(null),
  partTime: headcount("Số kiêm nhiệm").nullable().default(null),
  collaborators: headcount("Số cộng tác viên").nullable().default(null),
  note: freeTextSchema(L.textMax, "Ghi chú").default(""),
};

type StaffingShape = {
  total: number;
  permanent: number | null;
  contract: number | null;
  partTime: number | null;
  collaborators: number | null;
};

/** Parts never exceed the total: each problem lands on the field to correct, with its Vietnamese message. */
function checkStaffing(value: StaffingShape, ctx: z.core.$RefinementCtx<StaffingShape>) {
  for (const problem of staffingProblems(value)) {
    ctx.addIssue({ code: "custom", message: problem.messageVi, path: [problem.field] });
  }
}

export const staffingSnapshotCreateSchema = z.strictObject(staffingFields).superRefine(checkStaffing);
export type StaffingSnapshotCreateInput = z.infer<typeof staffingSnapshotCreateSchema>;
export const staffingSnapshotUpdateSchema = z
  .strictObject({ ...staffingFields, version: z.number().int().min(1) })
  .superRefine(checkStaffing);

const contractFields = {
  clientEstablishmentId: idSchema("Cơ sở khách hàng").nullable().default(null),
  clientName: textSchema({ labelVi: "Tên khách hàng", max: L.nameMax }).nullable().default(null),
  subject: requiredTextSchema(L.nameMax, "Nội dung tư vấn, dịch vụ"),
  contractNumber: textSchema({ labelVi: "Số hợp đồng", max: 100 }).nullable().default(null),
  value: nonNegativeDongSchema.describe("Giá trị hợp đồng (đồng)"),
  signedOn: isoDateSchema("Ngày ký"),
  finishedOn: isoDateSchema("Ngày hoàn thành").nullable().default(null),
  revenueReceived: nonNegativeDongSchema.describe("Doanh thu đã thu (đồng)"),
  /** Omitted by older callers: then implied by the end date (`impliedContractState`). */
  state: z.enum(consultingContractStates, { error: "Tình trạng hợp đồng không hợp lệ" }).optional(),
};

type ContractShape = {
  state?: (typeof consultingContractStates)[number] | undefined;
  clientEstablishmentId: string | null;
  clientName: string | null;
  signedOn: string;
  finishedOn: string | null;
  value: string;
  revenueReceived: string;
};

/** A client is an establishment of the registry or a name typed in, exactly one of the two. */
function checkContract(value: ContractShape, ctx: z.core.$RefinementCtx<ContractShape>) {
  if ((value.clientEstablishmentId === null) === (value.clientName === null)) {
    ctx.addIssue({
      code: "custom",
      message: "Chọn một cơ sở trong sổ đăng ký hoặc ghi tên khách hàng (chỉ một trong hai)",
      path: ["clientName"],
    });
  }
  if (value.finishedOn !== null && value.finishedOn < value.signedOn) {
    ctx.addIssue({ code: "custom", message: "Ngày hoàn thành trước ngày ký", path: ["finishedOn"] });
  }
  // An accepted or liquidated contract says when; one in progress has not finished yet.
  if (value.state !== undefined && value.state !== "IN_PROGRESS" && value.finishedOn === null) {
    ctx.addIssue({
      code: "custom",
      message: "Ghi ngày hoàn thành (nghiệm thu) của hợp đồng",
      path: ["finishedOn"],
    });
  }
  if (value.state === "IN_PROGRESS" && value.finishedOn !== null) {
    ctx.addIssue({
      code: "custom",
      message: "Hợp đồng đang thực hiện chưa có ngày hoàn thành; chọn tình trạng đã nghiệm thu hoặc bỏ ngày",
      path: ["finishedOn"],
    });
  }
}

export const consultingContractCreateSchema = z.strictObject(contractFields).superRefine(checkContract);
export type ConsultingContractCreateInput = z.infer<typeof consultingContractCreateSchema>;
export const consultingContractUpdateSchema = z
  .strictObject({ ...contractFields, version: z.number().int().min(1) })
  .superRefine(checkContract);

export const consultingPlanSchema = z.strictObject({
  revenuePlan: nonNegativeDongSchema.describe("Kế hoạch doanh thu tư vấn, dịch vụ của năm (đồng)"),
  /** The year's planned number of consulting projects ("62 dự án tư vấn"); null when the plan names none. */
  plannedProjects: z
    .number({ error: "Số dự án kế hoạch phải là số nguyên không âm" })
    .int("Số dự án kế hoạch phải là số nguyên không âm")
    .min(0, "Số dự án kế hoạch phải là số nguyên không âm")
    .max(L.staffMax, `Số dự án kế hoạch tối đa ${L.staffMax.toLocaleString("vi-VN")}`)
    .nullable()
    .optional(),
  /** The version read, or null when the year has no plan yet. */
  version: z.number().int().min(1).nullable().default(null),
});

const conferenceFields = {
  regionCode: z.enum(regionCodes, { error: "Khu vực không hợp lệ" }),
  ordinal: z
    .number({ error: "Lần thứ phải là số nguyên dương" })
    .int("Lần thứ phải là số nguyên dương")
    .min(1, "Lần thứ phải là số nguyên dương")
    .max(Math.min(L.ordinalMax, ROMAN_NUMERAL_MAX), `Lần thứ tối đa ${L.ordinalMax}`),
  heldOn: isoDateSchema("Ngày tổ chức"),
  hostProvinceId: idSchema("Tỉnh đăng cai"),
  venue: textSchema({ labelVi: "Địa điểm", max: L.nameMax }).default(""),
  organisers: requiredTextSchema(L.nameMax * 2, "Đơn vị tổ chức"),
  nextHostProvinceId: idSchema("Tỉnh nhận cờ đăng cai lần sau").nullable().default(null),
  periodFrom: isoDateSchema("Số liệu từ ngày"),
  periodTo: isoDateSchema("Số liệu đến ngày"),
  note: freeTextSchema(L.textMax, "Ghi chú").default(""),
};

type ConferenceShape = {
  heldOn: string;
  periodFrom: string;
  periodTo: string;
  hostProvinceId: string;
  nextHostProvinceId: string | null;
};

/** 2018-07-31 → true: the figures run to a month's cut-off, as the records are kept by month. */
export function isLastDayOfMonth(day: string): boolean {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/**
 * The figures' window runs from 1 January to a month's end of the same year, as the records are kept by month
 * (reports present the year so far, "7 tháng đầu năm"; a window reaching past the conference holds estimates and
 * stays allowed, R-2024-north "ước thực hiện 6 tháng" presented in May), and the flag goes to another province.
 */
function checkConference(value: ConferenceShape, ctx: z.core.$RefinementCtx<ConferenceShape>) {
  if (!value.periodFrom.endsWith("-01-01")) {
    ctx.addIssue({ code: "custom", message: "Kỳ số liệu tính từ ngày 01/01 của năm", path: ["periodFrom"] });
  }
  if (value.periodTo < value.periodFrom) {
    ctx.addIssue({ code: "custom", message: "Kỳ số liệu kết thúc trước khi bắt đầu", path: ["periodTo"] });
  } else if (value.periodFrom.slice(0, 4) !== value.periodTo.slice(0, 4)) {
    ctx.addIssue({ code: "custom", message: "Kỳ số liệu phải nằm trong một năm", path: ["periodTo"] });
  } else if (!isLastDayOfMonth(value.periodTo)) {
    ctx.addIssue({ code: "custom", message: "Kỳ số liệu kết thúc vào ngày cuối tháng", path: ["periodTo"] });
  }
  if (value.nextHostProvinceId !== null && value.nextHostProvinceId === value.hostProvinceId) {
    ctx.addIssue({
      code: "custom",
      message: "Tỉnh nhận cờ phải khác tỉnh đăng cai",
      path: ["nextHostProvinceId"],
    });
  }
}

export const conferenceCreateSchema = z.strictObject(conferenceFields).superRefine(checkConference);
export type ConferenceCreateInput = z.infer<typeof conferenceCreateSchema>;
export const conferenceUpdateSchema = z
  .strictObject({ ...conferenceFields, version: z.number().int().min(1) })
  .superRefine(checkConference);

export const conferenceResolutionFieldsSchema = z.strictObject({
  text: requiredMultilineSchema(L.textMax, "Nội dung kết luận, nghị quyết"),
  documentNumber: textSchema({ labelVi: "Số văn bản", max: 100 }).nullable().default(null),
});
