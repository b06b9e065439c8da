-- Search blocks learn which words stand next to each other (docs/decisions/0008-search-blocks.md, "Pairs").
-- Three-letter pieces alone cannot tell a block holding "đúc đồng" from one holding "đúc" and "đồng" apart, and
-- the names of a craft are made of common syllables: "đúc đồng", "sơn mài", "khảm trai" qualified in 85–95 % of
-- the blocks while their rows sat in two to four. Each pair of neighbouring words now adds one more piece: the
-- last three characters of the first, the space and the first three of the second, counted only when both words
-- have three characters or more. A query's pairs are a subset of the text's whenever the query is a substring of
-- it: the query's first word ends a word of the text and its last word begins one, so their three characters
-- next to the space are the same. A pair sets two bits (salts '<' and '>'), as pairs are many more kinds than
-- three-letter pieces.
CREATE OR REPLACE FUNCTION kc_gram_positions(p_text text) RETURNS SETOF integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (((hashtext(g[1]) % 8191) + 8191) % 8191)::integer
  FROM generate_series(1, 3) AS k, regexp_matches(substr(p_text, k), '...', 'g') AS g
  UNION ALL
  SELECT (((hashtext(s.salt || right(p.x, 3) || ' ' || left(p.y, 3)) % 8191) + 8191) % 8191)::integer
  FROM (SELECT string_to_array(p_text, ' ') AS a) AS w,
    unnest(w.a[1:cardinality(w.a) - 1], w.a[2:]) AS p(x, y),
    (VALUES ('<'), ('>')) AS s(salt)
  WHERE length(p.x) >= 3 AND length(p.y) >= 3
$$;
--> statement-breakpoint
-- A query's signature: a few dozen bits set one by one, five times cheaper than kc_gram_bits (built for the
-- thousands of bits of a block) and computed on every search.
CREATE FUNCTION kc_query_bits(p_text text) RETURNS bit(8192)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  bits bit(8192) := B'0'::bit(8192);
  position integer;
BEGIN
  FOR position IN SELECT DISTINCT p FROM kc_gram_positions(p_text) AS p LOOP
    bits := set_bit(bits, position, 1);
  END LOOP;
  RETURN bits;
END $$;
--> statement-breakpoint
-- Every block's signature again, with the pairs.
SELECT kc_search_blocks_rebuild(512);
