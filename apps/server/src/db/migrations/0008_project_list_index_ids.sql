-- The project list reads ids first (decision 0005): the ids and every filtered column (status, funding level, activity,
-- the overdue test's contract date and last report) must be in the covering indexes for an index-only scan.
DROP INDEX "project_list_idx";--> statement-breakpoint
DROP INDEX "project_province_list_idx";--> statement-breakpoint
CREATE INDEX "project_list_idx" ON "project" USING btree ("plan_year","code") INCLUDE ("id","status","funding_level","province_id","activities","contract_signed_on","last_report_period","search_text");--> statement-breakpoint
CREATE INDEX "project_province_list_idx" ON "project" USING btree ("province_id","plan_year","code") INCLUDE ("id","status","funding_level","activities","contract_signed_on","last_report_period","search_text");
--> statement-breakpoint
-- Foreign keys to the timeline: without these indexes every removed step (a project's cascade) scans the tables.
CREATE INDEX "project_document_step_idx" ON "project_document" USING btree ("step_id");--> statement-breakpoint
CREATE INDEX "project_disbursement_step_idx" ON "project_disbursement" USING btree ("step_id");--> statement-breakpoint
CREATE INDEX "project_progress_report_step_idx" ON "project_progress_report" USING btree ("step_id");
