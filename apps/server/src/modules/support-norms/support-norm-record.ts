import type { SupportNorm, SupportNormSet } from "@kc/domain";
import type { supportNormSet } from "../../db/schema/index";

/** A norm as stored in the `norms` jsonb column: the ceiling in đồng as a decimal string (JSON has no bigint). */
export type StoredNorm = Omit<SupportNorm, "capDong"> & { capDong: string | null };

/** Where a stored set came from: the seed shipped with the code, or an administrator (never reloaded). */
export type SupportNormSource = "SEED" | "ADMIN";

/** A stored set with what the screen shows besides the domain fields. */
export type SupportNormSetRecord = SupportNormSet & {
  source: SupportNormSource;
  createdAt: Date;
  createdBy: string | null;
};

type Row = typeof supportNormSet.$inferSelect;
type Insert = typeof supportNormSet.$inferInsert;

export function toStoredNorms(norms: readonly SupportNorm[]): StoredNorm[] {
  return norms.map((norm) => ({ ...norm, capDong: norm.capDong === null ? null : norm.capDong.toString() }));
}

function fromStoredNorms(value: unknown): SupportNorm[] {
  if (!Array.isArray(value)) return [];
  return (value as StoredNorm[]).map((norm) => ({
    ...norm,
    capDong: norm.capDong === null || norm.capDong === undefined ? null : BigInt(norm.capDong),
  }));
}

/** The columns of one set, minus who and when (set by the caller). */
export function columnsOf(set: SupportNormSet): Omit<Insert, "source" | "createdAt" | "createdBy"> {
  return {
    id: set.id,
    version: set.version,
    labelVi: set.labelVi,
    legalDocumentKey: set.legalDocumentKey,
    fundingLevel: set.fundingLevel,
    provinceId: set.provinceId,
    validFrom: set.validFrom,
    validTo: set.validTo,
    confidence: set.confidence,
    datesConfidence: set.datesConfidence,
    noteVi: set.noteVi,
    norms: toStoredNorms(set.norms),
  };
}

/** Row → domain set, with every ceiling back to an exact `bigint`. */
export function recordOf(row: Row): SupportNormSetRecord {
  return {
    id: row.id,
    version: row.version,
    labelVi: row.labelVi,
    legalDocumentKey: row.legalDocumentKey,
    fundingLevel: row.fundingLevel as SupportNormSet["fundingLevel"],
    provinceId: row.provinceId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    confidence: row.confidence as SupportNormSet["confidence"],
    datesConfidence: row.datesConfidence as SupportNormSet["datesConfidence"],
    noteVi: row.noteVi,
    norms: fromStoredNorms(row.norms),
    source: row.source === "ADMIN" ? "ADMIN" : "SEED",
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}
