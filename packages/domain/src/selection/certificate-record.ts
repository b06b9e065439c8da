import type { IsoDate } from "../reference/types";
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
 * How certificate numbers read, as DATED configuration (DOMAIN §3.6: Circular 26 gives one template, Appendix 6,
 * but no numbering rule, so the official form is unsure): the format valid on the issue day applies, and an admin
 * replaces or adds rows when a form is decided. A pattern has the placeholders {sequence}, {year}, {province}
 * (the province's official code, "82") and {region} (the readable abbreviation below), e.g. "68/2018/CNNT-TN".
 */
export type CertificateNumberFormat = {
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  patterns: Readonly<Record<SelectionLevel, string>>;
  regionAbbreviations: Readonly<Record<string, string>>;
  source: string;
};

export const defaultCertificateNumberFormats: readonly CertificateNumberFormat[] = [
  {
    validFrom: null,
    validTo: null,
    patterns: {
      HUYEN: "{sequence}/{year}/CNNT-H{province}",
      TINH: "{sequence}/{year}/CNNT-{province}",
      KHU_VUC: "{sequence}/{year}/CNNT-{region}",
      QUOC_GIA: "{sequence}/{year}/CNNT-QG",
    },
    regionAbbreviations: { BAC: "MB", TRUNG_TAY_NGUYEN: "TN", NAM: "MN" },
    source: "Quy ước của hệ thống (Thông tư 26/2014/TT-BCT không quy định cách đánh số giấy chứng nhận)",
  },
];

/** The numbering of certificates issued on a day: the sequence family they count in and how a number reads. */
export type CertificateNumbering = {
  /**
   * Whose sequence a number counts in: the number with its sequence left out ("#/2026/CNNT-82"). Counting per
   * printed form, not per unit, keeps numbers unique where two units print alike (an old and a new province
   * sharing a code in 2025, the year of the merger).
   */
  issuerKey: string;
  numberOf: (sequence: number) => string;
};

/** Null when no format is valid on `issuedOn` or the issuer's code is missing (a configuration gap, said by the caller). */
export function certificateNumbering(
  issue: {
    level: SelectionLevel;
    issuedOn: IsoDate;
    provinceCode: string | null;
    regionCode: string | null;
  },
  formats: readonly CertificateNumberFormat[] = defaultCertificateNumberFormats,
): CertificateNumbering | null {
  const format = formats.find(
    (f) =>
      (f.validFrom === null || f.validFrom <= issue.issuedOn) &&
      (f.validTo === null || issue.issuedOn <= f.validTo),
  );
  if (!format) return null;
  const pattern = format.patterns[issue.level];
  const region = issue.regionCode ? format.regionAbbreviations[issue.regionCode] : undefined;
  if (pattern.includes("{region}") && !region) return null;
  if (pattern.includes("{province}") && !issue.provinceCode) return null;
  const family = pattern
    .replaceAll("{year}", issue.issuedOn.slice(0, 4))
    .replaceAll("{province}", issue.provinceCode ?? "")
    .replaceAll("{region}", region ?? "");
  return {
    issuerKey: family.replaceAll("{sequence}", "#"),
    numberOf: (sequence) => family.replaceAll("{sequence}", String(sequence)),
  };
}
