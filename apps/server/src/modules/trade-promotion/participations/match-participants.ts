import { foldCommuneName, foldForSearch, type ParsedParticipantRow } from "@kc/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, establishment, project } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { establishmentScope } from "../../establishments/establishments.queries";
import { projectScope } from "../../projects/projects.queries";

/**
 * Finds the registry's establishment for each row of a booth-holder list, in a few set-based queries whatever
 * the list's length: by tax code first, then by folded name within the named commune. A row with one candidate
 * is matched; several are a pick list the officer answers (`picks`: row number → establishment id); none is an
 * error. Only establishments in the caller's scope are candidates.
 */
export type Candidate = {
  id: string;
  name: string;
  taxCode: string | null;
  status: string;
  provinceId: string;
  address: string;
};

export type RowMatch =
  | { kind: "MATCHED"; establishment: Candidate }
  | { kind: "AMBIGUOUS"; candidates: Candidate[] }
  | { kind: "UNKNOWN"; messageVi: string };

const CHUNK = 1000;

async function inChunks<T, R>(values: readonly T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < values.length; start += CHUNK)
    out.push(...(await run(values.slice(start, start + CHUNK))));
  return out;
}

const candidateColumns = {
  id: establishment.id,
  name: establishment.name,
  taxCode: establishment.taxCode,
  status: establishment.status,
  provinceId: establishment.provinceId,
  addressText: establishment.addressText,
  communeId: establishment.communeId,
  communeName: adminUnit.name,
};
type CandidateRow = {
  id: string;
  name: string;
  taxCode: string | null;
  status: string;
  provinceId: string;
  addressText: string;
  communeId: string;
  communeName: string;
};

const toCandidate = (row: CandidateRow): Candidate => ({
  id: row.id,
  name: row.name,
  taxCode: row.taxCode,
  status: row.status,
  provinceId: row.provinceId,
  address: [row.addressText, row.communeName].filter((part) => part !== "").join(", "),
});

export async function matchEstablishments(
  db: Db,
  actor: Actor,
  rows: readonly ParsedParticipantRow[],
  picks: ReadonlyMap<number, string>,
): Promise<Map<number, RowMatch>> {
  const taxCodes = [...new Set(rows.flatMap((r) => (r.taxCode ? [r.taxCode] : [])))];
  const byTax = new Map<string, CandidateRow>();
  for (const row of await inChunks(taxCodes, (chunk) =>
    db
      .select(candidateColumns)
      .from(establishment)
      .innerJoin(adminUnit, eq(adminUnit.id, establishment.communeId))
      .where(and(inArray(establishment.taxCode, chunk), establishmentScope(actor))),
  )) {
    if (row.taxCode) byTax.set(row.taxCode, row);
  }

  // Rows not found by tax code look in their commune: the communes named in the file, then their establishments.
  const pending = rows.filter((r) => !(r.taxCode && byTax.has(r.taxCode)) && r.foldedCommune !== null);
  const wanted = new Set(pending.map((r) => r.foldedCommune as string));
  const byName = new Map<string, CandidateRow[]>();
  if (wanted.size > 0) {
    const communes = await db
      .select({ id: adminUnit.id, name: adminUnit.name })
      .from(adminUnit)
      .where(eq(adminUnit.level, "XA"));
    const communeIds = communes.filter((c) => wanted.has(foldCommuneName(c.name))).map((c) => c.id);
    const found = await inChunks(communeIds, (chunk) =>
      db
        .select(candidateColumns)
        .from(establishment)
        .innerJoin(adminUnit, eq(adminUnit.id, establishment.communeId))
        .where(and(inArray(establishment.communeId, chunk), establishmentScope(actor))),
    );
    for (const row of found) {
      const key = `${foldForSearch(row.name)}\u0000${foldCommuneName(row.communeName)}`;
      byName.set(key, [...(byName.get(key) ?? []), row]);
    }
  }

  const result = new Map<number, RowMatch>();
  for (const row of rows) {
    const taxed = row.taxCode ? byTax.get(row.taxCode) : undefined;
    if (taxed) {
      result.set(row.row, { kind: "MATCHED", establishment: toCandidate(taxed) });
      continue;
    }
    const candidates = (
      row.foldedCommune === null ? [] : (byName.get(`${row.foldedName}\u0000${row.foldedCommune}`) ?? [])
    ).map(toCandidate);
    const picked = picks.get(row.row);
    const chosen = picked ? candidates.find((c) => c.id === picked) : undefined;
    if (candidates.length === 1 || chosen) {
      result.set(row.row, { kind: "MATCHED", establishment: chosen ?? (candidates[0] as Candidate) });
    } else if (candidates.length > 1) {
      result.set(row.row, { kind: "AMBIGUOUS", candidates });
    } else {
      result.set(row.row, {
        kind: "UNKNOWN",
        messageVi: row.taxCode
          ? `Không tìm thấy cơ sở có mã số thuế ${row.taxCode}, cũng không có cơ sở tên «${row.name}» ở xã, phường đã ghi`
          : `Không tìm thấy cơ sở tên «${row.name}» ở xã, phường đã ghi trong phạm vi dữ liệu của bạn`,
      });
    }
  }
  return result;
}

/** Paying projects named by code, in the caller's scope: code → id and funding level. */
export async function projectsByCode(db: Db, actor: Actor, codes: readonly string[]) {
  const unique = [...new Set(codes)];
  const rows = unique.length
    ? await db
        .select({
          id: project.id,
          code: project.code,
          fundingLevel: project.fundingLevel,
          provinceId: project.provinceId,
        })
        .from(project)
        .where(and(inArray(project.code, unique), projectScope(actor)))
    : [];
  return new Map(rows.map((row) => [row.code, row]));
}
