import { OVERSEAS_FAIRS_PER_YEAR_MAX } from "./trade-promotion.codes";

/**
 * (b) E10 (Circ. 46/2012 Art. 4): an establishment is supported for at most two overseas fairs per calendar
 * year. Only supported participations count (attending at one's own cost is not limited). The second is allowed
 * with a warning that it is the last one; the third is refused, naming the two already supported.
 */
export type OverseasParticipation = {
  participationId: string;
  fairId: string;
  fairName: string;
  establishmentId: string;
  /** The fair's start year. */
  year: number;
  abroad: boolean;
  supportAmount: bigint;
};

export type OverseasCandidate = {
  /** Null for a new participation; set when an existing one is edited (it never counts against itself). */
  participationId: string | null;
  fairId: string;
  establishmentId: string;
  year: number;
  abroad: boolean;
  supportAmount: bigint;
};

export type OverseasLimitVerdict =
  | { verdict: "OK" }
  | {
      verdict: "WARN";
      code: "FAIR_OVERSEAS_LIMIT_REACHED";
      others: OverseasParticipation[];
      messageVi: string;
    }
  | {
      verdict: "REFUSE";
      code: "FAIR_OVERSEAS_LIMIT_EXCEEDED";
      others: OverseasParticipation[];
      messageVi: string;
    };

const names = (others: readonly OverseasParticipation[]) => others.map((o) => `"${o.fairName}"`).join(" và ");

export function checkOverseasLimit(
  candidate: OverseasCandidate,
  prior: readonly OverseasParticipation[],
): OverseasLimitVerdict {
  if (!candidate.abroad || candidate.supportAmount <= 0n) return { verdict: "OK" };
  const others = prior.filter(
    (p) =>
      p.abroad &&
      p.supportAmount > 0n &&
      p.establishmentId === candidate.establishmentId &&
      p.year === candidate.year &&
      p.participationId !== candidate.participationId &&
      p.fairId !== candidate.fairId,
  );
  if (others.length >= OVERSEAS_FAIRS_PER_YEAR_MAX) {
    return {
      verdict: "REFUSE",
      code: "FAIR_OVERSEAS_LIMIT_EXCEEDED",
      others,
      messageVi: `Cơ sở đã được hỗ trợ ${others.length} hội chợ ở nước ngoài trong năm ${candidate.year} (${names(others)}); mỗi năm được hỗ trợ tối đa ${OVERSEAS_FAIRS_PER_YEAR_MAX} hội chợ`,
    };
  }
  if (others.length === OVERSEAS_FAIRS_PER_YEAR_MAX - 1) {
    return {
      verdict: "WARN",
      code: "FAIR_OVERSEAS_LIMIT_REACHED",
      others,
      messageVi: `Đây là hội chợ ở nước ngoài thứ ${OVERSEAS_FAIRS_PER_YEAR_MAX} được hỗ trợ của cơ sở trong năm ${candidate.year} (đã có ${names(others)}); cơ sở sẽ không được hỗ trợ thêm trong năm này`,
    };
  }
  return { verdict: "OK" };
}
