import type { CertificateStatus, RecordedCertificateStatus, SelectionLevel } from "./selection.codes";

/**
 * What a certificate row says about itself (S5, S8), shared by the schema's CHECK, the issuing use case, the
 * public page and the catalogue, so "valid until" and "expired" have one meaning everywhere.
 */

/** S5: valid from issue to 31 December of the issue year + 2. */
export function certificateValidUntil(issuedOn: string): string {
  return `${Number(issuedOn.slice(0, 4)) + 2}-12-31`;
}

/** The state on a day: REVOKED as recorded (from the revocation day on), else EXPIRED after `validUntil`. */
export function certificateStatusOn(
  certificate: { status: RecordedCertificateStatus; validUntil: string; revokedOn: string | null },
  day: string,
): CertificateStatus {
  if (certificate.status === "REVOKED" && (certificate.revokedOn === null || certificate.revokedOn <= day))
    return "REVOKED";
  return day > certificate.validUntil ? "EXPIRED" : "VALID";
}

/**
 * Whose sequence a certificate number counts in: the province for district and provincial rounds, the region
 * for regional ones, the ministry ("TW") for national ones. Numbers restart each year and level.
 */
export function certificateIssuerKey(round: {
  level: SelectionLevel;
  provinceId: string | null;
  regionCode: string | null;
}): string {
  if (round.level === "HUYEN" || round.level === "TINH") return round.provinceId ?? "?";
  if (round.level === "KHU_VUC") return round.regionCode ?? "?";
  return "TW";
}

/**
 * "15/2026/CNNT-TINH-P34-82", "3/2026/CNNT-KHU_VUC-NAM", "7/2026/CNNT-QUOC_GIA": sequence, year, level and the
 * issuer where several issue in one year, so the number is unique nationwide.
 */
export function certificateNumber(parts: {
  sequence: number;
  year: number;
  level: SelectionLevel;
  issuerKey: string;
}): string {
  const issuer = parts.level === "QUOC_GIA" ? "" : `-${parts.issuerKey}`;
  return `${parts.sequence}/${parts.year}/CNNT-${parts.level}${issuer}`;
}
