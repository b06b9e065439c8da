CREATE TABLE "figure_rollup" (
	"unit_id" text NOT NULL,
	"current_unit_id" text NOT NULL,
	"region_as_of" text NOT NULL,
	"region_current" text NOT NULL,
	"year" integer NOT NULL,
	"month" smallint NOT NULL,
	"indicator" text NOT NULL,
	"source" text NOT NULL,
	"carried" boolean NOT NULL,
	"origin" text NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "figure_rollup_unit_id_year_month_indicator_source_carried_origin_pk" PRIMARY KEY("unit_id","year","month","indicator","source","carried","origin")
);
--> statement-breakpoint
CREATE INDEX "figure_rollup_year_idx" ON "figure_rollup" USING btree ("indicator","year");--> statement-breakpoint
CREATE INDEX "figure_rollup_current_idx" ON "figure_rollup" USING btree ("current_unit_id","indicator","year");--> statement-breakpoint
-- One summary cell and its rolled-up cell move together (decision 0007).
CREATE OR REPLACE FUNCTION kc_summary_add(
  p_unit text, p_on date, p_year integer, p_month integer, p_budget_year integer,
  p_indicator text, p_source text, p_content text, p_origin text, p_delta bigint
) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO figure_summary AS f
    (unit_id, current_unit_id, region_as_of, region_current, year, month, budget_year, indicator, source, content, origin, value)
  VALUES (p_unit, kc_current_unit(p_unit), kc_region_at(p_unit, p_on), kc_region_at(kc_current_unit(p_unit), current_date),
    p_year, p_month, p_budget_year, p_indicator, p_source, p_content, p_origin, p_delta)
  ON CONFLICT (unit_id, year, month, budget_year, indicator, source, content, origin)
  DO UPDATE SET value = f.value + EXCLUDED.value;
  INSERT INTO figure_rollup AS r
    (unit_id, current_unit_id, region_as_of, region_current, year, month, indicator, source, carried, origin, value)
  VALUES (p_unit, kc_current_unit(p_unit), kc_region_at(p_unit, p_on), kc_region_at(kc_current_unit(p_unit), current_date),
    p_year, p_month, p_indicator, p_source, p_budget_year < p_year, p_origin, p_delta)
  ON CONFLICT (unit_id, year, month, indicator, source, carried, origin)
  DO UPDATE SET value = r.value + EXCLUDED.value
$$;
--> statement-breakpoint
-- Databases that already hold a summary get its roll-up.
INSERT INTO figure_rollup (unit_id, current_unit_id, region_as_of, region_current, year, month, indicator, source, carried, origin, value)
SELECT unit_id, current_unit_id, region_as_of, region_current, year, month, indicator, source, budget_year < year, origin, sum(value)
FROM figure_summary
GROUP BY unit_id, current_unit_id, region_as_of, region_current, year, month, indicator, source, budget_year < year, origin;
