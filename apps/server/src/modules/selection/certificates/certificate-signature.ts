import { createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import { type CertificatePayload, canonicalPayloadJson, parseCertificatePayload } from "@kc/domain";
import type { PublicCertificateKey, SigningKey } from "./certificate-keys";

/**
 * The signed token of a certificate: a JWS in compact form, alg EdDSA (RFC 8037), the key id in the header, the
 * canonical payload JSON as its payload. Any JOSE library verifies it offline with the published key set; the
 * server signs and verifies with node:crypto directly (synchronous, no key import per call).
 */
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");

export function signCertificate(payload: CertificatePayload, key: SigningKey): string {
  const header = b64(JSON.stringify({ alg: "EdDSA", kid: key.kid }));
  const input = `${header}.${b64(canonicalPayloadJson(payload))}`;
  return `${input}.${sign(null, Buffer.from(input, "ascii"), key.privateKey).toString("base64url")}`;
}

export type TokenCheck =
  | { genuine: true; payload: CertificatePayload; kid: string }
  | { genuine: false; reason: "MALFORMED" | "UNKNOWN_KEY" | "BAD_SIGNATURE" };

const BASE64URL = /^[A-Za-z0-9_-]+$/u;

/** Public keys turned into KeyObjects once per key set, not per verification. */
export function verifierFor(keys: PublicCertificateKey[]) {
  const byKid = new Map<string, KeyObject>(
    keys.map((k) => [k.kid, createPublicKey({ key: k.jwk, format: "jwk" })]),
  );
  return (token: string): TokenCheck => {
    const parts = token.split(".");
    if (parts.length !== 3 || !parts.every((p) => BASE64URL.test(p)))
      return { genuine: false, reason: "MALFORMED" };
    const [header, body, signature] = parts as [string, string, string];
    let kid: unknown;
    try {
      const parsed = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as Record<string, unknown>;
      if (parsed.alg !== "EdDSA") return { genuine: false, reason: "MALFORMED" };
      kid = parsed.kid;
    } catch {
      return { genuine: false, reason: "MALFORMED" };
    }
    const publicKey = typeof kid === "string" ? byKid.get(kid) : undefined;
    if (!publicKey) return { genuine: false, reason: "UNKNOWN_KEY" };
    const ok = verify(
      null,
      Buffer.from(`${header}.${body}`, "ascii"),
      publicKey,
      Buffer.from(signature, "base64url"),
    );
    if (!ok) return { genuine: false, reason: "BAD_SIGNATURE" };
    const payload = parseCertificatePayload(Buffer.from(body, "base64url").toString("utf8"));
    if (!payload) return { genuine: false, reason: "MALFORMED" };
    return { genuine: true, payload, kid: kid as string };
  };
}
