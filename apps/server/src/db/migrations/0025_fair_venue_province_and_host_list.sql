ALTER TABLE "fair" ADD COLUMN "venue_province_id" text;--> statement-breakpoint
ALTER TABLE "fair" ADD CONSTRAINT "fair_venue_province_id_admin_unit_id_fk" FOREIGN KEY ("venue_province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fair_host_list_idx" ON "fair" USING btree ("host_org_id","year" DESC NULLS FIRST,"code");--> statement-breakpoint
-- hand-written below
-- The venue's province is derived from the venue unit (a province, or a commune whose parent is its province) by a
-- trigger, so every writer keeps it (the API, the seeds, an import) and no use case computes it twice.
CREATE OR REPLACE FUNCTION kc_fair_venue_province() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.venue_province_id := (
    SELECT CASE WHEN u.level = 'TINH' THEN u.id ELSE u.parent_id END FROM admin_unit u WHERE u.id = NEW.venue_unit_id
  );
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER fair_venue_province BEFORE INSERT OR UPDATE OF venue_unit_id ON fair
  FOR EACH ROW EXECUTE FUNCTION kc_fair_venue_province();
--> statement-breakpoint
UPDATE fair f SET venue_province_id = CASE WHEN u.level = 'TINH' THEN u.id ELSE u.parent_id END
FROM admin_unit u WHERE u.id = f.venue_unit_id;
--> statement-breakpoint
-- The list walks this index in its order and stops at the bounded count; with the venue's province and opening day
-- in it, the region filter (a province on a day) is answered from the index alone, without a row or unit per fair.
DROP INDEX "fair_list_idx";--> statement-breakpoint
CREATE INDEX "fair_list_idx" ON "fair" USING btree ("year" DESC NULLS FIRST, "code") INCLUDE ("id", "venue_province_id", "start_date");
