import { createHash } from "node:crypto";
import { type CertificateStatus, certificateStatusOn, todayInVietnam } from "@kc/domain";
import { eq } from "drizzle-orm";
import { selectionCertificate } from "../../../db/schema/index";
import type { AppDeps } from "../../../platform/context";
import { certificateKeyring } from "./certificate-keyring";

export type SignatureVerdict = "GENUINE" | "NOT_GENUINE" | "ABSENT";

type StoredCertificate = {
  publicId: string;
  number: string;
  product: string;
  productGroup: string;
  establishment: string;
  level: string;
  year: number;
  issuedOn: string;
  validUntil: string;
  recorded: "VALID" | "REVOKED";
  revokedOn: string | null;
  revocationDecision: { number: string; issuedOn: string } | null;
};

const MISSING = { missing: true } as const;

/** The public fields of a certificate by its public id, kept for at most 30 s; an issue or a revocation clears them in every process (platform/cache.ts). */
async function storedCertificate(deps: AppDeps, publicId: string): Promise<StoredCertificate | null> {
  const cache = deps.caches.publicCertificates;
  const key = `certificate:${publicId}`;
  const hit = cache.get(key) as StoredCertificate | typeof MISSING | undefined;
  if (hit) return "missing" in hit ? null : hit;
  const [row] = await deps.db
    .select()
    .from(selectionCertificate)
    .where(eq(selectionCertificate.publicId, publicId));
  const value: StoredCertificate | null = row
    ? {
        publicId: row.publicId,
        number: row.number,
        product: row.productName,
        productGroup: row.productGroup,
        establishment: row.establishmentName,
        level: row.level,
        year: row.year,
        issuedOn: row.issuedOn,
        validUntil: row.validUntil,
        recorded: row.status,
        revokedOn: row.revokedOn,
        revocationDecision:
          row.revokingDecisionNumber && row.revokingDecisionOn
            ? { number: row.revokingDecisionNumber, issuedOn: row.revokingDecisionOn }
            : null,
      }
    : null;
  cache.set(key, value ?? MISSING);
  return value;
}

/**
 * Whether the token in the QR URL is genuine for this certificate: signed by a published key, its payload naming
 * this very certificate (public id and number). Anything else — altered, forged, another certificate's token —
 * is NOT_GENUINE; no token at all is ABSENT (someone typed the address).
 */
async function verdictOf(deps: AppDeps, certificate: StoredCertificate, token: string | undefined) {
  if (!token) return "ABSENT" as const;
  const ring = await certificateKeyring(deps);
  const check = ring.verify(token);
  if (!check.genuine) return "NOT_GENUINE" as const;
  return check.payload.id === certificate.publicId && check.payload.no === certificate.number
    ? ("GENUINE" as const)
    : ("NOT_GENUINE" as const);
}

/** The public verification answer, or null (404) when no certificate has that public id. */
export async function verifyCertificate(deps: AppDeps, publicId: string, token: string | undefined) {
  const certificate = await storedCertificate(deps, publicId);
  if (!certificate) return null;
  const today = todayInVietnam(deps.now());
  const status: CertificateStatus = certificateStatusOn(
    { status: certificate.recorded, validUntil: certificate.validUntil, revokedOn: certificate.revokedOn },
    today,
  );
  const { recorded: _recorded, ...shown } = certificate;
  const revoked = status === "REVOKED";
  return {
    ...shown,
    revokedOn: revoked ? certificate.revokedOn : null,
    revocationDecision: revoked ? certificate.revocationDecision : null,
    status,
    signature: await verdictOf(deps, certificate, token),
    checkedOn: today,
  };
}

/** A weak ETag of an answer: equal answers, equal tags, so a CDN or browser revalidates with a 304. */
export function etagOf(body: unknown): string {
  return `W/"${createHash("sha256").update(JSON.stringify(body)).digest("base64url").slice(0, 22)}"`;
}
