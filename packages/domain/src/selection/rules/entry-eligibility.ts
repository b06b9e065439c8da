import { formatDate } from "../../format";
import { certificateStatusOn } from "../certificate-record";
import type { RecordedCertificateStatus, SelectionLevel } from "../selection.codes";
import { selectionLevelLabels } from "../selection.codes";

/**
 * Whether an entry may stand in a round (DOMAIN §9.6 S1, S2), evaluated on the round date and stored with the
 * entry so a later change in the registry does not rewrite a past round.
 *
 * S2's ladder is dated configuration, not code paths: which lower level a round's entries come from, and whether
 * the lower level's recommendation may replace its certificate. District rounds end with the districts on
 * 2025-06-30 (Resolution 202/2025/QH15); from 2025-07-01 a provincial round takes entries directly.
 */
export type LadderRung = {
  level: SelectionLevel;
  validFrom: string;
  validTo: string | null;
  /** The level whose valid certificate an entry needs; null: none (the bottom of the ladder). */
  lowerLevel: SelectionLevel | null;
  /** Circular 26 Art. 6.1: with no district round, the district's recommendation replaces its certificate. */
  recommendationMayReplace: boolean;
};

export const selectionLadder: readonly LadderRung[] = [
  {
    level: "HUYEN",
    validFrom: "2014-01-01",
    validTo: "2025-06-30",
    lowerLevel: null,
    recommendationMayReplace: false,
  },
  {
    level: "TINH",
    validFrom: "2014-01-01",
    validTo: "2025-06-30",
    lowerLevel: "HUYEN",
    recommendationMayReplace: true,
  },
  {
    level: "TINH",
    validFrom: "2025-07-01",
    validTo: null,
    lowerLevel: null,
    recommendationMayReplace: false,
  },
  {
    level: "KHU_VUC",
    validFrom: "2014-01-01",
    validTo: null,
    lowerLevel: "TINH",
    recommendationMayReplace: false,
  },
  {
    level: "QUOC_GIA",
    validFrom: "2014-01-01",
    validTo: null,
    lowerLevel: "KHU_VUC",
    recommendationMayReplace: false,
  },
];

/** The version stored with each verdict, so a past verdict says which ladder it was read against. */
export const entryEligibilityRuleVersion = "S1S2-2025-07";

/** The rung in force for a round of this level on this day; undefined when the level had no rounds then. */
export function ladderRungFor(
  level: SelectionLevel,
  day: string,
  ladder = selectionLadder,
): LadderRung | undefined {
  return ladder.find(
    (r) => r.level === level && r.validFrom <= day && (r.validTo === null || day <= r.validTo),
  );
}

export type EntryEligibilityVerdict = "ELIGIBLE" | "NOT_ELIGIBLE" | "UNKNOWN";
export type EntryEligibilityReason = { rule: "S1" | "S2"; verdict: EntryEligibilityVerdict; textVi: string };

export type LowerCertificateFacts = {
  number: string;
  establishmentId: string;
  level: SelectionLevel;
  status: RecordedCertificateStatus;
  validUntil: string;
  revokedOn: string | null;
};

export type EntryEligibilityFacts = {
  roundLevel: SelectionLevel;
  /** The round date: the day the verdict is read on. */
  day: string;
  establishmentId: string;
  /** The registry's stored verdict for the establishment (E1–E5 of §9.4: is it CNNT) and its summary. */
  registryVerdict: EntryEligibilityVerdict;
  registrySummaryVi: string;
  lowerCertificate: LowerCertificateFacts | null;
  recommendationText: string | null;
};

export type EntryEligibility = {
  verdict: EntryEligibilityVerdict;
  /** S2 failed: the entry is refused, not stored (issue 16: "an entry without the lower-level certificate"). */
  ladderRefusal: string | null;
  reasons: EntryEligibilityReason[];
  ruleVersion: string;
};

function s1Reason(facts: EntryEligibilityFacts): EntryEligibilityReason {
  const verdictVi = {
    ELIGIBLE: "Cơ sở là cơ sở công nghiệp nông thôn theo kết quả xét điều kiện của sổ đăng ký",
    NOT_ELIGIBLE: "Cơ sở không phải cơ sở công nghiệp nông thôn theo kết quả xét điều kiện của sổ đăng ký",
    UNKNOWN: "Sổ đăng ký chưa đủ thông tin để xác định cơ sở là cơ sở công nghiệp nông thôn",
  }[facts.registryVerdict];
  const summary = facts.registrySummaryVi.trim();
  return {
    rule: "S1",
    verdict: facts.registryVerdict,
    textVi: summary ? `${verdictVi}: ${summary}` : verdictVi,
  };
}

/** S2 on its own: the reason in words, and whether it refuses the entry. */
function s2Reason(facts: EntryEligibilityFacts): { reason: EntryEligibilityReason; refusal: string | null } {
  const ok = (textVi: string) => ({
    reason: { rule: "S2" as const, verdict: "ELIGIBLE" as const, textVi },
    refusal: null,
  });
  const fail = (textVi: string) => ({
    reason: { rule: "S2" as const, verdict: "NOT_ELIGIBLE" as const, textVi },
    refusal: textVi,
  });
  const rung = ladderRungFor(facts.roundLevel, facts.day);
  if (!rung)
    return fail(
      `Không tổ chức bình chọn ${selectionLevelLabels[facts.roundLevel].toLowerCase()} vào ngày ${formatDate(facts.day)}`,
    );
  if (rung.lowerLevel === null) return ok("Không cần giấy chứng nhận cấp dưới ở cấp này");
  const lowerVi = selectionLevelLabels[rung.lowerLevel].toLowerCase();
  const certificate = facts.lowerCertificate;
  if (certificate) {
    if (certificate.establishmentId !== facts.establishmentId)
      return fail(`Giấy chứng nhận ${certificate.number} cấp cho cơ sở khác`);
    if (certificate.level !== rung.lowerLevel)
      return fail(`Giấy chứng nhận ${certificate.number} không phải giấy chứng nhận ${lowerVi}`);
    const state = certificateStatusOn(certificate, facts.day);
    if (state === "REVOKED") return fail(`Giấy chứng nhận ${certificate.number} đã bị thu hồi`);
    if (state === "EXPIRED")
      return fail(
        `Giấy chứng nhận ${certificate.number} hết hiệu lực từ sau ngày ${formatDate(certificate.validUntil)}`,
      );
    return ok(
      `Có giấy chứng nhận ${lowerVi} số ${certificate.number}, còn hiệu lực đến ${formatDate(certificate.validUntil)}`,
    );
  }
  if (facts.recommendationText && rung.recommendationMayReplace)
    return ok(`Có văn bản đề nghị thay giấy chứng nhận ${lowerVi}: ${facts.recommendationText}`);
  if (facts.recommendationText)
    return fail(`Ở cấp này văn bản đề nghị không thay được giấy chứng nhận ${lowerVi} còn hiệu lực`);
  return fail(
    rung.recommendationMayReplace
      ? `Cần giấy chứng nhận ${lowerVi} còn hiệu lực hoặc văn bản đề nghị thay thế`
      : `Cần giấy chứng nhận ${lowerVi} còn hiệu lực`,
  );
}

/** S1 and S2 together: S2 refuses the entry outright; S1 is recorded (an unclear registry record is not a refusal). */
export function evaluateEntryEligibility(facts: EntryEligibilityFacts): EntryEligibility {
  const s1 = s1Reason(facts);
  const s2 = s2Reason(facts);
  return {
    verdict: s2.refusal ? "NOT_ELIGIBLE" : s1.verdict,
    ladderRefusal: s2.refusal,
    reasons: [s1, s2.reason],
    ruleVersion: entryEligibilityRuleVersion,
  };
}
