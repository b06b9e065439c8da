import { type CatalogueQuery, certificateStatusOn, foldForSearch, todayInVietnam } from "@kc/domain";
import { and, asc, desc, eq, inArray, like, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, selectionCertificate, selectionEntryPhoto } from "../../../db/schema/index";
import { boundedPage, countLimitFor } from "../../../platform/pagination";
import { statusFilter } from "./certificates.queries";

const likePattern = (text: string) => `%${text.replace(/[%_\\]/g, "\\$&")}%`;

/** Newest first; the number breaks ties (it is unique), so pages never overlap. */
const catalogueOrder = [
  desc(selectionCertificate.year),
  desc(selectionCertificate.issuedOn),
  asc(selectionCertificate.number),
];

/**
 * The public catalogue of honoured products: one row per certificate, searched without diacritics on the copied
 * names and number (trigram index), filtered by the indexed columns, newest first. Public fields only: no owner,
 * no address below the province, no tax code. Whether a photo exists is read here; the photo itself is its route.
 */
export async function listHonouredProducts(db: Db, query: CatalogueQuery, today = todayInVietnam()) {
  const where = and(
    query.q ? like(selectionCertificate.searchText, likePattern(foldForSearch(query.q))) : undefined,
    query.provinceId ? eq(selectionCertificate.provinceId, query.provinceId) : undefined,
    query.regionCode ? eq(selectionCertificate.regionCode, query.regionCode) : undefined,
    query.productGroup ? eq(selectionCertificate.productGroup, query.productGroup) : undefined,
    query.level ? eq(selectionCertificate.level, query.level) : undefined,
    query.year ? eq(selectionCertificate.year, query.year) : undefined,
    query.status ? statusFilter(query.status, today) : undefined,
  );
  // Bounded count (docs/decisions/0005-list-search-and-counts.md): the ids of the matches up to ten pages ahead in
  // the catalogue's order, then the page's rows by id. Counting every match made a common word ("gom") count
  // thousands of trigram matches on each request: the slowest catalogue answers in docs/benchmarks.md.
  const matching = await db
    .select({ id: selectionCertificate.id })
    .from(selectionCertificate)
    .where(where)
    .orderBy(...catalogueOrder)
    .limit(countLimitFor(query) + 1);
  const { pageIds, total, totalExact } = boundedPage(
    matching.map((row) => row.id),
    query,
  );
  const rows =
    pageIds.length === 0
      ? []
      : await db
          .select({
            certificate: selectionCertificate,
            provinceName: adminUnit.name,
            hasPhoto: sql<boolean>`exists (select 1 from ${selectionEntryPhoto} where ${selectionEntryPhoto.entryId} = ${selectionCertificate.entryId})`,
          })
          .from(selectionCertificate)
          .leftJoin(adminUnit, eq(adminUnit.id, selectionCertificate.provinceId))
          .where(inArray(selectionCertificate.id, pageIds))
          .orderBy(...catalogueOrder);
  return {
    total,
    totalExact,
    rows: rows.map((r) => ({
      ...r,
      status: certificateStatusOn(r.certificate, today),
    })),
  };
}

/** The thumbnail of the front photo (else any photo) of the product a certificate honours. */
export async function honouredProductPhoto(db: Db, publicId: string) {
  const [photo] = await db
    .select({ bytes: selectionEntryPhoto.thumbnail, mediaType: selectionEntryPhoto.thumbnailMediaType })
    .from(selectionEntryPhoto)
    .innerJoin(selectionCertificate, eq(selectionCertificate.entryId, selectionEntryPhoto.entryId))
    .where(eq(selectionCertificate.publicId, publicId))
    .orderBy(sql`${selectionEntryPhoto.angle} <> 'FRONT'`, asc(selectionEntryPhoto.angle))
    .limit(1);
  return photo;
}
