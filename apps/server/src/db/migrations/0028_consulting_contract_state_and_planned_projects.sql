ALTER TABLE "consulting_contract" ADD COLUMN "state" text DEFAULT 'IN_PROGRESS' NOT NULL;--> statement-breakpoint
ALTER TABLE "consulting_plan" ADD COLUMN "planned_projects" integer;--> statement-breakpoint
-- Contracts recorded before the state existed: finished ones were accepted (the state check below needs it).
UPDATE "consulting_contract" SET "state" = 'ACCEPTED' WHERE "finished_on" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "consulting_contract" ADD CONSTRAINT "consulting_contract_state_ck" CHECK ("consulting_contract"."state" = 'IN_PROGRESS' AND "consulting_contract"."finished_on" IS NULL
        OR "consulting_contract"."state" IN ('ACCEPTED', 'LIQUIDATED') AND "consulting_contract"."finished_on" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "consulting_plan" ADD CONSTRAINT "consulting_plan_projects_ck" CHECK ("consulting_plan"."planned_projects" IS NULL OR "consulting_plan"."planned_projects" >= 0);