import type { CriterionGroup, FrameCriterion, MemberRole, SummaryInput } from "@kc/domain";
import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  establishment,
  selectionCriterion,
  selectionEntry,
  selectionMember,
  selectionScore,
  selectionScoreSheet,
} from "../../../db/schema/index";

/** Every query scoring reads, always for one round the caller already reaches (round-access.ts). */

export async function criteriaOf(db: Db, roundId: string) {
  return db
    .select()
    .from(selectionCriterion)
    .where(eq(selectionCriterion.roundId, roundId))
    .orderBy(asc(selectionCriterion.position));
}

/**
 * The frame as the domain rules read it: the criterion id is its code (sheets key their scores by it), its
 * position how messages name it, the maximum an exact number of points.
 */
export function frameOf(
  rows: readonly {
    id: string;
    position: number;
    criterionGroup: CriterionGroup;
    label: string;
    maxPoints: string;
  }[],
): FrameCriterion[] {
  return rows.map((row) => ({
    code: row.id,
    displayCode: String(row.position),
    group: row.criterionGroup,
    label: row.label,
    maxPoints: Number(row.maxPoints),
  }));
}

export async function juryOf(db: Db, roundId: string) {
  return db
    .select()
    .from(selectionMember)
    .where(
      and(
        eq(selectionMember.roundId, roundId),
        eq(selectionMember.body, "JURY"),
        eq(selectionMember.active, true),
      ),
    )
    .orderBy(asc(selectionMember.createdAt), asc(selectionMember.id));
}

/** Entries that are judged: everything but withdrawn and ineligible ones. */
export async function judgedEntriesOf(db: Db, roundId: string) {
  return db
    .select({
      id: selectionEntry.id,
      establishmentId: selectionEntry.establishmentId,
      establishmentName: establishment.name,
      productName: selectionEntry.productName,
      productGroup: selectionEntry.productGroup,
      status: selectionEntry.status,
      meanScore: selectionEntry.meanScore,
      rank: selectionEntry.rank,
      proposed: selectionEntry.proposed,
      version: selectionEntry.version,
    })
    .from(selectionEntry)
    .innerJoin(establishment, eq(establishment.id, selectionEntry.establishmentId))
    .where(
      and(
        eq(selectionEntry.roundId, roundId),
        notInArray(selectionEntry.status, ["WITHDRAWN", "INELIGIBLE"]),
      ),
    )
    .orderBy(asc(selectionEntry.productName), asc(selectionEntry.id));
}

export type StoredSheet = {
  id: string;
  entryId: string;
  memberId: string;
  version: number;
  note: string;
  total: string;
  scores: Record<string, number>;
};

/**
 * Stored sheets of a round, optionally only some members', each with its scores keyed by criterion id, in ONE
 * statement: the scores are gathered per sheet by the database (a round of 300 entries and 13 jurors is 3,900
 * sheets and 31,200 scores). Reading the scores by a list of the sheets' ids made a statement of 3,900 parameters
 * whose building and 31,200 result rows cost about 300 ms per summary (docs/benchmarks.md). A join grouped by
 * sheet, not a subquery per sheet: PostgreSQL costs 3,900 subqueries above its JIT threshold and compiles the
 * plan on every call (30–80 ms), which the join never reaches.
 */
export async function sheetsOf(
  db: Db,
  roundId: string,
  memberIds?: readonly string[],
): Promise<StoredSheet[]> {
  if (memberIds && memberIds.length === 0) return [];
  const rows = await db
    .select({
      id: selectionScoreSheet.id,
      entryId: selectionScoreSheet.entryId,
      memberId: selectionScoreSheet.memberId,
      version: selectionScoreSheet.version,
      note: selectionScoreSheet.note,
      total: selectionScoreSheet.total,
      // Points are multiples of 0.5 below 1,000: exact as JSON numbers.
      scores: sql<Record<
        string,
        number
      > | null>`json_object_agg(${selectionScore.criterionId}, ${selectionScore.points})
        filter (where ${selectionScore.criterionId} is not null)`,
    })
    .from(selectionScoreSheet)
    .leftJoin(selectionScore, eq(selectionScore.sheetId, selectionScoreSheet.id))
    .where(
      and(
        eq(selectionScoreSheet.roundId, roundId),
        memberIds ? inArray(selectionScoreSheet.memberId, [...memberIds]) : undefined,
      ),
    )
    .groupBy(selectionScoreSheet.id);
  return rows.map((row) => ({ ...row, scores: row.scores ?? {} }));
}

/** What the summary rules need, read from the stored rows only. */
export async function summaryInputOf(
  db: Db,
  roundId: string,
  readSheets: () => Promise<StoredSheet[]> = () => sheetsOf(db, roundId),
) {
  // One after another: inside a transaction the queries share one connection.
  const criteria = await criteriaOf(db, roundId);
  const jury = await juryOf(db, roundId);
  const entries = await judgedEntriesOf(db, roundId);
  const sheets = await readSheets();
  const input: SummaryInput = {
    criteria: frameOf(criteria),
    jurors: jury.map((member) => ({ memberId: member.id })),
    entries: entries.map((entry) => ({ entryId: entry.id, establishmentId: entry.establishmentId })),
    sheets,
    conflicts: jury.flatMap((member) =>
      member.conflictEstablishmentIds.map((establishmentId) => ({ memberId: member.id, establishmentId })),
    ),
  };
  return { input, criteria, jury, entries };
}

export const juryRoles: readonly MemberRole[] = ["JURY_HEAD", "JURY_DEPUTY", "JUROR"];
