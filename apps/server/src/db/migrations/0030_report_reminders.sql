CREATE TABLE "report_reminder" (
	"id" text PRIMARY KEY NOT NULL,
	"template_id" text NOT NULL,
	"province_id" text NOT NULL,
	"year" integer NOT NULL,
	"period_index" smallint NOT NULL,
	"step" text NOT NULL,
	"due_on" date NOT NULL,
	"report_id" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"claimed_by" text,
	"sent_at" timestamp with time zone,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "report_reminder" ADD CONSTRAINT "report_reminder_template_id_report_template_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."report_template"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminder" ADD CONSTRAINT "report_reminder_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reminder" ADD CONSTRAINT "report_reminder_report_id_periodic_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."periodic_report"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_reminder_step_uq" ON "report_reminder" USING btree ("template_id","province_id","year","period_index","step");--> statement-breakpoint
CREATE INDEX "report_reminder_unsent_idx" ON "report_reminder" USING btree ("sent_at","claimed_at");--> statement-breakpoint
CREATE INDEX "report_reminder_province_idx" ON "report_reminder" USING btree ("province_id","decided_at");