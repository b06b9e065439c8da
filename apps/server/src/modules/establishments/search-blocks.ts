import { and, gte, lt, type SQL, sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { establishment } from "../../db/schema/index";
import { yieldToEventLoop } from "../../platform/event-loop";

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

/** Sets the bits of these rows in their blocks, a few thousand rows a pass (what the triggers do statement by statement). */
export async function addToSearchBlocks(tx: Db, rows: readonly SearchRow[]): Promise<void> {
  // A few thousand rows a statement, with a turn for other requests between them: one statement for a
  // 50,000-row import held PGlite's thread, and every request, for several seconds.
  for (let start = 0; start < rows.length; start += SEARCH_BLOCK_ADD_BATCH) {
    const batch = rows.slice(start, start + SEARCH_BLOCK_ADD_BATCH);
    await tx.execute(sql`
      SELECT kc_search_blocks_add(${sql.param(batch.map((r) => r.sortKey))}::text[],
        ${sql.param(batch.map((r) => r.searchText))}::text[])`);
    await yieldToEventLoop();
  }
}

const SEARCH_BLOCK_ADD_BATCH = 2_000;

/**
 * Cuts the blocks that have grown (after imports and at start). Never throws: the blocks stay correct without it,
 * only less selective. The grown blocks are counted forty at a time (kc_search_blocks_split's own query) and cut a
 * piece at a time (cutInPieces), with a turn for other requests between statements: one call cutting them all
 * held PGlite's thread, and every request, for about 9 s after a 50,000-row import.
 */
export async function splitSearchBlocks(
  db: Db,
  logger: Pick<Logger, "info" | "warn">,
  target = SEARCH_BLOCK_ROWS,
): Promise<void> {
  const started = performance.now();
  try {
    const grown: string[] = [];
    const keys = rowsOf<{ k: string }>(
      await db.execute(sql`SELECT first_key AS k FROM establishment_search_block ORDER BY first_key`),
    ).map((row) => row.k);
    for (let at = 0; at < keys.length; at += SPLIT_COUNT_BATCH) {
      grown.push(
        ...(await grownBlocks(db, keys[at] as string, keys[at + SPLIT_COUNT_BATCH] ?? null, target)),
      );
      await yieldToEventLoop();
    }
    let cut = 0;
    for (const lo of grown) cut += await cutInPieces(db, lo, target);
    if (cut > 0) logger.info({ cut, ms: Math.round(performance.now() - started) }, "search blocks cut");
  } catch (error) {
    logger.warn({ err: error }, "cutting the search blocks failed");
  }
}

/** Blocks counted a batch at a time: counting all of them in one statement took seconds of PGlite's thread. */
const SPLIT_COUNT_BATCH = 40;

/**
 * The blocks with first keys in [from, to) that have grown past twice the target and hold more than one sort key
 * (kc_search_blocks_split's query): the last block, open above, is its own branch so that every other range keeps
 * both index bounds.
 */
async function grownBlocks(db: Db, from: string, to: string | null, target: number): Promise<string[]> {
  const rows = rowsOf<{ lo: string }>(
    await db.execute(sql`
      WITH bounds AS (
        SELECT first_key AS lo, lead(first_key) OVER (ORDER BY first_key) AS hi FROM establishment_search_block
      )
      SELECT b.lo FROM bounds b
      CROSS JOIN LATERAL (
        SELECT count(*) AS n, min(e.sort_key) <> max(e.sort_key) AS differ FROM establishment e
        WHERE e.status IN ('ACTIVE', 'ARCHIVED') AND e.sort_key >= b.lo AND e.sort_key < b.hi
      ) AS c
      WHERE b.lo >= ${from} AND (${to}::text IS NULL OR b.lo < ${to})
        AND b.hi IS NOT NULL AND c.n > 2 * ${target} AND c.differ
      UNION ALL
      SELECT b.lo FROM bounds b
      CROSS JOIN LATERAL (
        SELECT count(*) AS n, min(e.sort_key) <> max(e.sort_key) AS differ FROM establishment e
        WHERE e.status IN ('ACTIVE', 'ARCHIVED') AND e.sort_key >= b.lo
      ) AS c
      WHERE b.lo >= ${from} AND b.hi IS NULL AND c.n > 2 * ${target} AND c.differ`),
  );
  return rows.map((row) => row.lo);
}

const EMPTY_BITS = sql`repeat('0', 8192)::bit(8192)`;

/**
 * Cuts one grown block into blocks of about `target` rows, one new block per transaction, from the top of
 * its range down, so that at every moment each row's block (the last first key at or below its sort key) holds
 * its bits: a new block's bits are computed from every row up to the next block, and the old block keeps its
 * wider bits until the last step narrows them to its own rows. Rows of one sort key are never parted. Answers 1
 * when the block was cut.
 */
async function cutInPieces(db: Db, lo: string, target: number): Promise<number> {
  const [next] = rowsOf<{ hi: string | null }>(
    await db.execute(
      sql`SELECT min(first_key) AS hi FROM establishment_search_block WHERE first_key > ${lo}`,
    ),
  );
  const hi = next?.hi ?? null;
  const below = (upper: string | null) => (upper === null ? sql`` : sql`AND e.sort_key < ${upper}`);
  const starts = rowsOf<{ k: string }>(
    await db.execute(sql`
      SELECT DISTINCT r.sort_key AS k FROM (
        SELECT e.sort_key, row_number() OVER (ORDER BY e.sort_key, e.id) AS rn FROM establishment e
        WHERE e.status IN ('ACTIVE', 'ARCHIVED') AND e.sort_key >= ${lo} ${below(hi)}
      ) r
      WHERE r.rn > 1 AND (r.rn - 1) % ${target} = 0 AND r.sort_key > ${lo}
      ORDER BY 1`),
  ).map((row) => row.k);
  if (starts.length === 0) return 0;
  const bounds = [lo, ...starts, hi];
  for (let i = starts.length; i >= 0; i--) {
    const first = bounds[i] as string;
    const upper = bounds[i + 1] ?? null;
    const bits = sql`(SELECT coalesce(kc_gram_bits(array_agg(e.search_text)), ${EMPTY_BITS}) FROM establishment e
      WHERE e.status IN ('ACTIVE', 'ARCHIVED') AND e.sort_key >= ${first} ${below(upper)})`;
    await db.transaction(async (tx) => {
      await tx.execute(sql`LOCK TABLE establishment_search_block IN EXCLUSIVE MODE`);
      await tx.execute(
        i === 0
          ? sql`UPDATE establishment_search_block SET bits = ${bits} WHERE first_key = ${first}`
          : sql`INSERT INTO establishment_search_block (first_key, bits) VALUES (${first}, ${bits})
              ON CONFLICT (first_key) DO UPDATE SET bits = EXCLUDED.bits`,
      );
    });
    await yieldToEventLoop();
  }
  return 1;
}
