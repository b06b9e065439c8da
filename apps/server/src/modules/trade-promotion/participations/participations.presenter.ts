import { z } from "@hono/zod-openapi";
import { bigIntToDong, fairAcceptsParticipations, fairStatusLabels } from "@kc/domain";
import { normLabel, type ParticipationEvaluation } from "./participation-rules";
import type { FairRow, ParticipantListRow, ParticipationRow } from "./participations.queries";

const dong = z.string().describe("Số tiền (đồng), số nguyên dạng chuỗi");
const money = (value: bigint | null) => (value === null ? null : bigIntToDong(value));

export const participantSchema = z
  .object({
    id: z.string(),
    fairId: z.string(),
    establishmentId: z.string(),
    provinceId: z.string(),
    wholeBooths: z.number().int(),
    sharedBoothKey: z.string().nullable(),
    sharedBoothShareBps: z.number().int().nullable(),
    boothRent: dong,
    otherListedCosts: dong,
    approvedPrice: dong.nullable(),
    supportShareBps: z.number().int(),
    supportAmount: dong,
    normCode: z.string().nullable().describe("Định mức áp dụng: d2 trong nước, đ (lưu dd) ở nước ngoài"),
    normLabel: z.string().nullable(),
    payingProjectId: z.string().nullable(),
    productsShown: z.string(),
    sales: dong.nullable(),
    contractsSigned: z.number().int().nullable(),
    contractsValue: dong.nullable(),
    version: z.number().int(),
  })
  .openapi("FairParticipation");

export const participantListItemSchema = participantSchema
  .extend({
    establishmentName: z.string(),
    taxCode: z.string().nullable(),
    address: z.string(),
    establishmentArchived: z.boolean(),
  })
  .openapi("FairParticipantListItem");

export function presentParticipation(p: ParticipationRow): z.infer<typeof participantSchema> {
  return {
    id: p.id,
    fairId: p.fairId,
    establishmentId: p.establishmentId,
    provinceId: p.provinceId,
    wholeBooths: p.wholeBooths,
    sharedBoothKey: p.sharedBoothKey,
    sharedBoothShareBps: p.sharedBoothShareBps,
    boothRent: bigIntToDong(p.boothRent),
    otherListedCosts: bigIntToDong(p.otherListedCosts),
    approvedPrice: money(p.approvedPrice),
    supportShareBps: p.supportShareBps,
    supportAmount: bigIntToDong(p.supportAmount),
    normCode: p.normCode,
    normLabel: p.normCode === null ? null : normLabel(p.normCode),
    payingProjectId: p.payingProjectId,
    productsShown: p.productsShown,
    sales: money(p.sales),
    contractsSigned: p.contractsSigned,
    contractsValue: money(p.contractsValue),
    version: p.version,
  };
}

/** "Số 12, Phường Mỹ Tho, Đồng Tháp": the establishment's address as the acceptance list writes it. */
export function addressOf(row: Pick<ParticipantListRow, "addressText" | "communeName" | "provinceName">) {
  return [row.addressText, row.communeName, row.provinceName]
    .filter((part) => part && part !== "")
    .join(", ");
}

export function presentListItem(row: ParticipantListRow): z.infer<typeof participantListItemSchema> {
  return {
    ...presentParticipation(row.p),
    establishmentName: row.establishmentName,
    taxCode: row.taxCode,
    address: addressOf(row),
    establishmentArchived: row.establishmentStatus === "ARCHIVED",
  };
}

export const fairParticipantsSummarySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    abroad: z.boolean(),
    startDate: z.string(),
    status: z.object({ code: z.string(), label: z.string() }),
    participationCount: z.number().int().describe("Lượt tham gia (= số cơ sở của hội chợ này)"),
    boothsTaken: z.number().int().describe("Gian hàng tiêu chuẩn: gian riêng + mỗi gian chung một lần"),
    supportTotal: dong,
    acceptsParticipations: z.boolean(),
    acceptsResults: z.boolean(),
  })
  .openapi("FairParticipantsSummary");

export function presentFairSummary(f: FairRow): z.infer<typeof fairParticipantsSummarySchema> {
  return {
    id: f.id,
    code: f.code,
    name: f.name,
    abroad: f.level === "ABROAD",
    startDate: f.startDate,
    status: { code: f.status, label: fairStatusLabels[f.status] },
    participationCount: f.participationCount,
    boothsTaken: f.boothsTaken,
    supportTotal: bigIntToDong(f.supportTotal),
    acceptsParticipations: fairAcceptsParticipations(f.status),
    acceptsResults: f.status === "HELD" || f.status === "REPORTED",
  };
}

const warningSchema = z.object({ code: z.string(), messageVi: z.string() });

export const savedParticipationSchema = z
  .object({ participation: participantSchema, warnings: z.array(warningSchema) })
  .openapi("SavedFairParticipation");

export const participationCheckSchema = z
  .object({
    normDate: z.string().describe("Ngày khai mạc: định mức có hiệu lực vào ngày này được áp dụng"),
    cap: z
      .object({
        normSetLabel: z.string(),
        normCode: z.string(),
        normLabel: z.string(),
        maxShareBps: z.number().int(),
        capDong: dong.nullable(),
        explanationVi: z.string(),
      })
      .nullable(),
    overseas: z.object({
      verdict: z.enum(["OK", "WARN", "REFUSE"]),
      messageVi: z.string().nullable(),
      others: z.array(z.object({ fairId: z.string(), fairName: z.string() })),
    }),
    problems: z.array(z.object({ code: z.string(), field: z.string(), messageVi: z.string() })),
  })
  .openapi("FairParticipationCheck");

export function presentCheck(
  fairRow: FairRow,
  evaluation: ParticipationEvaluation,
): z.infer<typeof participationCheckSchema> {
  const { cap, overseas } = evaluation;
  return {
    normDate: fairRow.startDate,
    cap: cap
      ? {
          normSetLabel: evaluation.normSetLabel ?? "",
          normCode: cap.normCode,
          normLabel: normLabel(cap.normCode),
          maxShareBps: cap.maxShareBps,
          capDong: money(cap.capDong),
          explanationVi: cap.explanationVi,
        }
      : null,
    overseas:
      overseas.verdict === "OK"
        ? { verdict: "OK", messageVi: null, others: [] }
        : {
            verdict: overseas.verdict,
            messageVi: overseas.messageVi,
            others: overseas.others.map((o) => ({ fairId: o.fairId, fairName: o.fairName })),
          },
    problems: evaluation.problems.map(({ code, field, messageVi }) => ({ code, field, messageVi })),
  };
}
