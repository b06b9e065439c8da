import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";

/**
 * The Ed25519 keys that sign certificate QR codes (docs/decisions/0016). One signing key at a time; every public
 * key ever used stays published, so a certificate signed before a rotation still verifies.
 */
export type PublicCertificateKey = {
  kid: string;
  /** The public key as an OKP JWK (RFC 8037): { kty: "OKP", crv: "Ed25519", x }. */
  jwk: { kty: "OKP"; crv: "Ed25519"; x: string };
};

export type SigningKey = PublicCertificateKey & {
  privateKey: KeyObject;
};

/**
 * The key id: the first 8 characters of the RFC 7638 thumbprint of the public JWK. Derived, never chosen, so the
 * same key always has the same id and an id cannot be reused for another key by mistake; 8 characters (48 bits)
 * tell apart the handful of keys a service ever has and keep the QR code short.
 */
export function keyIdOf(x: string): string {
  const canonical = JSON.stringify({ crv: "Ed25519", kty: "OKP", x });
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 8);
}

function publicPart(privateKey: KeyObject): PublicCertificateKey {
  const jwk = createPublicKey(privateKey).export({ format: "jwk" });
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string")
    throw new Error("the certificate signing key is not an Ed25519 key");
  return { kid: keyIdOf(jwk.x), jwk: { kty: "OKP", crv: "Ed25519", x: jwk.x } };
}

/** Reads a PKCS#8 PEM private key (what `openssl genpkey -algorithm ed25519` writes); refuses anything else. */
export function signingKeyFromPem(pem: string): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem.replace(/\\n/gu, "\n"), format: "pem" });
  } catch {
    throw new Error("CERTIFICATE_SIGNING_KEY is not a PEM private key");
  }
  if (privateKey.asymmetricKeyType !== "ed25519")
    throw new Error("CERTIFICATE_SIGNING_KEY must be an Ed25519 key (openssl genpkey -algorithm ed25519)");
  return { ...publicPart(privateKey), privateKey };
}

/** A fresh key (demo and tests only: production gives its key by CERTIFICATE_SIGNING_KEY). */
export function generateSigningKey(): { key: SigningKey; pem: string } {
  const { privateKey } = generateKeyPairSync("ed25519");
  const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
  return { key: { ...publicPart(privateKey), privateKey }, pem };
}

/** The published key set (JWKS), newest first as given. */
export function publishedKeySet(keys: PublicCertificateKey[]) {
  return { keys: keys.map((k) => ({ ...k.jwk, kid: k.kid, alg: "EdDSA" as const, use: "sig" as const })) };
}
