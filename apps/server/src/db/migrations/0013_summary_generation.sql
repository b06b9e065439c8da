CREATE TABLE "figure_summary_generation" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "figure_summary_generation_one_row" CHECK ("figure_summary_generation"."id")
);
--> statement-breakpoint
-- The one row (decision 0009).
INSERT INTO figure_summary_generation (id, generation) VALUES (true, 0);
--> statement-breakpoint
-- Every statement that writes the summary or its roll-up moves the generation, in its own transaction: readers see
-- the new number exactly when they can see the new figures. Statement-level, so a rebuild bumps it twice, not once
-- per row.
CREATE OR REPLACE FUNCTION kc_summary_generation_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE figure_summary_generation SET generation = generation + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER figure_summary_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON figure_summary
  FOR EACH STATEMENT EXECUTE FUNCTION kc_summary_generation_bump();
--> statement-breakpoint
CREATE TRIGGER figure_rollup_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON figure_rollup
  FOR EACH STATEMENT EXECUTE FUNCTION kc_summary_generation_bump();
