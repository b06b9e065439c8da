import { formatDate } from "../../format";
import type { IsoDate } from "../../reference/types";
import type { RecordedCertificateStatus, SelectionLevel } from "../selection.codes";
import { selectionLevelLabels } from "../selection.codes";
import { certificateValidOn, validUntil } from "./certificate-validity";

/**
 * Circular 26/2014 Art. 21: an establishment whose product holds a representative-product certificate is given
 * priority in industrial-extension support while the certificate is valid. The flag is computed when it is read,
 * from the certificates as they stand on the day asked about, so issuing, revoking (S8) or the end of the third
 * year (S5) changes it without anything being stored or recomputed.
 */
export const CERTIFICATE_PRIORITY_LABEL = "Ưu tiên (Điều 21 TT 26/2014)";

export type PriorityCertificateFacts = {
  id: string;
  number: string;
  publicId: string;
  level: SelectionLevel;
  productName: string;
  issuedOn: IsoDate;
  /** The recorded state: a revocation is kept even if its date was not filled in. */
  status: RecordedCertificateStatus;
  revokedOn: IsoDate | null;
};

export type CertificatePriority = {
  labelVi: string;
  reasonVi: string;
  certificateId: string;
  number: string;
  publicId: string;
  productName: string;
  validUntil: IsoDate;
};

/** The ranking of levels, highest first: the flag names the highest-level certificate valid on the day. */
const levelRank: Record<SelectionLevel, number> = { QUOC_GIA: 4, KHU_VUC: 3, TINH: 2, HUYEN: 1 };

/**
 * The priority flag on `date`, naming the certificate that grants it (the highest level, then the latest end of
 * validity), or null when no certificate is valid on that day.
 */
export function certificatePriority(
  certificates: readonly PriorityCertificateFacts[],
  date: IsoDate,
): CertificatePriority | null {
  const valid = certificates.filter(
    (cert) =>
      !(cert.status === "REVOKED" && cert.revokedOn === null) &&
      certificateValidOn({ issuedOn: cert.issuedOn, revokedOn: cert.revokedOn }, date),
  );
  const best = [...valid].sort(
    (a, b) =>
      levelRank[b.level] - levelRank[a.level] ||
      validUntil(b.issuedOn).localeCompare(validUntil(a.issuedOn)) ||
      a.number.localeCompare(b.number),
  )[0];
  if (!best) return null;
  const until = validUntil(best.issuedOn);
  return {
    labelVi: CERTIFICATE_PRIORITY_LABEL,
    reasonVi: `Sản phẩm "${best.productName}" có giấy chứng nhận sản phẩm CNNT tiêu biểu ${selectionLevelLabels[best.level].toLowerCase()} số ${best.number}, còn hiệu lực đến ngày ${formatDate(until)}`,
    certificateId: best.id,
    number: best.number,
    publicId: best.publicId,
    productName: best.productName,
    validUntil: until,
  };
}
