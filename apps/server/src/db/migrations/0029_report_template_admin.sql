ALTER TABLE "report_template" ADD COLUMN "source" text DEFAULT 'SEED' NOT NULL;--> statement-breakpoint
ALTER TABLE "report_template" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_template" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "report_template" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "report_template" ADD CONSTRAINT "report_template_source_ck" CHECK ("report_template"."source" IN ('SEED', 'ADMIN'));