import {
  type BoothClaim,
  checkBoothPayment,
  checkOverseasLimit,
  checkParticipationSupport,
  type ErrorCode,
  normalizeSharedBoothKey,
  normValidAt,
  type OverseasLimitVerdict,
  type ParticipationCap,
  participationNormCode,
  participationSupportCap,
  type SupportNormSet,
} from "@kc/domain";
import { and, eq, gt, ne, or } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { establishment, fair, fairParticipation, project } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { establishmentScope } from "../../establishments/establishments.queries";
import { projectScope } from "../../projects/projects.queries";
import type { FairRow } from "./participations.queries";

/** The money and booth fields every participation rule reads, as the use cases hold them (đồng as bigint). */
export type ParticipationFigures = {
  establishmentId: string;
  wholeBooths: number;
  sharedBoothKey: string | null;
  sharedBoothShareBps: number | null;
  boothRent: bigint;
  otherListedCosts: bigint;
  approvedPrice: bigint | null;
  supportShareBps: number;
  supportAmount: bigint;
  payingProjectId: string | null;
};

export type RuleProblem = {
  code: ErrorCode;
  field: string;
  messageVi: string;
  others?: unknown[];
};

export type ParticipationEvaluation = {
  establishment: { id: string; name: string; provinceId: string; status: string } | null;
  /** The norm applied: the set valid on the fair's start date, its code, share and cap (null when none applies). */
  cap: ParticipationCap | null;
  normSetLabel: string | null;
  overseas: OverseasLimitVerdict;
  /** Everything that stops the write, each naming its field; empty when the participation can be saved. */
  problems: RuleProblem[];
};

/**
 * The norm set for a participation: the paying project's funding level (a provincial project reads its
 * province's set, falling back to the national one when the province has none), else the national set; valid
 * on the fair's start date (DOMAIN §9.5 F5).
 */
export function normSetFor(
  sets: readonly SupportNormSet[],
  date: string,
  payer: { fundingLevel: string; provinceId: string | null } | null,
): SupportNormSet | null {
  if (payer?.fundingLevel === "KCDP") {
    const local = normValidAt(sets, date, { fundingLevel: "KCDP", provinceId: payer.provinceId });
    if (local) return local;
  }
  return normValidAt(sets, date, { fundingLevel: "KCQG", provinceId: null });
}

/**
 * Runs every rule of issue 15 item 2 on one participation of one fair, reading what they need inside the
 * caller's transaction (the fair row is locked by then, so the same fair's claims cannot move): the
 * establishment in the actor's scope and not archived, the paying project in scope, support under the norm
 * valid at the fair's start (d2 at home, đ abroad), E9 (one participation per establishment and fair; a shared
 * booth's shares at most the whole booth) and E10 (at most two supported overseas fairs per year).
 */
export async function evaluateParticipation(
  tx: Db,
  actor: Actor,
  fairRow: FairRow,
  figures: ParticipationFigures,
  participationId: string | null,
  normSets: readonly SupportNormSet[],
): Promise<ParticipationEvaluation> {
  const problems: RuleProblem[] = [];
  const abroad = fairRow.level === "ABROAD";
  const [found] = await tx
    .select({
      id: establishment.id,
      name: establishment.name,
      provinceId: establishment.provinceId,
      status: establishment.status,
    })
    .from(establishment)
    .where(and(eq(establishment.id, figures.establishmentId), establishmentScope(actor)));
  if (!found) {
    problems.push({
      code: "VALIDATION_FAILED",
      field: "establishmentId",
      messageVi: "Không tìm thấy cơ sở này trong phạm vi dữ liệu của bạn",
    });
  } else if (found.status === "ARCHIVED") {
    problems.push({
      code: "ESTABLISHMENT_ARCHIVED",
      field: "establishmentId",
      messageVi: `Cơ sở "${found.name}" đã được lưu trữ; khôi phục cơ sở trước khi ghi lượt tham gia`,
    });
  }

  let payer: { fundingLevel: string; provinceId: string | null } | null = null;
  if (figures.payingProjectId) {
    const [row] = await tx
      .select({ fundingLevel: project.fundingLevel, provinceId: project.provinceId })
      .from(project)
      .where(and(eq(project.id, figures.payingProjectId), projectScope(actor)));
    if (row) payer = row;
    else
      problems.push({
        code: "VALIDATION_FAILED",
        field: "payingProjectId",
        messageVi: "Không tìm thấy đề án chi trả trong phạm vi dữ liệu của bạn",
      });
  }

  const set = normSetFor(normSets, fairRow.startDate, payer);
  // Without a norm valid at the date nothing caps the support, so only an unsupported participation is taken.
  const supported = figures.supportAmount > 0n || figures.supportShareBps > 0;
  let cap: ParticipationCap | null = null;
  if (!set) {
    if (supported)
      problems.push({
        code: "FAIR_NORM_MISSING",
        field: "supportAmount",
        messageVi: `Chưa có bộ định mức hỗ trợ có hiệu lực vào ngày khai mạc ${fairRow.startDate}; chỉ ghi được lượt tham gia không hỗ trợ`,
      });
  } else {
    const result = participationSupportCap({ ...figures, abroad }, set);
    if (!result.ok) {
      if (supported)
        problems.push({
          code: result.code,
          field: "supportAmount",
          messageVi: `${result.messageVi}; chỉ ghi được lượt tham gia không hỗ trợ`,
        });
    } else {
      cap = result.cap;
      const refusal = checkParticipationSupport(figures, cap);
      if (refusal) problems.push({ code: refusal.code, field: refusal.field, messageVi: refusal.messageVi });
    }
  }

  const name = found?.name ?? "";
  const claims = await sameFairClaims(tx, fairRow.id, figures);
  const booth = checkBoothPayment(
    {
      participationId,
      fairId: fairRow.id,
      establishmentId: figures.establishmentId,
      establishmentName: name,
      sharedBoothKey: figures.sharedBoothKey,
      sharedBoothShareBps: figures.sharedBoothShareBps,
    },
    claims,
  );
  if (booth) {
    problems.push({
      code: booth.code,
      field: booth.field,
      messageVi: booth.messageVi,
      others: booth.code === "FAIR_PARTICIPATION_DUPLICATE" ? [booth.other] : booth.others,
    });
  }

  const overseas = abroad
    ? checkOverseasLimit(
        {
          participationId,
          fairId: fairRow.id,
          establishmentId: figures.establishmentId,
          year: fairRow.year,
          abroad,
          supportAmount: figures.supportAmount,
        },
        await priorOverseas(tx, figures.establishmentId, fairRow.year),
      )
    : ({ verdict: "OK" } as const);
  if (overseas.verdict === "REFUSE") {
    problems.push({
      code: overseas.code,
      field: "supportAmount",
      messageVi: overseas.messageVi,
      others: overseas.others.map((o) => ({ fairId: o.fairId, fairName: o.fairName })),
    });
  }

  return {
    establishment: found ?? null,
    cap,
    normSetLabel: set?.labelVi ?? null,
    overseas,
    problems,
  };
}

/** This fair's participations that could clash with the candidate: the same establishment or the same shared booth. */
async function sameFairClaims(tx: Db, fairId: string, figures: ParticipationFigures): Promise<BoothClaim[]> {
  const key = figures.sharedBoothKey === null ? null : normalizeSharedBoothKey(figures.sharedBoothKey);
  const rows = await tx
    .select({
      participationId: fairParticipation.id,
      fairId: fairParticipation.fairId,
      establishmentId: fairParticipation.establishmentId,
      establishmentName: establishment.name,
      sharedBoothKey: fairParticipation.sharedBoothKey,
      sharedBoothShareBps: fairParticipation.sharedBoothShareBps,
    })
    .from(fairParticipation)
    .innerJoin(establishment, eq(establishment.id, fairParticipation.establishmentId))
    .where(
      and(
        eq(fairParticipation.fairId, fairId),
        or(
          eq(fairParticipation.establishmentId, figures.establishmentId),
          key === null ? undefined : eq(fairParticipation.sharedBoothKey, key),
        ),
      ),
    );
  return rows;
}

/** The establishment's supported participations at overseas fairs of the year, with the fairs' names (E10). */
export async function priorOverseas(tx: Db, establishmentId: string, year: number) {
  return tx
    .select({
      participationId: fairParticipation.id,
      fairId: fairParticipation.fairId,
      fairName: fair.name,
      establishmentId: fairParticipation.establishmentId,
      year: fairParticipation.year,
      abroad: fairParticipation.abroad,
      supportAmount: fairParticipation.supportAmount,
    })
    .from(fairParticipation)
    .innerJoin(fair, eq(fair.id, fairParticipation.fairId))
    .where(
      and(
        eq(fairParticipation.establishmentId, establishmentId),
        eq(fairParticipation.year, year),
        eq(fairParticipation.abroad, true),
        gt(fairParticipation.supportAmount, 0n),
        ne(fair.status, "CANCELLED"),
      ),
    );
}

/** The norm code as the officers write it ("đ" for the stored "dd"). */
export function normLabel(code: string): string {
  return code === participationNormCode(true) ? "đ" : code;
}
