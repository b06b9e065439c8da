CREATE TABLE "establishment_search_block" (
	"first_key" text PRIMARY KEY NOT NULL,
	"bits" bit(8192) NOT NULL
);
--> statement-breakpoint
-- Search blocks (docs/decisions/0008-search-blocks.md). The pieces of a text are its runs of 3 characters, spaces
-- included: a row can only match "%may tre%" if its pieces include "may", "ay ", "y t", " tr" and "tre". A
-- signature sets one of 8,191 bits per piece (PostgreSQL's own hashtext(), the same in PGlite; both sides of a
-- comparison are computed by the same server, and a rebuild recomputes every signature). Three regular-expression
-- passes find the pieces: much faster than a substr() per character, which walks the UTF-8 text from its start.
CREATE FUNCTION kc_gram_positions(p_text text) RETURNS SETOF integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (((hashtext(g[1]) % 8191) + 8191) % 8191)::integer
  FROM generate_series(1, 3) AS k, regexp_matches(substr(p_text, k), '...', 'g') AS g
$$;
--> statement-breakpoint
-- The signature with the given bits set, built in one pass over its 1,024 bytes (set_bit() in a loop copies the
-- whole kilobyte for every bit).
CREATE FUNCTION kc_bits_of(p_positions integer[]) RETURNS bit(8192)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ('x' || string_agg(lpad(to_hex(coalesce(b.v, 0)), 2, '0'), '' ORDER BY i))::bit(8192)
  FROM generate_series(0, 1023) AS i
  LEFT JOIN (
    SELECT p / 8 AS byte, bit_or(128 >> (p % 8)) AS v FROM unnest(p_positions) AS p GROUP BY 1
  ) AS b ON b.byte = i
$$;
--> statement-breakpoint
CREATE FUNCTION kc_gram_bits(p_texts text[]) RETURNS bit(8192)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT kc_bits_of(array_agg(DISTINCT p)) FROM unnest(p_texts) AS t, kc_gram_positions(t) AS p
$$;
--> statement-breakpoint
-- Sets in each block the bits its new or changed rows bring. Tests bit by bit first and writes nothing when no bit
-- is new, which after the first weeks is nearly always, so writers of one range rarely wait for each other. A row's
-- block is the last whose first key is not after its sort key (one probe of the primary key; the first block's key
-- is '', so every row has one).
CREATE FUNCTION kc_search_blocks_add(p_keys text[], p_texts text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(p_keys), 0) = 0 THEN RETURN; END IF;
  -- Taken before reading the blocks: a split or rebuild running now (EXCLUSIVE) is waited for, and the blocks
  -- read below are then those it left, never ones it has deleted.
  LOCK TABLE establishment_search_block IN ROW EXCLUSIVE MODE;
  WITH placed AS (
    SELECT blk.first_key AS block, t.search_text
    FROM unnest(p_keys, p_texts) AS t(sort_key, search_text)
    CROSS JOIN LATERAL (
      SELECT b.first_key FROM establishment_search_block b WHERE b.first_key <= t.sort_key
      ORDER BY b.first_key DESC LIMIT 1
    ) AS blk
  ), new_bits AS (
    -- Each piece's bit is tested before anything is grouped: nearly all are set already, so the grouping (which
    -- would otherwise hash every piece of every row) sees only the few new ones.
    SELECT DISTINCT p.block, pos
    FROM placed p
    JOIN establishment_search_block b ON b.first_key = p.block
    CROSS JOIN LATERAL kc_gram_positions(p.search_text) AS pos
    WHERE get_bit(b.bits, pos) = 0
  ), missing AS (
    SELECT block, array_agg(pos) AS positions FROM new_bits GROUP BY block
  ), locked AS (
    -- One order for every writer, so two imports touching the same blocks cannot deadlock.
    SELECT b.first_key FROM establishment_search_block b WHERE b.first_key IN (SELECT block FROM missing)
    ORDER BY b.first_key FOR UPDATE
  )
  UPDATE establishment_search_block b SET bits = b.bits | kc_bits_of(m.positions)
  FROM missing m WHERE b.first_key = m.block AND b.first_key IN (SELECT first_key FROM locked);
END $$;
--> statement-breakpoint
-- A transaction that writes many rows in many statements (an import) may set kc.search_blocks = 'deferred' for
-- itself (set_config(…, true)) and call kc_search_blocks_add once for all its rows before it commits: one pass
-- instead of one per statement.
CREATE FUNCTION kc_search_blocks_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kc.search_blocks', true) = 'deferred' THEN RETURN NULL; END IF;
  PERFORM kc_search_blocks_add(array_agg(n.sort_key), array_agg(n.search_text)) FROM kc_new_rows n;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Only rows whose text or place in the order changed (an archive, a support flag or a version bump adds nothing).
CREATE FUNCTION kc_search_blocks_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kc.search_blocks', true) = 'deferred' THEN RETURN NULL; END IF;
  -- EXCEPT hashes; a join of the two transition tables (no statistics) was planned as a nested loop.
  PERFORM kc_search_blocks_add(array_agg(c.sort_key), array_agg(c.search_text))
  FROM (
    SELECT n.id, n.sort_key, n.search_text FROM kc_new_rows n
    EXCEPT
    SELECT o.id, o.sort_key, o.search_text FROM kc_old_rows o
  ) c;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER establishment_search_blocks_insert AFTER INSERT ON establishment
REFERENCING NEW TABLE AS kc_new_rows FOR EACH STATEMENT EXECUTE FUNCTION kc_search_blocks_inserted();
--> statement-breakpoint
CREATE TRIGGER establishment_search_blocks_update AFTER UPDATE ON establishment
REFERENCING OLD TABLE AS kc_old_rows NEW TABLE AS kc_new_rows FOR EACH STATEMENT EXECUTE FUNCTION kc_search_blocks_updated();
--> statement-breakpoint
-- Replaces the block [p_lo, p_hi) by blocks of p_target rows each, their bits recomputed from the rows. A block
-- starts at a row's sort key and rows of equal keys stay together (the window's peers), so every row is in the
-- block that kc_search_blocks_add() finds for it. Status is listed in full (the CHECK on
-- establishment.status) so that the list indexes serve the range; the range is written into the statement
-- (EXECUTE) so that its upper bound, absent for the last block, is an index bound and not an OR that would read
-- to the end of the index.
CREATE FUNCTION kc_search_blocks_cut(p_lo text, p_hi text, p_target integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE made integer;
BEGIN
  DELETE FROM establishment_search_block WHERE first_key = p_lo;
  EXECUTE format($q$
    INSERT INTO establishment_search_block (first_key, bits)
    SELECT m.block, kc_gram_bits(array_agg(m.search_text))
    FROM (
      SELECT r.search_text,
        max(CASE WHEN r.rn = 1 THEN %1$L WHEN (r.rn - 1) %% %3$s = 0 THEN r.sort_key END)
          OVER (ORDER BY r.sort_key) AS block
      FROM (
        SELECT e.sort_key, e.search_text, row_number() OVER (ORDER BY e.sort_key, e.id) AS rn
        FROM establishment e
        WHERE e.status IN ('ACTIVE', 'ARCHIVED') AND e.sort_key >= %1$L %2$s
      ) r
    ) m
    GROUP BY m.block$q$,
    p_lo, CASE WHEN p_hi IS NULL THEN '' ELSE format('AND e.sort_key < %L', p_hi) END, p_target);
  GET DIAGNOSTICS made = ROW_COUNT;
  -- An empty range keeps its block, so that every sort key still falls in one.
  IF made = 0 THEN
    INSERT INTO establishment_search_block (first_key, bits) VALUES (p_lo, repeat('0', 8192)::bit(8192));
    made := 1;
  END IF;
  RETURN made;
END $$;
--> statement-breakpoint
-- Cuts every block that has grown past twice the target size (new rows land in existing blocks) and holds more
-- than one sort key (rows of one key cannot be parted). Counted in one statement, a range of the list index per
-- block; the last block, open above, is its own branch so that every other range keeps both index bounds. Answers
-- the number of blocks cut.
CREATE FUNCTION kc_search_blocks_split(p_target integer) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  blk record;
  cut integer := 0;
BEGIN
  LOCK TABLE establishment_search_block IN EXCLUSIVE MODE;
  FOR blk IN
    WITH bounds AS (
      SELECT first_key AS lo, lead(first_key) OVER (ORDER BY first_key) AS hi FROM establishment_search_block
    )
    SELECT b.lo, b.hi FROM bounds b
    CROSS JOIN LATERAL (
      SELECT count(*) AS n, min(e.sort_key) <> max(e.sort_key) AS differ FROM establishment e
      WHERE e.status IN ('ACTIVE', 'ARCHIVED') AND e.sort_key >= b.lo AND e.sort_key < b.hi
    ) AS c
    WHERE b.hi IS NOT NULL AND c.n > 2 * p_target AND c.differ
    UNION ALL
    SELECT b.lo, NULL FROM bounds b
    CROSS JOIN LATERAL (
      SELECT count(*) AS n, min(e.sort_key) <> max(e.sort_key) AS differ FROM establishment e
      WHERE e.status IN ('ACTIVE', 'ARCHIVED') AND e.sort_key >= b.lo
    ) AS c
    WHERE b.hi IS NULL AND c.n > 2 * p_target AND c.differ
  LOOP
    PERFORM kc_search_blocks_cut(blk.lo, blk.hi, p_target);
    cut := cut + 1;
  END LOOP;
  RETURN cut;
END $$;
--> statement-breakpoint
-- Recomputes every block from the rows (after a bulk load that ran with the triggers disabled).
CREATE FUNCTION kc_search_blocks_rebuild(p_target integer) RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE establishment_search_block IN EXCLUSIVE MODE;
  DELETE FROM establishment_search_block;
  RETURN kc_search_blocks_cut('', NULL, p_target);
END $$;
--> statement-breakpoint
-- Rows whose block lacks a bit of their own: always 0 unless the blocks are broken (tests and checks by hand).
CREATE FUNCTION kc_search_blocks_violations() RETURNS bigint
LANGUAGE sql STABLE AS $$
  SELECT count(*) FROM establishment e
  CROSS JOIN LATERAL (
    SELECT b.bits FROM establishment_search_block b WHERE b.first_key <= e.sort_key ORDER BY b.first_key DESC LIMIT 1
  ) AS blk
  WHERE blk.bits & kc_gram_bits(ARRAY[e.search_text]) <> kc_gram_bits(ARRAY[e.search_text])
$$;
--> statement-breakpoint
SELECT kc_search_blocks_rebuild(512);
