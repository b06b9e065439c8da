import { z } from "@hono/zod-openapi";
import {
  type ActionAvailability,
  bigIntToDong,
  type FairActionCode,
  fairDocumentKindLabels,
  fairKindLabels,
  fairLevelLabels,
  fairStatusLabels,
} from "@kc/domain";
import { actionAvailabilitySchema } from "../../../platform/action-availability";
import type { FairListRow, FairRow, loadFairDetail } from "./fairs.queries";

const dong = z.string().openapi({ description: "Số tiền (đồng), số nguyên dạng chuỗi", example: "12000000" });
const money = (value: bigint | null) => (value === null ? null : bigIntToDong(value));

/**
 * The three counts of a fair that keep their meaning (DOMAIN §9.7 Q4): distinct establishments, participations
 * (lượt) and booths are shown side by side and never added to one another.
 */
const countsSchema = z
  .object({
    establishments: z.number().int().openapi({ description: "Số cơ sở khác nhau tham gia" }),
    participations: z.number().int().openapi({ description: "Số lượt tham gia" }),
    booths: z.number().int().openapi({ description: "Số gian hàng tiêu chuẩn (gian chung tính một lần)" }),
    supportTotal: dong,
  })
  .openapi("FairCounts");

export const fairListItemSchema = z
  .object({
    id: z.string(),
    code: z.string().openapi({ example: "HC-2024-0001" }),
    name: z.string(),
    level: z.string(),
    levelLabel: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    hostName: z.string(),
    venue: z.string().openapi({ description: "Tỉnh, xã nơi tổ chức; ở nước ngoài: thành phố, quốc gia" }),
    startDate: z.string(),
    endDate: z.string(),
    year: z.number().int(),
    status: z.string(),
    statusLabel: z.string(),
    provinceId: z.string().nullable(),
    provinceName: z.string().nullable().openapi({ description: "Tỉnh ghi nhận; null: cơ quan trung ương" }),
    plannedBooths: z.number().int(),
    actualBooths: z.number().int().nullable(),
    counts: countsSchema,
    version: z.number().int(),
  })
  .openapi("FairListItem");

const actionsSchema = z
  .object({
    update: actionAvailabilitySchema.optional(),
    addDocument: actionAvailabilitySchema.optional(),
    OPEN_REGISTRATION: actionAvailabilitySchema.optional(),
    MARK_HELD: actionAvailabilitySchema.optional(),
    REPORT: actionAvailabilitySchema.optional(),
    CANCEL: actionAvailabilitySchema.optional(),
  })
  .openapi({ description: "Thao tác người gọi được làm, kèm lý do nếu lúc này máy chủ sẽ từ chối" });

export const fairDetailSchema = fairListItemSchema
  .extend({
    hostOrgId: z.string().nullable(),
    organiserOrgId: z.string().nullable(),
    organiserName: z.string(),
    venueUnitId: z.string().nullable(),
    venueCountryCode: z.string().nullable(),
    venueCity: z.string().nullable(),
    venueText: z.string(),
    boothPrice: dong.nullable(),
    fundingProject: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
    cancelReason: z.string().nullable(),
    statusChangedAt: z.string(),
    documents: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        kindLabel: z.string(),
        number: z.string().nullable(),
        issuedOn: z.string().nullable(),
        signer: z.string().nullable(),
        title: z.string(),
        fileName: z.string().nullable(),
        fileSize: z.number().int().nullable(),
        createdAt: z.string(),
      }),
    ),
    participantsByProvince: z.array(
      z.object({
        provinceId: z.string(),
        provinceName: z.string(),
        participations: z.number().int(),
        wholeBooths: z.number().int(),
      }),
    ),
    actions: actionsSchema,
  })
  .openapi("FairDetail");

export const fairCalendarSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    items: z.array(fairListItemSchema),
    truncated: z
      .boolean()
      .openapi({ description: "true: còn hội chợ khác trong khoảng, hãy thu hẹp bộ lọc" }),
  })
  .openapi("FairCalendar");

type ListFields = Omit<FairListRow["f"], never> & { venueName: string | null; provinceName: string | null };

function venueOf(row: {
  venueName: string | null;
  venueCity: string | null;
  venueCountryCode: string | null;
}): string {
  if (row.venueCountryCode) return `${row.venueCity ?? ""}, ${row.venueCountryCode}`;
  return row.venueName ?? "";
}

function presentListFields(row: ListFields) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    levelLabel: fairLevelLabels[row.level],
    kind: row.kind,
    kindLabel: fairKindLabels[row.kind],
    hostName: row.hostName,
    venue: venueOf(row),
    startDate: row.startDate,
    endDate: row.endDate,
    year: row.year,
    status: row.status,
    statusLabel: fairStatusLabels[row.status],
    provinceId: row.provinceId,
    provinceName: row.provinceName,
    plannedBooths: row.plannedBooths,
    actualBooths: row.actualBooths,
    counts: {
      // One participation per fair × establishment (unique index), so a fair's establishments are its participations.
      establishments: row.participationCount,
      participations: row.participationCount,
      booths: row.boothsTaken,
      supportTotal: bigIntToDong(row.supportTotal),
    },
    version: row.version,
  };
}

export function presentFairListItem(row: FairListRow): z.infer<typeof fairListItemSchema> {
  return presentListFields({ ...row.f, venueName: row.venueName, provinceName: row.provinceName });
}

export function presentFairDetail(
  row: FairRow,
  detail: Awaited<ReturnType<typeof loadFairDetail>>,
  actions: Partial<Record<FairActionCode, ActionAvailability>>,
): z.infer<typeof fairDetailSchema> {
  return {
    ...presentListFields({ ...row, venueName: detail.venueName, provinceName: detail.provinceName }),
    hostOrgId: row.hostOrgId,
    organiserOrgId: row.organiserOrgId,
    organiserName: row.organiserName,
    venueUnitId: row.venueUnitId,
    venueCountryCode: row.venueCountryCode,
    venueCity: row.venueCity,
    venueText: row.venueText,
    boothPrice: money(row.boothPrice),
    fundingProject: detail.fundingProject,
    cancelReason: row.cancelReason,
    statusChangedAt: row.statusChangedAt.toISOString(),
    documents: detail.documents.map((document) => ({
      ...document,
      kindLabel: fairDocumentKindLabels[document.kind],
      fileName: document.fileName ?? null,
      fileSize: document.fileSize ?? null,
      createdAt: document.createdAt.toISOString(),
    })),
    participantsByProvince: detail.byProvince.map((entry) => ({
      ...entry,
      participations: Number(entry.participations),
      wholeBooths: Number(entry.wholeBooths),
    })),
    actions,
  };
}
