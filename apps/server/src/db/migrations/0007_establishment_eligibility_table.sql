-- The eligibility document leaves the register row (decision 0005): lists read narrower rows.
CREATE TABLE "establishment_eligibility" (
	"establishment_id" text PRIMARY KEY NOT NULL,
	"document" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "establishment_eligibility" ADD CONSTRAINT "establishment_eligibility_establishment_id_establishment_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Existing evaluations move with their records before the column goes.
INSERT INTO "establishment_eligibility" ("establishment_id", "document") SELECT "id", "eligibility" FROM "establishment";--> statement-breakpoint
ALTER TABLE "establishment" DROP COLUMN "eligibility";