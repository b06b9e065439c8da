import type { AppDeps } from "../../../platform/context";

/**
 * The public answers (verification, catalogue) are kept in `caches.publicCertificates` for at most 30 s; every
 * issue and revocation clears them in this process, so the revoking officer sees the public page change at once.
 */
export function clearPublicCertificateCache(deps: Pick<AppDeps, "caches">): void {
  deps.caches.publicCertificates.clear();
}
