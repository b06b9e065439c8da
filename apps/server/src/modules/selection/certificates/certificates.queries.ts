import { foldForSearch, type SelectionLevel, todayInVietnam } from "@kc/domain";
import { and, count, desc, eq, gte, like, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { certificateHolderReport, selectionCertificate } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { certificateScopeFilter } from "./certificate-scope";

export type CertificateListQuery = {
  page: number;
  pageSize: number;
  q?: string | undefined;
  roundId?: string | undefined;
  establishmentId?: string | undefined;
  level?: SelectionLevel | undefined;
  year?: number | undefined;
  status?: "VALID" | "EXPIRED" | "REVOKED" | undefined;
};

const likePattern = (text: string) => `%${text.replace(/[%_\\]/g, "\\$&")}%`;

/** The state on `today` as SQL, the same rule as certificateStatusOn (S5, S8). */
export function statusFilter(status: "VALID" | "EXPIRED" | "REVOKED", today: string): SQL | undefined {
  const revoked = and(
    eq(selectionCertificate.status, "REVOKED"),
    sql`${selectionCertificate.revokedOn} <= ${today}`,
  );
  const notRevoked = or(
    eq(selectionCertificate.status, "VALID"),
    sql`${selectionCertificate.revokedOn} > ${today}`,
  );
  if (status === "REVOKED") return revoked;
  if (status === "EXPIRED") return and(notRevoked, lt(selectionCertificate.validUntil, today));
  return and(notRevoked, gte(selectionCertificate.validUntil, today));
}

/** The certificates the caller reaches, filtered, newest first. */
export async function listCertificates(db: Db, actor: Actor, query: CertificateListQuery) {
  const today = todayInVietnam();
  const where = and(
    certificateScopeFilter(actor, today),
    query.q ? like(selectionCertificate.searchText, likePattern(foldForSearch(query.q))) : undefined,
    query.roundId ? eq(selectionCertificate.roundId, query.roundId) : undefined,
    query.establishmentId ? eq(selectionCertificate.establishmentId, query.establishmentId) : undefined,
    query.level ? eq(selectionCertificate.level, query.level) : undefined,
    query.year ? eq(selectionCertificate.year, query.year) : undefined,
    query.status ? statusFilter(query.status, today) : undefined,
  );
  const items = await db
    .select()
    .from(selectionCertificate)
    .where(where)
    .orderBy(desc(selectionCertificate.issuedOn), desc(selectionCertificate.sequence))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db.select({ n: count() }).from(selectionCertificate).where(where);
  return { items, total: total?.n ?? 0 };
}

export function holderReportsOf(db: Db, certificateId: string) {
  return db
    .select()
    .from(certificateHolderReport)
    .where(eq(certificateHolderReport.certificateId, certificateId))
    .orderBy(desc(certificateHolderReport.year));
}
