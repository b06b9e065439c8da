import { and, gte, lt, type SQL, sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { establishment } from "../../db/schema/index";

/**
 * Search blocks (docs/decisions/0008-search-blocks.md): a search in name order reads only the ranges of the order
 * whose signatures hold every piece of the query. The blocks are kept by the triggers of migration 0012; this file
 * chooses the ranges for a query and reads ids from them in order.
 */

/** Rows per block when blocks are cut; a block is cut again once it holds twice as many. */
export const SEARCH_BLOCK_ROWS = 512;

/**
 * Ranges are worth reading only when they leave out much of the register: a word spread evenly over the register
 * (a family or place name) is in nearly every block, and its matches are dense enough that the plain walk in name
 * order finds a page quickly (or the planner takes the trigram index). The number of ranges costs little, as they
 * are read in one statement (idsInRanges); the bound only keeps that statement's arrays small.
 */
const MAX_SHARE_OF_BLOCKS = 0.5;
const MAX_RANGES = 200;

export type KeyRange = { from: string; to: string | null };

/** What a block needs of a row: where it sits in the name order and the text it is searched by. */
export type SearchRow = { sortKey: string; searchText: string };

/**
 * The ranges of the name order that can hold a match of the folded query, in order, adjacent blocks joined; `null`
 * when the blocks would not narrow the search enough to be worth it (then the plain walk is used).
 */
export async function candidateRanges(db: Db, folded: string): Promise<KeyRange[] | null> {
  // A query of fewer than 3 characters has no pieces: every block would qualify.
  if (Array.from(folded).length < 3) return null;
  const rows = rowsOf<{ first_key: string; next_key: string | null; blocks: number }>(
    await db.execute(sql`
      WITH query AS (SELECT kc_query_bits(${folded}) AS bits),
      blocks AS (
        SELECT b.first_key, lead(b.first_key) OVER (ORDER BY b.first_key) AS next_key, b.bits & q.bits = q.bits AS hit
        FROM establishment_search_block b, query q)
      SELECT first_key, next_key, (SELECT count(*) FROM blocks)::int AS blocks
      FROM blocks WHERE hit ORDER BY first_key`),
  );
  const total = rows[0]?.blocks ?? 0;
  if (rows.length > total * MAX_SHARE_OF_BLOCKS) return null;
  const ranges: KeyRange[] = [];
  for (const row of rows) {
    const last = ranges.at(-1);
    if (last && last.to === row.first_key) last.to = row.next_key;
    else ranges.push({ from: row.first_key, to: row.next_key });
  }
  return ranges.length > MAX_RANGES ? null : ranges;
}

/** The condition that keeps a query inside one range of the name order. */
export function inRange(range: KeyRange): SQL | undefined {
  return and(
    gte(establishment.sortKey, range.from),
    range.to === null ? undefined : lt(establishment.sortKey, range.to),
  );
}

/** The first `max` ids of the rows that meet `where`, in the given order: one walk of the covering index. */
export async function orderedIds(
  db: Db,
  where: SQL | undefined,
  order: readonly SQL[],
  max: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: establishment.id })
    .from(establishment)
    .where(where)
    .orderBy(...order)
    .limit(max);
  return rows.map((row) => row.id);
}

/**
 * The ids of the rows that meet `where`, in name order (or its reverse), read range by range until `limit`. The
 * closed ranges are ONE statement: a nested loop over the ranges in order, each an ordered walk of its part of the
 * covering index, that stops as soon as it has the bound (a UNION ALL merged by ORDER BY would start every range
 * and read the empty ones to their end). A nested loop keeps the order of its outer rows (the ranges, numbered
 * WITH ORDINALITY) and, within each, its inner ORDER BY; the numbers are checked, so a plan that broke this would
 * fail loudly instead of answering a wrong page. The open last range, whose bound cannot be an index bound in the
 * same statement, is read on its own when it is needed.
 */
export async function idsInRanges(
  db: Db,
  where: SQL | undefined,
  order: readonly SQL[],
  ranges: readonly KeyRange[],
  limit: number,
  descending: boolean,
): Promise<string[]> {
  const open = ranges.find((range) => range.to === null);
  const closed = ranges.filter((range) => range.to !== null);
  const walkOpen = async (max: number) =>
    open && max > 0 ? orderedIds(db, and(where, inRange(open)), order, max) : [];
  const walkClosed = async (max: number) => {
    if (closed.length === 0 || max <= 0) return [];
    const inOrder = descending ? closed.toReversed() : closed;
    const walk = db
      .select({ id: establishment.id })
      .from(establishment)
      .where(and(where, sql`${establishment.sortKey} >= r.lo`, sql`${establishment.sortKey} < r.hi`))
      .orderBy(...order)
      .limit(max);
    const rows = rowsOf<{ id: string; ord: string | number }>(
      await db.execute(sql`
        SELECT w.id, r.ord
        FROM unnest(${sql.param(inOrder.map((r) => r.from))}::text[], ${sql.param(inOrder.map((r) => r.to))}::text[])
          WITH ORDINALITY AS r(lo, hi, ord)
        CROSS JOIN LATERAL (${walk}) AS w
        LIMIT ${max}`),
    );
    rows.forEach((row, i) => {
      if (i > 0 && Number(row.ord) < Number(rows[i - 1]?.ord))
        throw new Error("search ranges came back out of order");
    });
    return rows.map((row) => row.id);
  };
  if (descending) {
    const last = await walkOpen(limit);
    return [...last, ...(await walkClosed(limit - last.length))];
  }
  const first = await walkClosed(limit);
  return [...first, ...(await walkOpen(limit - first.length))];
}

/**
 * For a transaction that writes many rows in many statements (an import): the triggers leave the blocks alone until
 * addToSearchBlocks is called with every row written, before the commit. Local to the transaction.
 */
export async function deferSearchBlocks(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT set_config('kc.search_blocks', 'deferred', true)`);
}

/** Sets the bits of these rows in their blocks, in one pass (what the triggers do statement by statement). */
export async function addToSearchBlocks(tx: Db, rows: readonly SearchRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    SELECT kc_search_blocks_add(${sql.param(rows.map((r) => r.sortKey))}::text[],
      ${sql.param(rows.map((r) => r.searchText))}::text[])`);
}

/**
 * Cuts the blocks that have grown (after imports and at start). Never throws: the blocks stay correct without it,
 * only less selective.
 */
export async function splitSearchBlocks(db: Db, logger: Pick<Logger, "info" | "warn">): Promise<void> {
  const started = performance.now();
  try {
    const [row] = rowsOf<{ cut: number }>(
      await db.execute(sql`SELECT kc_search_blocks_split(${SEARCH_BLOCK_ROWS}) AS cut`),
    );
    if (row && row.cut > 0)
      logger.info({ cut: row.cut, ms: Math.round(performance.now() - started) }, "search blocks cut");
  } catch (error) {
    logger.warn({ err: error }, "cutting the search blocks failed");
  }
}
