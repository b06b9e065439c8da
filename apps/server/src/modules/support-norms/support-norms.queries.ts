import type { FundingLevel, IsoDate, SupportNormSet } from "@kc/domain";
import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, legalDocument, supportNormSet } from "../../db/schema/index";
import { recordOf, type SupportNormSetRecord } from "./support-norm-record";

/**
 * Which sets to read. `provinceId: null` means national sets only, a string one province's, absent any;
 * `asOf` keeps the sets whose validity window contains that date. A domain `NormScope` is a valid filter.
 */
export type SupportNormFilter = {
  fundingLevel?: FundingLevel | undefined;
  provinceId?: string | null | undefined;
  asOf?: IsoDate | undefined;
};

function whereOf(filter: SupportNormFilter): SQL | undefined {
  const provinceId = filter.provinceId;
  return and(
    filter.fundingLevel ? eq(supportNormSet.fundingLevel, filter.fundingLevel) : undefined,
    provinceId === null
      ? isNull(supportNormSet.provinceId)
      : provinceId
        ? eq(supportNormSet.provinceId, provinceId)
        : undefined,
    filter.asOf
      ? and(
          lte(supportNormSet.validFrom, filter.asOf),
          or(isNull(supportNormSet.validTo), gte(supportNormSet.validTo, filter.asOf)),
        )
      : undefined,
  );
}

/** Stored sets with their source and author, in a stable order (level, province, start, version). */
export async function listSupportNormSetRecords(
  db: Db,
  filter: SupportNormFilter = {},
): Promise<SupportNormSetRecord[]> {
  const rows = await db
    .select()
    .from(supportNormSet)
    .where(whereOf(filter))
    .orderBy(
      asc(supportNormSet.fundingLevel),
      asc(supportNormSet.provinceId),
      asc(supportNormSet.validFrom),
      asc(supportNormSet.version),
      asc(supportNormSet.id),
    );
  return rows.map(recordOf);
}

/**
 * The norm sets as domain values (every ceiling an exact `bigint`), for the rules of `@kc/domain`: the projects
 * module reads them and lets `normValidAt(sets, approvalDate, scope)` pick the one that applies.
 */
export async function supportNormSets(db: Db, filter: SupportNormFilter = {}): Promise<SupportNormSet[]> {
  const records = await listSupportNormSetRecords(db, filter);
  return records.map(({ source: _s, createdAt: _a, createdBy: _b, ...set }) => set);
}

export async function findSupportNormSet(db: Db, id: string): Promise<SupportNormSetRecord | null> {
  const [row] = await db.select().from(supportNormSet).where(eq(supportNormSet.id, id));
  return row ? recordOf(row) : null;
}

export type NormSetReferences = {
  legalDocuments: Map<string, { number: string; title: string }>;
  provinces: Map<string, string>;
};

/** Names of the legal documents and provinces the sets point to, in two queries for any number of sets. */
export async function normSetReferences(db: Db, sets: readonly SupportNormSet[]): Promise<NormSetReferences> {
  const documentIds = [...new Set(sets.map((set) => set.legalDocumentKey))];
  const provinceIds = [...new Set(sets.flatMap((set) => (set.provinceId ? [set.provinceId] : [])))];
  const documents = documentIds.length
    ? await db
        .select({ id: legalDocument.id, number: legalDocument.number, title: legalDocument.title })
        .from(legalDocument)
        .where(inArray(legalDocument.id, documentIds))
    : [];
  const provinces = provinceIds.length
    ? await db
        .select({ id: adminUnit.id, name: adminUnit.name })
        .from(adminUnit)
        .where(inArray(adminUnit.id, provinceIds))
    : [];
  return {
    legalDocuments: new Map(documents.map((d) => [d.id, { number: d.number, title: d.title }])),
    provinces: new Map(provinces.map((p) => [p.id, p.name])),
  };
}
