import { desc, isNotNull } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { certificateSigningKey } from "../../../db/schema/index";
import type { AppDeps } from "../../../platform/context";
import {
  generateSigningKey,
  type PublicCertificateKey,
  publishedKeySet,
  type SigningKey,
  signingKeyFromPem,
} from "./certificate-keys";
import { type TokenCheck, verifierFor } from "./certificate-signature";

export type Keyring = {
  signing: SigningKey;
  published: PublicCertificateKey[];
  keySet: ReturnType<typeof publishedKeySet>;
  verify: (token: string) => TokenCheck;
};

/** Keys read again at most this often, so a key another process added (a rotation) gets published here too. */
const RELOAD_MS = 60_000;
const rings = new WeakMap<Db, { loadedAt: number; ring: Promise<Keyring> }>();

/**
 * The signing key and the published keys (decision 0016). The configured key (CERTIFICATE_SIGNING_KEY) is
 * recorded by its public part the first time it is seen; without one, the newest key the server generated is used,
 * or a new one is generated and kept. Every recorded public key is published and verifies.
 */
export function certificateKeyring(deps: Pick<AppDeps, "db" | "config">): Promise<Keyring> {
  const cached = rings.get(deps.db);
  if (cached && Date.now() - cached.loadedAt < RELOAD_MS) return cached.ring;
  const ring = loadKeyring(deps.db, deps.config.certificateSigningKeyPem);
  rings.set(deps.db, { loadedAt: Date.now(), ring });
  ring.catch(() => rings.delete(deps.db));
  return ring;
}

async function loadKeyring(db: Db, configuredPem: string | undefined): Promise<Keyring> {
  let signing: SigningKey;
  if (configuredPem) {
    signing = signingKeyFromPem(configuredPem);
    await db
      .insert(certificateSigningKey)
      .values({ kid: signing.kid, publicX: signing.jwk.x })
      .onConflictDoNothing();
  } else {
    const [own] = await db
      .select()
      .from(certificateSigningKey)
      .where(isNotNull(certificateSigningKey.privatePem))
      .orderBy(desc(certificateSigningKey.firstUsedAt))
      .limit(1);
    if (own?.privatePem) signing = signingKeyFromPem(own.privatePem);
    else {
      const { key, pem } = generateSigningKey();
      await db
        .insert(certificateSigningKey)
        .values({ kid: key.kid, publicX: key.jwk.x, privatePem: pem })
        .onConflictDoNothing();
      signing = key;
    }
  }
  const rows = await db.select().from(certificateSigningKey).orderBy(desc(certificateSigningKey.firstUsedAt));
  const published: PublicCertificateKey[] = rows.map((r) => ({
    kid: r.kid,
    jwk: { kty: "OKP", crv: "Ed25519", x: r.publicX },
  }));
  return { signing, published, keySet: publishedKeySet(published), verify: verifierFor(published) };
}

/** Forgets the loaded keys of a database (tests that rotate keys). */
export function forgetKeyring(db: Db): void {
  rings.delete(db);
}
