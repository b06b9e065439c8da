CREATE TABLE "annual_plan" (
	"id" text PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"year" integer NOT NULL,
	"programme_id" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"total" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "annual_plan_line" (
	"plan_id" text NOT NULL,
	"source" text NOT NULL,
	"content" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "annual_plan_line_plan_id_source_content_pk" PRIMARY KEY("plan_id","source","content")
);
--> statement-breakpoint
CREATE TABLE "annual_plan_revision" (
	"plan_id" text NOT NULL,
	"revision" integer NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"note_vi" text DEFAULT '' NOT NULL,
	"lines" jsonb NOT NULL,
	"total" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"created_by_name" text DEFAULT '' NOT NULL,
	CONSTRAINT "annual_plan_revision_plan_id_revision_pk" PRIMARY KEY("plan_id","revision")
);
--> statement-breakpoint
CREATE TABLE "figure_summary" (
	"unit_id" text NOT NULL,
	"current_unit_id" text NOT NULL,
	"region_as_of" text NOT NULL,
	"region_current" text NOT NULL,
	"year" integer NOT NULL,
	"month" smallint NOT NULL,
	"budget_year" integer NOT NULL,
	"indicator" text NOT NULL,
	"source" text NOT NULL,
	"content" text NOT NULL,
	"origin" text NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "figure_summary_unit_id_year_month_budget_year_indicator_source_content_origin_pk" PRIMARY KEY("unit_id","year","month","budget_year","indicator","source","content","origin")
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"unit_id" text,
	"name_vi" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"issuer_vi" text NOT NULL,
	"year_from" integer NOT NULL,
	"year_to" integer NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "reported_figure" (
	"id" text PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"year" integer NOT NULL,
	"cutoff_month" smallint NOT NULL,
	"indicator" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"value" bigint NOT NULL,
	"value_kind" text NOT NULL,
	"note_vi" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
ALTER TABLE "annual_plan" ADD CONSTRAINT "annual_plan_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_plan_line" ADD CONSTRAINT "annual_plan_line_plan_id_annual_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."annual_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_plan_revision" ADD CONSTRAINT "annual_plan_revision_plan_id_annual_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."annual_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "annual_plan_unit_year_uq" ON "annual_plan" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "annual_plan_year_idx" ON "annual_plan" USING btree ("year");--> statement-breakpoint
CREATE INDEX "figure_summary_year_idx" ON "figure_summary" USING btree ("indicator","year");--> statement-breakpoint
CREATE INDEX "figure_summary_current_idx" ON "figure_summary" USING btree ("current_unit_id","indicator","year");--> statement-breakpoint
CREATE UNIQUE INDEX "reported_figure_key_uq" ON "reported_figure" USING btree ("unit_id","year","indicator","source","content","cutoff_month");--> statement-breakpoint
CREATE INDEX "reported_figure_year_idx" ON "reported_figure" USING btree ("year","unit_id");--> statement-breakpoint
-- Amounts stay whole and non-negative; periods stay in range (DOMAIN §9.5 F9: raw values are stored, never percentages).
ALTER TABLE "annual_plan_line" ADD CONSTRAINT "annual_plan_line_amount_ck" CHECK ("amount" >= 0);
--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_years_ck" CHECK ("year_from" <= "year_to");
--> statement-breakpoint
ALTER TABLE "reported_figure" ADD CONSTRAINT "reported_figure_month_ck" CHECK ("cutoff_month" BETWEEN 1 AND 12);
--> statement-breakpoint
ALTER TABLE "reported_figure" ADD CONSTRAINT "reported_figure_value_ck" CHECK ("value" >= 0);
--> statement-breakpoint
-- The unit a fact of `p_unit` belongs to on today's map: its successor after the 2025 merger, else itself ("TW" too).
CREATE OR REPLACE FUNCTION kc_current_unit(p_unit text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT s.successor_id FROM admin_unit_succession s
      WHERE s.predecessor_id = p_unit ORDER BY s.effective_date DESC, s.id LIMIT 1),
    p_unit)
$$;
--> statement-breakpoint
-- The unit a project's money belonged to on a date. A project records today's province; before the merger took
-- effect its money belonged to the predecessor whose name the new province kept (else the first one listed).
CREATE OR REPLACE FUNCTION kc_unit_at(p_unit text, p_on date) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN p_unit IS NULL THEN 'TW' ELSE coalesce(
    (SELECT s.predecessor_id FROM admin_unit_succession s
       JOIN admin_unit a ON a.id = s.predecessor_id
       JOIN admin_unit b ON b.id = s.successor_id
      WHERE s.successor_id = p_unit AND s.effective_date > p_on
      ORDER BY (a.name = b.name) DESC, s.id LIMIT 1),
    p_unit) END
$$;
--> statement-breakpoint
-- The khuyến công region of a provincial unit on a date ('' for the central agency or a unit in no region);
-- outside any membership period, the nearest one.
CREATE OR REPLACE FUNCTION kc_region_at(p_unit text, p_on date) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    (SELECT m.region_code FROM region_membership m WHERE m.province_id = p_unit
      ORDER BY (m.valid_from <= p_on AND (m.valid_to IS NULL OR m.valid_to >= p_on)) DESC, m.valid_from DESC
      LIMIT 1),
    '')
$$;
--> statement-breakpoint
-- Adds `p_delta` to one summary cell, resolving today's unit and both regions as the row is written.
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
  DO UPDATE SET value = f.value + EXCLUDED.value
$$;
--> statement-breakpoint
-- The funding source a project's money is booked to (packages/domain sourceOfProject): KCQG, or the local level that pays.
CREATE OR REPLACE FUNCTION kc_project_source(p_funding_level text, p_local_level text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p_funding_level = 'KCQG' THEN 'KCQG'
              WHEN p_local_level = 'HUYEN' THEN 'KCDP_HUYEN'
              WHEN p_local_level = 'XA' THEN 'KCDP_XA'
              ELSE 'KCDP_TINH' END
$$;
--> statement-breakpoint
-- The national programmes (DOMAIN §3.8). Numeric targets are not published in the available texts: none seeded.
INSERT INTO "programme" ("id", "level", "name_vi", "decision_number", "decision_date", "issuer_vi", "year_from", "year_to") VALUES
  ('CT-KCQG-2007-2012', 'QUOC_GIA', 'Chương trình khuyến công quốc gia đến năm 2012', '136/2007/QĐ-TTg', '2007-08-20', 'Thủ tướng Chính phủ', 2007, 2012),
  ('CT-KCQG-2014-2020', 'QUOC_GIA', 'Chương trình khuyến công quốc gia đến năm 2020', '1288/QĐ-TTg', '2014-08-01', 'Thủ tướng Chính phủ', 2014, 2020),
  ('CT-KCQG-2021-2025', 'QUOC_GIA', 'Chương trình khuyến công quốc gia giai đoạn 2021–2025', '1881/QĐ-TTg', '2020-11-20', 'Thủ tướng Chính phủ', 2021, 2025),
  ('CT-KCQG-2026-2030', 'QUOC_GIA', 'Chương trình khuyến công quốc gia giai đoạn 2026–2030', '2646/QĐ-BCT', '2025-09-23', 'Bộ trưởng Bộ Công Thương', 2026, 2030)
ON CONFLICT ("id") DO NOTHING;
