import { BPS_WHOLE } from "../projects/money/money";

/**
 * (c) E9 extended to participations: the same booth is never paid twice. At one fair an establishment has one
 * participation (whatever project pays it), and the shares of one shared booth, across everyone on it, add up to
 * at most the whole booth — a second claim on the same shared booth beyond its rent is refused.
 */
export type BoothClaim = {
  /** Null for a new participation. */
  participationId: string | null;
  fairId: string;
  establishmentId: string;
  establishmentName: string;
  sharedBoothKey: string | null;
  sharedBoothShareBps: number | null;
};

export type BoothPaymentRefusal =
  | { code: "FAIR_PARTICIPATION_DUPLICATE"; field: "establishmentId"; other: BoothClaim; messageVi: string }
  | {
      code: "FAIR_SHARED_BOOTH_OVERPAID";
      field: "sharedBoothShareBps";
      others: BoothClaim[];
      messageVi: string;
    };

/** Shared booth keys compare without case, spaces or diacritics differences in spelling ("Gian A-12" = "gian a12"). */
export function normalizeSharedBoothKey(key: string): string {
  return key
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toUpperCase();
}

export function checkBoothPayment(
  candidate: BoothClaim,
  sameFair: readonly BoothClaim[],
): BoothPaymentRefusal | null {
  const others = sameFair.filter(
    (claim) =>
      claim.fairId === candidate.fairId &&
      (candidate.participationId === null || claim.participationId !== candidate.participationId),
  );
  const duplicate = others.find((claim) => claim.establishmentId === candidate.establishmentId);
  if (duplicate) {
    return {
      code: "FAIR_PARTICIPATION_DUPLICATE",
      field: "establishmentId",
      other: duplicate,
      messageVi: `Cơ sở "${candidate.establishmentName}" đã có lượt tham gia hội chợ này; một gian hàng không được hỗ trợ hai lần`,
    };
  }
  if (candidate.sharedBoothKey === null) return null;
  const key = normalizeSharedBoothKey(candidate.sharedBoothKey);
  const onSameBooth = others.filter(
    (claim) => claim.sharedBoothKey !== null && normalizeSharedBoothKey(claim.sharedBoothKey) === key,
  );
  const taken = onSameBooth.reduce((sum, claim) => sum + (claim.sharedBoothShareBps ?? 0), 0);
  if (taken + (candidate.sharedBoothShareBps ?? 0) > BPS_WHOLE) {
    return {
      code: "FAIR_SHARED_BOOTH_OVERPAID",
      field: "sharedBoothShareBps",
      others: onSameBooth,
      messageVi: `Gian hàng chung "${candidate.sharedBoothKey}" đã được chia ${taken / 100} % cho ${onSameBooth.map((c) => `"${c.establishmentName}"`).join(", ")}; phần còn lại là ${(BPS_WHOLE - taken) / 100} %`,
    };
  }
  return null;
}
