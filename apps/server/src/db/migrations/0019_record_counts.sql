-- hand-written below
-- Counts from records (decision 0016): trade-promotion and selection rows keep their counts in the figure summary
-- through triggers, so no write path (use case, import, seed, a hand fix in psql) can forget them, and a write that
-- rolls back takes its count with it. The recount (`summaryDrift`, `npm run summary:rebuild`) reads the same
-- `kc_*_cells` functions, so the incremental path and the rebuild cannot disagree on what a record counts as.

-- One counted fact: a summary cell of origin RECORDS, source '' (counts have no funding source), budget year = year.
CREATE OR REPLACE FUNCTION kc_records_add(
  p_unit text, p_year integer, p_month integer, p_indicator text, p_content text, p_delta bigint
) RETURNS void
LANGUAGE sql AS $$
  SELECT kc_summary_add(p_unit, make_date(p_year, p_month, 1), p_year, p_month, p_year, p_indicator, '', p_content,
    'RECORDS', p_delta)
$$;
--> statement-breakpoint
-- The unit an output counts for: the central agency when the national programme (a KCQG project) paid for it, as
-- the national programme's outputs are the central agency's to report; else the province that recorded it, as it was
-- on the date (a fair with no province is the central agency's own).
CREATE OR REPLACE FUNCTION kc_output_unit(p_province text, p_on date, p_project text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN p_project IS NOT NULL
      AND EXISTS (SELECT 1 FROM project p WHERE p.id = p_project AND p.funding_level = 'KCQG') THEN 'TW'
    ELSE kc_unit_at(p_province, p_on) END
$$;
--> statement-breakpoint
-- What a fair counts for, given its participations and booths (§8.2, §9.7 Q4): only a fair that took place (HELD or
-- REPORTED) counts, in the month it started, for its output unit (kc_output_unit). Participations and booths are two
-- cells, never added to each other; content says domestic or abroad for them and the fair's level for
-- FAIRS_ORGANISED.
CREATE OR REPLACE FUNCTION kc_fair_cells(f fair, p_participations bigint, p_booths bigint)
RETURNS TABLE (unit_id text, year integer, month integer, indicator text, content text, value bigint)
LANGUAGE sql STABLE AS $$
  SELECT kc_output_unit(f.province_id, f.start_date, f.funding_project_id), extract(year FROM f.start_date)::int,
    extract(month FROM f.start_date)::int, c.indicator, c.content, c.value
  FROM (VALUES
    ('FAIRS_ORGANISED', f.level, 1::bigint),
    ('FAIR_PARTICIPATIONS', CASE WHEN f.level = 'ABROAD' THEN 'ABROAD' ELSE 'DOMESTIC' END, p_participations),
    ('BOOTHS', CASE WHEN f.level = 'ABROAD' THEN 'ABROAD' ELSE 'DOMESTIC' END, p_booths)
  ) AS c(indicator, content, value)
  WHERE f.status IN ('HELD', 'REPORTED') AND c.value <> 0
$$;
--> statement-breakpoint
-- Participations and booths of one fair: whole booths plus each shared booth once (trade-promotion schema).
CREATE OR REPLACE FUNCTION kc_fair_participation_counts(p_fair_id text, OUT participations bigint, OUT booths bigint)
LANGUAGE sql STABLE AS $$
  SELECT count(*), coalesce(sum(whole_booths), 0) + count(DISTINCT shared_booth_key)
  FROM fair_participation WHERE fair_id = p_fair_id
$$;
--> statement-breakpoint
-- A fair that starts or stops counting, or moves (date, level, province), takes its participations along.
CREATE OR REPLACE FUNCTION kc_fair_counts_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  counts record;
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.id, OLD.status, OLD.level, OLD.province_id, OLD.start_date, OLD.funding_project_id)
      IS NOT DISTINCT FROM (NEW.id, NEW.status, NEW.level, NEW.province_id, NEW.start_date, NEW.funding_project_id) THEN
    RETURN NULL;
  END IF;
  SELECT * INTO counts FROM kc_fair_participation_counts(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
  PERFORM kc_records_add(d.unit_id, d.year, d.month, d.indicator, d.content, d.value)
  FROM (
    SELECT c.unit_id, c.year, c.month, c.indicator, c.content, sum(c.value)::bigint AS value
    FROM (
      SELECT o.unit_id, o.year, o.month, o.indicator, o.content, -o.value AS value
      FROM kc_fair_cells(OLD, counts.participations, counts.booths) o WHERE TG_OP <> 'INSERT'
      UNION ALL
      SELECT n.unit_id, n.year, n.month, n.indicator, n.content, n.value
      FROM kc_fair_cells(NEW, counts.participations, counts.booths) n WHERE TG_OP <> 'DELETE'
    ) c
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(c.value) <> 0
  ) d;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER fair_counts AFTER INSERT OR UPDATE OR DELETE ON fair
  FOR EACH ROW EXECUTE FUNCTION kc_fair_counts_trigger();
--> statement-breakpoint
-- A statement that changed participations: for every fair it touched, the counts before (the rows now, less the
-- changed ones, plus their old versions) and after (the rows now). Per statement, not per row, because a shared booth
-- is counted once per fair and key: a row-by-row delta would miscount a statement that moves several rows at once.
-- The fair rows are locked first, so two transactions naming the same shared booth count it once.
CREATE OR REPLACE FUNCTION kc_fair_participations_changed(p_old fair_participation[], p_new fair_participation[])
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  fair_ids text[];
  new_ids text[];
BEGIN
  SELECT coalesce(array_agg(n.id), '{}') INTO new_ids FROM unnest(p_new) n;
  SELECT array_agg(DISTINCT x.fair_id ORDER BY x.fair_id) INTO fair_ids
  FROM (SELECT o.fair_id FROM unnest(p_old) o UNION ALL SELECT n.fair_id FROM unnest(p_new) n) x;
  IF fair_ids IS NULL THEN
    RETURN;
  END IF;
  PERFORM 1 FROM fair WHERE id = ANY(fair_ids) ORDER BY id FOR UPDATE;
  PERFORM kc_records_add(d.unit_id, d.year, d.month, d.indicator, d.content, d.value)
  FROM (
    SELECT c.unit_id, c.year, c.month, c.indicator, c.content, sum(c.value)::bigint AS value
    FROM fair f
    CROSS JOIN LATERAL (
      SELECT count(*) AS participations,
        coalesce(sum(p.whole_booths), 0) + count(DISTINCT p.shared_booth_key) AS booths
      FROM (
        SELECT r.whole_booths, r.shared_booth_key FROM fair_participation r
        WHERE r.fair_id = f.id AND NOT EXISTS (SELECT 1 FROM unnest(new_ids) AS n(id) WHERE n.id = r.id)
        UNION ALL
        SELECT o.whole_booths, o.shared_booth_key FROM unnest(p_old) o WHERE o.fair_id = f.id
      ) p
    ) before_change
    CROSS JOIN LATERAL kc_fair_participation_counts(f.id) after_change
    CROSS JOIN LATERAL (
      SELECT b.unit_id, b.year, b.month, b.indicator, b.content, -b.value AS value
      FROM kc_fair_cells(f, before_change.participations, before_change.booths) b
      UNION ALL
      SELECT a.unit_id, a.year, a.month, a.indicator, a.content, a.value
      FROM kc_fair_cells(f, after_change.participations, after_change.booths) a
    ) c
    WHERE f.id = ANY(fair_ids)
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(c.value) <> 0
  ) d;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kc_fair_participation_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kc_fair_participations_changed('{}'::fair_participation[],
    (SELECT array_agg(n::fair_participation) FROM new_rows n));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kc_fair_participation_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kc_fair_participations_changed((SELECT array_agg(o::fair_participation) FROM old_rows o),
    (SELECT array_agg(n::fair_participation) FROM new_rows n));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kc_fair_participation_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kc_fair_participations_changed((SELECT array_agg(o::fair_participation) FROM old_rows o),
    '{}'::fair_participation[]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER fair_participation_counts_insert AFTER INSERT ON fair_participation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kc_fair_participation_inserted();
--> statement-breakpoint
CREATE TRIGGER fair_participation_counts_update AFTER UPDATE ON fair_participation
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kc_fair_participation_updated();
--> statement-breakpoint
CREATE TRIGGER fair_participation_counts_delete AFTER DELETE ON fair_participation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kc_fair_participation_deleted();
--> statement-breakpoint
-- A showroom counts once, in the month it opened, for its output unit (content: at a centre or at an establishment).
CREATE OR REPLACE FUNCTION kc_showroom_cells(s showroom)
RETURNS TABLE (unit_id text, year integer, month integer, indicator text, content text, value bigint)
LANGUAGE sql STABLE AS $$
  SELECT kc_output_unit(s.province_id, s.opened_on, s.funding_project_id), extract(year FROM s.opened_on)::int,
    extract(month FROM s.opened_on)::int, 'SHOWROOMS', s.kind, 1::bigint
  WHERE s.id IS NOT NULL
$$;
--> statement-breakpoint
-- A brand counts when it was supported (support > 0), whatever the IP office decided later: the support was given.
-- Its month is the application's (else the registration's) when that falls in the support year, else December.
CREATE OR REPLACE FUNCTION kc_brand_cells(b brand_support)
RETURNS TABLE (unit_id text, year integer, month integer, indicator text, content text, value bigint)
LANGUAGE sql STABLE AS $$
  SELECT kc_output_unit(b.province_id, make_date(b.year, m.month, 1), b.project_id), b.year, m.month, 'BRANDS',
    b.mark_kind, 1::bigint
  FROM (SELECT CASE WHEN extract(year FROM coalesce(b.application_date, b.registration_date))::int = b.year
    THEN extract(month FROM coalesce(b.application_date, b.registration_date))::int ELSE 12 END AS month) m
  WHERE b.id IS NOT NULL AND b.support_amount > 0
$$;
--> statement-breakpoint
-- A round counts once its results are recognised (RECOGNISED and after), in December of its year, for the province
-- that ran it (district and provincial rounds) or the central agency (regional and national rounds). Its entries
-- (not withdrawn) count with it by level and group; its certificates count in the month they were issued, revoked
-- or not (a revocation does not undo the recognition that year's report counted).
CREATE OR REPLACE FUNCTION kc_round_cells(r selection_round)
RETURNS TABLE (unit_id text, year integer, month integer, indicator text, content text, value bigint)
LANGUAGE sql STABLE AS $$
  SELECT kc_unit_at(r.province_id, make_date(r.year, 12, 31)), r.year, 12, 'SELECTION_ROUNDS', r.level, 1::bigint
  WHERE r.status IN ('RECOGNISED', 'COMPLAINT_WINDOW', 'NOMINATED_UP', 'CLOSED')
  UNION ALL
  SELECT kc_unit_at(r.province_id, make_date(r.year, 12, 31)), r.year, 12, 'SELECTION_ENTRIES',
    r.level || ':' || e.product_group, count(*)
  FROM selection_entry e WHERE e.round_id = r.id AND e.status <> 'WITHDRAWN' GROUP BY e.product_group
  UNION ALL
  SELECT kc_unit_at(r.province_id, c.issued_on), extract(year FROM c.issued_on)::int,
    extract(month FROM c.issued_on)::int, 'PRODUCTS_CERTIFIED', c.level || ':' || c.product_group, count(*)
  FROM selection_certificate c WHERE c.round_id = r.id GROUP BY 1, 2, 3, 5
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kc_entry_cells(e selection_entry)
RETURNS TABLE (unit_id text, year integer, month integer, indicator text, content text, value bigint)
LANGUAGE sql STABLE AS $$
  SELECT kc_unit_at(r.province_id, make_date(r.year, 12, 31)), r.year, 12, 'SELECTION_ENTRIES',
    r.level || ':' || e.product_group, 1::bigint
  FROM selection_round r WHERE r.id = e.round_id AND e.status <> 'WITHDRAWN'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kc_certificate_cells(c selection_certificate)
RETURNS TABLE (unit_id text, year integer, month integer, indicator text, content text, value bigint)
LANGUAGE sql STABLE AS $$
  SELECT kc_unit_at(r.province_id, c.issued_on), extract(year FROM c.issued_on)::int,
    extract(month FROM c.issued_on)::int, 'PRODUCTS_CERTIFIED', c.level || ':' || c.product_group, 1::bigint
  FROM selection_round r WHERE r.id = c.round_id
$$;
--> statement-breakpoint
-- A round that starts or stops counting, or moves (level, place, year), takes its entries and certificates along.
-- Row-level: rounds change one at a time. Its delete runs BEFORE the cascade removes its entries, while they can
-- still be counted.
CREATE OR REPLACE FUNCTION kc_round_counts_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kc_records_add(d.unit_id, d.year, d.month, d.indicator, d.content, d.value)
  FROM (
    SELECT c.unit_id, c.year, c.month, c.indicator, c.content, sum(c.value)::bigint AS value
    FROM (
      SELECT o.unit_id, o.year, o.month, o.indicator, o.content, -o.value AS value
      FROM kc_round_cells(OLD) o WHERE TG_OP <> 'INSERT'
      UNION ALL
      SELECT n.unit_id, n.year, n.month, n.indicator, n.content, n.value
      FROM kc_round_cells(NEW) n WHERE TG_OP <> 'DELETE'
    ) c
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(c.value) <> 0
  ) d;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER selection_round_counts AFTER INSERT OR UPDATE OF status, level, province_id, year ON selection_round
  FOR EACH ROW EXECUTE FUNCTION kc_round_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER selection_round_counts_delete BEFORE DELETE ON selection_round
  FOR EACH ROW EXECUTE FUNCTION kc_round_counts_trigger();
--> statement-breakpoint
-- Rows whose cells do not depend on each other (showrooms, brands, entries, certificates): once per statement, the
-- cells of the old rows leave and those of the new rows come, summed per cell, so a bulk insert of a round's 300
-- certificates writes one cell, not 300. TG_ARGV[0] names the table's cells function; the transition tables exist
-- only for the events that have them, so the query names only those.
CREATE OR REPLACE FUNCTION kc_record_counts_statement() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parts text[] := '{}';
BEGIN
  IF TG_OP <> 'INSERT' THEN
    parts := parts || format('SELECT c.unit_id, c.year, c.month, c.indicator, c.content, -c.value AS value
      FROM old_rows o CROSS JOIN LATERAL %I(o) c', TG_ARGV[0]);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    parts := parts || format('SELECT c.unit_id, c.year, c.month, c.indicator, c.content, c.value
      FROM new_rows n CROSS JOIN LATERAL %I(n) c', TG_ARGV[0]);
  END IF;
  EXECUTE 'SELECT count(*) FROM (SELECT kc_records_add(d.unit_id, d.year, d.month, d.indicator, d.content, d.value)
    FROM (SELECT x.unit_id, x.year, x.month, x.indicator, x.content, sum(x.value)::bigint AS value
      FROM (' || array_to_string(parts, ' UNION ALL ') || ') x
      GROUP BY 1, 2, 3, 4, 5 HAVING sum(x.value) <> 0) d) applied';
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER showroom_counts_insert AFTER INSERT ON showroom REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_showroom_cells');
--> statement-breakpoint
CREATE TRIGGER showroom_counts_update AFTER UPDATE ON showroom REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_showroom_cells');
--> statement-breakpoint
CREATE TRIGGER showroom_counts_delete AFTER DELETE ON showroom REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_showroom_cells');
--> statement-breakpoint
CREATE TRIGGER brand_support_counts_insert AFTER INSERT ON brand_support REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_brand_cells');
--> statement-breakpoint
CREATE TRIGGER brand_support_counts_update AFTER UPDATE ON brand_support
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_brand_cells');
--> statement-breakpoint
CREATE TRIGGER brand_support_counts_delete AFTER DELETE ON brand_support REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_brand_cells');
--> statement-breakpoint
CREATE TRIGGER selection_entry_counts_insert AFTER INSERT ON selection_entry REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_entry_cells');
--> statement-breakpoint
CREATE TRIGGER selection_entry_counts_update AFTER UPDATE ON selection_entry
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_entry_cells');
--> statement-breakpoint
CREATE TRIGGER selection_entry_counts_delete AFTER DELETE ON selection_entry REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_entry_cells');
--> statement-breakpoint
CREATE TRIGGER selection_certificate_counts_insert AFTER INSERT ON selection_certificate
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_certificate_cells');
--> statement-breakpoint
CREATE TRIGGER selection_certificate_counts_update AFTER UPDATE ON selection_certificate
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_certificate_cells');
--> statement-breakpoint
CREATE TRIGGER selection_certificate_counts_delete AFTER DELETE ON selection_certificate
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kc_record_counts_statement('kc_certificate_cells');
