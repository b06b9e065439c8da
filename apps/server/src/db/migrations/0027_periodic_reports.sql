CREATE TABLE "periodic_report" (
	"id" text PRIMARY KEY NOT NULL,
	"template_id" text NOT NULL,
	"province_id" text NOT NULL,
	"year" integer NOT NULL,
	"period_index" smallint NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"due_on" date NOT NULL,
	"state" text DEFAULT 'DRAFT' NOT NULL,
	"first_submitted_at" timestamp with time zone,
	"last_submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "periodic_report_state_ck" CHECK ("periodic_report"."state" IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'APPROVED', 'LOCKED')),
	CONSTRAINT "periodic_report_window_ck" CHECK ("periodic_report"."window_from" <= "periodic_report"."window_to")
);
--> statement-breakpoint
CREATE TABLE "report_cell" (
	"report_id" text NOT NULL,
	"row_code" text NOT NULL,
	"column_code" text NOT NULL,
	"value_kind" text NOT NULL,
	"value" text NOT NULL,
	"source" text NOT NULL,
	"records" jsonb,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "report_cell_report_id_row_code_column_code_pk" PRIMARY KEY("report_id","row_code","column_code"),
	CONSTRAINT "report_cell_column_ck" CHECK ("report_cell"."column_code" IN ('PLAN', 'PERIOD', 'PCT_OF_PLAN', 'PREVIOUS', 'GROWTH', 'PREVIOUS_PLAN', 'PLAN_GROWTH')),
	CONSTRAINT "report_cell_value_kind_ck" CHECK ("report_cell"."value_kind" IN ('PLAN', 'ESTIMATE', 'ACTUAL')),
	CONSTRAINT "report_cell_source_ck" CHECK ("report_cell"."source" IN ('PREFILLED', 'MANUAL'))
);
--> statement-breakpoint
CREATE TABLE "report_cell_revision" (
	"report_id" text NOT NULL,
	"row_code" text NOT NULL,
	"column_code" text NOT NULL,
	"revision" integer NOT NULL,
	"value_kind" text NOT NULL,
	"value" text NOT NULL,
	"source" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_cell_revision_report_id_row_code_column_code_revision_pk" PRIMARY KEY("report_id","row_code","column_code","revision")
);
--> statement-breakpoint
CREATE TABLE "report_comment" (
	"id" text PRIMARY KEY NOT NULL,
	"report_id" text NOT NULL,
	"row_code" text,
	"column_code" text,
	"body" text NOT NULL,
	"submission_number" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"created_by_name" text DEFAULT '' NOT NULL,
	CONSTRAINT "report_comment_nfc_ck" CHECK ("report_comment"."body" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "report_narrative" (
	"report_id" text NOT NULL,
	"section_code" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "report_narrative_report_id_section_code_pk" PRIMARY KEY("report_id","section_code"),
	CONSTRAINT "report_narrative_nfc_ck" CHECK ("report_narrative"."body" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "report_submission" (
	"report_id" text NOT NULL,
	"number" integer NOT NULL,
	"step" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"acknowledgements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" text,
	"submitted_by_name" text DEFAULT '' NOT NULL,
	CONSTRAINT "report_submission_report_id_number_pk" PRIMARY KEY("report_id","number")
);
--> statement-breakpoint
CREATE TABLE "report_template" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"title_vi" text NOT NULL,
	"period_kind" text NOT NULL,
	"window_rule" text NOT NULL,
	"deadline_days_after_window" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_document_id" text NOT NULL,
	"definition" jsonb NOT NULL,
	CONSTRAINT "report_template_period_kind_ck" CHECK ("report_template"."period_kind" IN ('QUARTER', 'HALF_YEAR', 'YEAR', 'CUTOFF_MONTH')),
	CONSTRAINT "report_template_window_rule_ck" CHECK ("report_template"."window_rule" IN ('CALENDAR', 'CUTOFF_15_TO_14')),
	CONSTRAINT "report_template_validity_ck" CHECK ("report_template"."valid_to" IS NULL OR "report_template"."valid_to" >= "report_template"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "periodic_report" ADD CONSTRAINT "periodic_report_template_id_report_template_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."report_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_report" ADD CONSTRAINT "periodic_report_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_cell" ADD CONSTRAINT "report_cell_report_id_periodic_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."periodic_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_cell_revision" ADD CONSTRAINT "report_cell_revision_report_id_periodic_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."periodic_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_comment" ADD CONSTRAINT "report_comment_report_id_periodic_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."periodic_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_narrative" ADD CONSTRAINT "report_narrative_report_id_periodic_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."periodic_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submission" ADD CONSTRAINT "report_submission_report_id_periodic_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."periodic_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_template" ADD CONSTRAINT "report_template_legal_document_id_legal_document_id_fk" FOREIGN KEY ("legal_document_id") REFERENCES "public"."legal_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "periodic_report_period_uq" ON "periodic_report" USING btree ("template_id","province_id","year","period_index");--> statement-breakpoint
CREATE INDEX "periodic_report_province_idx" ON "periodic_report" USING btree ("province_id","year");--> statement-breakpoint
CREATE INDEX "periodic_report_year_idx" ON "periodic_report" USING btree ("year","state");--> statement-breakpoint
CREATE INDEX "report_comment_report_idx" ON "report_comment" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_template_code_version_uq" ON "report_template" USING btree ("code","version");