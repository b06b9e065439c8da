CREATE TABLE "sign_in_failure" (
	"key" text PRIMARY KEY NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"failures" integer NOT NULL,
	CONSTRAINT "sign_in_failure_failures_check" CHECK ("sign_in_failure"."failures" >= 0)
);
--> statement-breakpoint
CREATE INDEX "sign_in_failure_window_idx" ON "sign_in_failure" USING btree ("window_started_at");