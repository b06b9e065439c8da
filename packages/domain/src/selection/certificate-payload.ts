import type { SelectionLevel } from "./selection.codes";

/**
 * What a certificate's QR code signs (docs/decisions/0016). Only what is printed on the certificate and is public
 * anyway: no person, no address below the province, no tax code. Short keys keep the QR code small; the key order
 * below is the canonical order, so the same certificate always gives the same bytes.
 */
export type CertificatePayload = {
  /** Format version; a verifier refuses versions it does not know. */
  v: 1;
  /** Public id: the last segment of the verification URL. */
  id: string;
  /** Certificate number, e.g. "05/2026/TINH". */
  no: string;
  /** Product or product set, as recognised. */
  p: string;
  /** Establishment's business name (never the owner's name). */
  e: string;
  l: SelectionLevel;
  /** Year of the round. */
  y: number;
  /** Issued on, ISO date. */
  i: string;
  /** Valid until, ISO date (S5). */
  u: string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LEVELS: readonly string[] = ["HUYEN", "TINH", "KHU_VUC", "QUOC_GIA"];

/**
 * Longest product or establishment name the QR code carries, in characters; a longer one is cut with "…". The
 * signature covers the cut text, the verification page shows the whole name (measured in decision 0016: two
 * 48-character names with many diacritics keep the QR code at version 18 with error correction M, 0.52 mm a
 * module printed 5 cm wide).
 */
export const PAYLOAD_NAME_MAX = 48;

/** Builds the payload from the certificate's fields, text in NFC with single spaces so that equal text signs equal. */
export function certificatePayload(input: {
  publicId: string;
  number: string;
  product: string;
  establishment: string;
  level: SelectionLevel;
  year: number;
  issuedOn: string;
  validUntil: string;
}): CertificatePayload {
  const text = (s: string) => s.normalize("NFC").replace(/\s+/gu, " ").trim();
  const name = (s: string) => {
    const chars = [...text(s)];
    return chars.length <= PAYLOAD_NAME_MAX
      ? chars.join("")
      : `${chars
          .slice(0, PAYLOAD_NAME_MAX - 1)
          .join("")
          .trimEnd()}…`;
  };
  return {
    v: 1,
    id: input.publicId,
    no: text(input.number),
    p: name(input.product),
    e: name(input.establishment),
    l: input.level,
    y: input.year,
    i: input.issuedOn,
    u: input.validUntil,
  };
}

/** The canonical JSON text: keys in the declared order, no spaces. */
export function canonicalPayloadJson(payload: CertificatePayload): string {
  const { v, id, no, p, e, l, y, i, u } = payload;
  return JSON.stringify({ v, id, no, p, e, l, y, i, u });
}

/** Reads a payload back from JSON text; null when any field is missing, of the wrong kind or unknown. */
export function parseCertificatePayload(json: string): CertificatePayload | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(",");
  if (keys !== "e,i,id,l,no,p,u,v,y") return null;
  const strings = [o.id, o.no, o.p, o.e, o.i, o.u].every((s) => typeof s === "string" && s.length > 0);
  if (!strings || o.v !== 1 || typeof o.y !== "number" || !Number.isInteger(o.y)) return null;
  if (!LEVELS.includes(o.l as string)) return null;
  if (!ISO_DATE.test(o.i as string) || !ISO_DATE.test(o.u as string)) return null;
  return o as unknown as CertificatePayload;
}

/** Path of the public verification page for a certificate; the signed token rides in `s`. */
export const VERIFY_PATH = "/xac-minh";

export function certificateVerificationUrl(publicUrl: string, publicId: string, token: string): string {
  return `${publicUrl.replace(/\/+$/u, "")}${VERIFY_PATH}/${encodeURIComponent(publicId)}?s=${token}`;
}

/** The well-known address of the published public keys (a JWKS), for verifiers that work offline. */
export const CERTIFICATE_KEYS_PATH = "/.well-known/khuyencong-certificate-keys.json";
