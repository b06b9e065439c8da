import {
  type BoothClaim,
  BPS_WHOLE,
  checkBoothPayment,
  checkOverseasLimit,
  checkParticipationSupport,
  normalizeSharedBoothKey,
  type OverseasParticipation,
  type ParsedParticipantRow,
  type ParticipantRowProblem,
  participationSupportCap,
  type SupportNormSet,
} from "@kc/domain";
import type { fairParticipation } from "../../../db/schema/index";
import type { Candidate } from "./match-participants";
import { normSetFor } from "./participation-rules";
import type { FairRow } from "./participations.queries";

export type ReadyRow = {
  row: number;
  values: typeof fairParticipation.$inferInsert;
  establishmentName: string;
};

/**
 * The rules of a hand-entered participation, applied to every matched row of an imported list against data read
 * once (norm sets, the fair's existing claims, the establishments' overseas fairs of the year), so 5,000 rows cost
 * a handful of queries: support under the norm valid at the fair's start (blank share or amount take the norm's),
 * E9 against the fair and the rows above, E10 (a warning at the second overseas fair, an error above two).
 */
export function evaluateImportRows(options: {
  fairRow: FairRow;
  rows: readonly {
    parsed: ParsedParticipantRow;
    establishment: Candidate;
    payer: Payer | null;
    payerId: string | null;
  }[];
  normSets: readonly SupportNormSet[];
  existing: readonly BoothClaim[];
  overseas: readonly OverseasParticipation[];
  actorUserId: string;
}) {
  const { fairRow } = options;
  const abroad = fairRow.level === "ABROAD";
  const errors: ParticipantRowProblem[] = [];
  const warnings: ParticipantRowProblem[] = [];
  const ready: ReadyRow[] = [];
  const byEstablishment = new Map<string, BoothClaim[]>();
  const byKey = new Map<string, BoothClaim[]>();
  const remember = (claim: BoothClaim) => {
    byEstablishment.set(claim.establishmentId, [
      ...(byEstablishment.get(claim.establishmentId) ?? []),
      claim,
    ]);
    if (claim.sharedBoothKey !== null) {
      const key = normalizeSharedBoothKey(claim.sharedBoothKey);
      byKey.set(key, [...(byKey.get(key) ?? []), claim]);
    }
  };
  for (const claim of options.existing) remember(claim);
  const priorByEstablishment = new Map<string, OverseasParticipation[]>();
  for (const p of options.overseas)
    priorByEstablishment.set(p.establishmentId, [...(priorByEstablishment.get(p.establishmentId) ?? []), p]);

  for (const { parsed, establishment, payer, payerId } of options.rows) {
    const problem = (column: string, code: string, message: string) =>
      errors.push({ row: parsed.row, column, code, message });
    if (establishment.status === "ARCHIVED") {
      problem("Tên cơ sở", "ESTABLISHMENT_ARCHIVED", `Cơ sở «${establishment.name}» đã được lưu trữ`);
      continue;
    }
    if (!abroad && parsed.otherListedCosts > 0n) {
      problem("Chi phí khác (đồng)", "INVALID", "Chi phí khác chỉ ghi cho hội chợ ở nước ngoài (định mức đ)");
      continue;
    }
    const priced = pricedSupport(parsed, normSetFor(options.normSets, fairRow.startDate, payer), abroad);
    if (!priced.ok) {
      problem(priced.column, priced.code, priced.message);
      continue;
    }
    const { cap, shareBps, amount } = priced;
    const claim: BoothClaim = {
      participationId: null,
      fairId: fairRow.id,
      establishmentId: establishment.id,
      establishmentName: establishment.name,
      sharedBoothKey: parsed.sharedBoothKey,
      sharedBoothShareBps: parsed.sharedBoothShareBps,
    };
    const key = parsed.sharedBoothKey === null ? null : normalizeSharedBoothKey(parsed.sharedBoothKey);
    const booth = checkBoothPayment(claim, [
      ...(byEstablishment.get(establishment.id) ?? []),
      ...(key === null ? [] : (byKey.get(key) ?? [])),
    ]);
    if (booth) {
      problem(
        booth.field === "establishmentId" ? "Tên cơ sở" : "Phần chia gian chung (%)",
        booth.code,
        booth.messageVi,
      );
      continue;
    }
    const overseas = checkOverseasLimit(
      {
        participationId: null,
        fairId: fairRow.id,
        establishmentId: establishment.id,
        year: fairRow.year,
        abroad,
        supportAmount: amount,
      },
      priorByEstablishment.get(establishment.id) ?? [],
    );
    if (overseas.verdict === "REFUSE") {
      problem("Số tiền hỗ trợ (đồng)", overseas.code, overseas.messageVi);
      continue;
    }
    if (overseas.verdict === "WARN")
      warnings.push({
        row: parsed.row,
        column: "Tên cơ sở",
        code: overseas.code,
        message: overseas.messageVi,
      });
    remember(claim);
    const id = crypto.randomUUID();
    ready.push({
      row: parsed.row,
      establishmentName: establishment.name,
      values: {
        id,
        fairId: fairRow.id,
        establishmentId: establishment.id,
        provinceId: establishment.provinceId,
        abroad,
        year: fairRow.year,
        wholeBooths: parsed.wholeBooths,
        sharedBoothKey: key,
        sharedBoothShareBps: parsed.sharedBoothShareBps,
        boothRent: parsed.boothRent,
        otherListedCosts: parsed.otherListedCosts,
        approvedPrice: parsed.approvedPrice,
        supportShareBps: shareBps,
        supportAmount: amount,
        normSetId: cap?.normSetId ?? null,
        normCode: cap?.normCode ?? null,
        payingProjectId: payerId,
        productsShown: parsed.productsShown,
        createdBy: options.actorUserId,
        updatedBy: options.actorUserId,
      },
    });
  }
  return { ready, errors, warnings };
}

export type Payer = { fundingLevel: string; provinceId: string | null };

const AMOUNT = "Số tiền hỗ trợ (đồng)";

/**
 * The row's support: blank share and amount take the norm's share and cap. With no norm valid at the date only
 * an unsupported row (0 % and 0 đồng) passes, as in the form.
 */
function pricedSupport(parsed: ParsedParticipantRow, set: SupportNormSet | null, abroad: boolean) {
  type Refused = { ok: false; column: string; code: string; message: string };
  const eligible = parsed.boothRent + (abroad ? parsed.otherListedCosts : 0n);
  const unsupported = parsed.supportAmount === 0n && (parsed.supportShareBps ?? 0) === 0;
  const capResult = set ? participationSupportCap({ ...parsed, abroad }, set) : null;
  if (!capResult?.ok) {
    if (unsupported) return { ok: true as const, cap: null, shareBps: 0, amount: 0n };
    const message =
      capResult && !capResult.ok ? capResult.messageVi : "Chưa có bộ định mức có hiệu lực vào ngày khai mạc";
    return {
      ok: false,
      column: AMOUNT,
      code: "FAIR_NORM_MISSING",
      message: `${message}; chỉ nhập được dòng không hỗ trợ (0 %, 0 đồng)`,
    } satisfies Refused;
  }
  const cap = capResult.cap;
  const shareBps = parsed.supportShareBps ?? cap.maxShareBps;
  let amount = parsed.supportAmount ?? (eligible * BigInt(shareBps)) / BigInt(BPS_WHOLE);
  if (parsed.supportAmount === null && cap.capDong !== null && amount > cap.capDong) amount = cap.capDong;
  const refusal = checkParticipationSupport({ supportAmount: amount, supportShareBps: shareBps }, cap);
  if (refusal)
    return {
      ok: false,
      column: refusal.field === "supportAmount" ? AMOUNT : "Tỷ lệ hỗ trợ (%)",
      code: refusal.code,
      message: refusal.messageVi,
    } satisfies Refused;
  if (amount > eligible)
    return {
      ok: false,
      column: AMOUNT,
      code: "FAIR_SUPPORT_ABOVE_NORM",
      message: "Số tiền hỗ trợ vượt chi phí thuê gian hàng",
    } satisfies Refused;
  return { ok: true as const, cap, shareBps, amount };
}
