import { isIsoDate } from "../../format";
import type { IsoDate } from "../../reference/types";
import type { CertificateStatus } from "../selection.codes";

/**
 * S5 (Art. 18): a certificate is valid from its issue date to 31 December of the third year, the issue year
 * counting as the first (issued 15/09/2024 → valid to 31/12/2026). S8 (Art. 20): it may be revoked for a
 * violation, by a decision whose date ends the validity; a revoked certificate also loses the priority of
 * Art. 21. EXPIRED is never stored: it follows from the date.
 */

export type CertificateDates = { issuedOn: IsoDate; revokedOn: IsoDate | null };

export function validUntil(issuedOn: IsoDate): IsoDate {
  if (!isIsoDate(issuedOn)) throw new RangeError(`Ngày cấp không hợp lệ: ${issuedOn}`);
  return `${Number(issuedOn.slice(0, 4)) + 2}-12-31`;
}

/** State on `today`. A revocation dated later than `today` has not taken effect yet. */
export function certificateState(cert: CertificateDates, today: IsoDate): CertificateStatus {
  if (cert.revokedOn !== null && cert.revokedOn <= today) return "REVOKED";
  return today > validUntil(cert.issuedOn) ? "EXPIRED" : "VALID";
}

/** Valid on `date`: issued by then, not past its end, not revoked by then (the ladder S2 asks this). */
export function certificateValidOn(cert: CertificateDates, date: IsoDate): boolean {
  return cert.issuedOn <= date && certificateState(cert, date) === "VALID";
}
