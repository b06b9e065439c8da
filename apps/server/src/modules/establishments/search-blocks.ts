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
 * Ranges are worth reading one after another only when they leave out much of the register and are few: a word
 * spread evenly over the register (a family or place name) is in nearly every block, and its matches are dense
 * enough that the plain walk in name order finds a page quickly.
 */
const MAX_SHARE_OF_BLOCKS = 0.5;
const MAX_RANGES = 16;

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
      WITH query AS (SELECT kc_gram_bits(ARRAY[${folded}]) AS bits),
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
