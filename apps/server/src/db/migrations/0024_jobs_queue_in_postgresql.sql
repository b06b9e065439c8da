CREATE TABLE "job_file" (
	"job_id" text PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "payload" jsonb;--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "max_attempts" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "available_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "locked_by" text;--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "job" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "job_file" ADD CONSTRAINT "job_file_job_id_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_queued_idx" ON "job" USING btree ("available_at") WHERE status = 'QUEUED';--> statement-breakpoint
CREATE INDEX "job_running_idx" ON "job" USING btree ("heartbeat_at") WHERE status = 'RUNNING';--> statement-breakpoint
CREATE UNIQUE INDEX "job_dedupe_uq" ON "job" USING btree ("dedupe_key") WHERE status IN ('QUEUED', 'RUNNING');