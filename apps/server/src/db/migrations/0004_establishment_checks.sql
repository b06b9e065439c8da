-- Stored text is NFC; money and shares stay in range (RELIABILITY.md §5.3, DOMAIN.md §9.5).
ALTER TABLE "establishment" ADD CONSTRAINT "establishment_name_nfc" CHECK ("name" IS NFC NORMALIZED);
--> statement-breakpoint
ALTER TABLE "establishment" ADD CONSTRAINT "establishment_status_ck" CHECK ("status" IN ('ACTIVE', 'ARCHIVED'));
--> statement-breakpoint
ALTER TABLE "establishment_year_data" ADD CONSTRAINT "establishment_year_data_share_ck" CHECK ("local_material_share_pct" IS NULL OR ("local_material_share_pct" >= 0 AND "local_material_share_pct" <= 100));
--> statement-breakpoint
ALTER TABLE "establishment_year_data" ADD CONSTRAINT "establishment_year_data_employees_ck" CHECK ("employees" IS NULL OR "employees" >= 0);
