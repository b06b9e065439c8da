CREATE TABLE "brand_support" (
	"id" text PRIMARY KEY NOT NULL,
	"brand_name" text NOT NULL,
	"mark_kind" text NOT NULL,
	"establishment_id" text,
	"collective_name" text,
	"member_establishment_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"province_id" text NOT NULL,
	"application_number" text,
	"application_date" date,
	"registration_number" text,
	"registration_date" date,
	"year" integer NOT NULL,
	"cost" bigint NOT NULL,
	"support_amount" bigint NOT NULL,
	"norm_set_id" text,
	"norm_code" text,
	"project_id" text,
	"status" text DEFAULT 'APPLIED' NOT NULL,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "brand_support_name_nfc" CHECK ("brand_support"."brand_name" IS NFC NORMALIZED),
	CONSTRAINT "brand_support_codes_ck" CHECK ("brand_support"."mark_kind" IN ('INDIVIDUAL', 'COLLECTIVE', 'CERTIFICATION') AND "brand_support"."status" IN ('APPLIED', 'REGISTERED', 'REFUSED')),
	CONSTRAINT "brand_support_holder_ck" CHECK (("brand_support"."establishment_id" IS NOT NULL AND "brand_support"."collective_name" IS NULL AND cardinality("brand_support"."member_establishment_ids") = 0) OR ("brand_support"."establishment_id" IS NULL AND "brand_support"."collective_name" IS NOT NULL)),
	CONSTRAINT "brand_support_money_ck" CHECK ("brand_support"."cost" >= 0 AND "brand_support"."support_amount" >= 0 AND "brand_support"."support_amount" <= "brand_support"."cost"),
	CONSTRAINT "brand_support_dates_ck" CHECK (("brand_support"."registration_date" IS NULL OR "brand_support"."application_date" IS NULL OR "brand_support"."registration_date" >= "brand_support"."application_date") AND ("brand_support"."status" <> 'REGISTERED' OR ("brand_support"."registration_number" IS NOT NULL AND "brand_support"."registration_date" IS NOT NULL)))
);
--> statement-breakpoint
CREATE TABLE "fair" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"host_org_id" text,
	"host_name" text NOT NULL,
	"organiser_org_id" text,
	"organiser_name" text NOT NULL,
	"venue_unit_id" text,
	"venue_country_code" text,
	"venue_city" text,
	"venue_text" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"year" integer NOT NULL,
	"planned_booths" integer DEFAULT 0 NOT NULL,
	"actual_booths" integer,
	"booth_price" bigint,
	"funding_project_id" text,
	"status" text DEFAULT 'PLANNED' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancel_reason" text,
	"province_id" text,
	"participation_count" integer DEFAULT 0 NOT NULL,
	"booths_taken" integer DEFAULT 0 NOT NULL,
	"support_total" bigint DEFAULT 0 NOT NULL,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "fair_name_nfc" CHECK ("fair"."name" IS NFC NORMALIZED),
	CONSTRAINT "fair_codes_ck" CHECK ("fair"."level" IN ('PROVINCIAL', 'REGIONAL', 'NATIONAL', 'ABROAD') AND "fair"."kind" IN ('CNNT', 'HANDICRAFT', 'OTHER')),
	CONSTRAINT "fair_status_ck" CHECK ("fair"."status" IN ('PLANNED', 'REGISTRATION_OPEN', 'HELD', 'REPORTED', 'CANCELLED')),
	CONSTRAINT "fair_dates_ck" CHECK ("fair"."end_date" >= "fair"."start_date"),
	CONSTRAINT "fair_venue_ck" CHECK (("fair"."level" = 'ABROAD' AND "fair"."venue_unit_id" IS NULL AND "fair"."venue_country_code" ~ '^[A-Z]{2}$' AND "fair"."venue_country_code" <> 'VN' AND "fair"."venue_city" IS NOT NULL) OR ("fair"."level" <> 'ABROAD' AND "fair"."venue_unit_id" IS NOT NULL AND "fair"."venue_country_code" IS NULL AND "fair"."venue_city" IS NULL)),
	CONSTRAINT "fair_numbers_ck" CHECK ("fair"."planned_booths" >= 0 AND ("fair"."actual_booths" IS NULL OR "fair"."actual_booths" >= 0) AND ("fair"."booth_price" IS NULL OR "fair"."booth_price" >= 0) AND "fair"."participation_count" >= 0 AND "fair"."booths_taken" >= 0 AND "fair"."support_total" >= 0),
	CONSTRAINT "fair_cancel_ck" CHECK (("fair"."status" = 'CANCELLED') = ("fair"."cancel_reason" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "fair_document" (
	"id" text PRIMARY KEY NOT NULL,
	"fair_id" text NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"issued_on" date,
	"signer" text,
	"title" text DEFAULT '' NOT NULL,
	"file_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "fair_document_kind_ck" CHECK ("fair_document"."kind" IN ('PLAN', 'DECISION', 'CONFIRMED_LIST', 'OTHER'))
);
--> statement-breakpoint
CREATE TABLE "fair_participation" (
	"id" text PRIMARY KEY NOT NULL,
	"fair_id" text NOT NULL,
	"establishment_id" text NOT NULL,
	"province_id" text NOT NULL,
	"abroad" boolean NOT NULL,
	"year" integer NOT NULL,
	"whole_booths" integer DEFAULT 0 NOT NULL,
	"shared_booth_key" text,
	"shared_booth_share_bps" integer,
	"booth_rent" bigint NOT NULL,
	"other_listed_costs" bigint DEFAULT 0 NOT NULL,
	"approved_price" bigint,
	"support_share_bps" integer NOT NULL,
	"support_amount" bigint NOT NULL,
	"norm_set_id" text,
	"norm_code" text,
	"paying_project_id" text,
	"products_shown" text DEFAULT '' NOT NULL,
	"sales" bigint,
	"contracts_signed" integer,
	"contracts_value" bigint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "fair_participation_booths_ck" CHECK ("fair_participation"."whole_booths" >= 0 AND ("fair_participation"."whole_booths" > 0 OR "fair_participation"."shared_booth_key" IS NOT NULL) AND ("fair_participation"."shared_booth_key" IS NULL) = ("fair_participation"."shared_booth_share_bps" IS NULL) AND ("fair_participation"."shared_booth_share_bps" IS NULL OR ("fair_participation"."shared_booth_share_bps" > 0 AND "fair_participation"."shared_booth_share_bps" <= 10000))),
	CONSTRAINT "fair_participation_money_ck" CHECK ("fair_participation"."booth_rent" >= 0 AND "fair_participation"."other_listed_costs" >= 0 AND ("fair_participation"."abroad" OR "fair_participation"."other_listed_costs" = 0) AND ("fair_participation"."approved_price" IS NULL OR "fair_participation"."approved_price" >= 0) AND "fair_participation"."support_share_bps" >= 0 AND "fair_participation"."support_share_bps" <= 10000 AND "fair_participation"."support_amount" >= 0 AND "fair_participation"."support_amount" <= "fair_participation"."booth_rent" + "fair_participation"."other_listed_costs" AND ("fair_participation"."approved_price" IS NULL OR "fair_participation"."support_amount" <= "fair_participation"."approved_price")),
	CONSTRAINT "fair_participation_results_ck" CHECK (("fair_participation"."sales" IS NULL OR "fair_participation"."sales" >= 0) AND ("fair_participation"."contracts_signed" IS NULL OR "fair_participation"."contracts_signed" >= 0) AND ("fair_participation"."contracts_value" IS NULL OR "fair_participation"."contracts_value" >= 0))
);
--> statement-breakpoint
CREATE TABLE "showroom" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"centre_org_id" text,
	"establishment_id" text,
	"province_id" text NOT NULL,
	"commune_id" text,
	"address_text" text DEFAULT '' NOT NULL,
	"products_shown" text DEFAULT '' NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"year" integer NOT NULL,
	"funding_project_id" text,
	"support_amount" bigint DEFAULT 0 NOT NULL,
	"norm_set_id" text,
	"norm_code" text,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "showroom_name_nfc" CHECK ("showroom"."name" IS NFC NORMALIZED),
	CONSTRAINT "showroom_kind_ck" CHECK ("showroom"."kind" IN ('AT_CENTRE', 'AT_ESTABLISHMENT')),
	CONSTRAINT "showroom_owner_ck" CHECK (("showroom"."kind" = 'AT_CENTRE' AND "showroom"."centre_org_id" IS NOT NULL AND "showroom"."establishment_id" IS NULL) OR ("showroom"."kind" = 'AT_ESTABLISHMENT' AND "showroom"."establishment_id" IS NOT NULL AND "showroom"."centre_org_id" IS NULL)),
	CONSTRAINT "showroom_numbers_ck" CHECK ("showroom"."support_amount" >= 0 AND ("showroom"."closed_on" IS NULL OR "showroom"."closed_on" >= "showroom"."opened_on"))
);
--> statement-breakpoint
ALTER TABLE "brand_support" ADD CONSTRAINT "brand_support_establishment_id_establishment_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_support" ADD CONSTRAINT "brand_support_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_support" ADD CONSTRAINT "brand_support_norm_set_id_support_norm_set_id_fk" FOREIGN KEY ("norm_set_id") REFERENCES "public"."support_norm_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_support" ADD CONSTRAINT "brand_support_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair" ADD CONSTRAINT "fair_host_org_id_organisation_id_fk" FOREIGN KEY ("host_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair" ADD CONSTRAINT "fair_organiser_org_id_organisation_id_fk" FOREIGN KEY ("organiser_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair" ADD CONSTRAINT "fair_venue_unit_id_admin_unit_id_fk" FOREIGN KEY ("venue_unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair" ADD CONSTRAINT "fair_funding_project_id_project_id_fk" FOREIGN KEY ("funding_project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair" ADD CONSTRAINT "fair_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_document" ADD CONSTRAINT "fair_document_fair_id_fair_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fair"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_document" ADD CONSTRAINT "fair_document_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_participation" ADD CONSTRAINT "fair_participation_fair_id_fair_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fair"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_participation" ADD CONSTRAINT "fair_participation_establishment_id_establishment_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_participation" ADD CONSTRAINT "fair_participation_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_participation" ADD CONSTRAINT "fair_participation_norm_set_id_support_norm_set_id_fk" FOREIGN KEY ("norm_set_id") REFERENCES "public"."support_norm_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_participation" ADD CONSTRAINT "fair_participation_paying_project_id_project_id_fk" FOREIGN KEY ("paying_project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showroom" ADD CONSTRAINT "showroom_centre_org_id_organisation_id_fk" FOREIGN KEY ("centre_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showroom" ADD CONSTRAINT "showroom_establishment_id_establishment_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showroom" ADD CONSTRAINT "showroom_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showroom" ADD CONSTRAINT "showroom_commune_id_admin_unit_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showroom" ADD CONSTRAINT "showroom_funding_project_id_project_id_fk" FOREIGN KEY ("funding_project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showroom" ADD CONSTRAINT "showroom_norm_set_id_support_norm_set_id_fk" FOREIGN KEY ("norm_set_id") REFERENCES "public"."support_norm_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brand_support_province_idx" ON "brand_support" USING btree ("province_id","year");--> statement-breakpoint
CREATE INDEX "brand_support_establishment_idx" ON "brand_support" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "brand_support_members_idx" ON "brand_support" USING gin ("member_establishment_ids");--> statement-breakpoint
CREATE INDEX "brand_support_search_trgm_idx" ON "brand_support" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "fair_code_uq" ON "fair" USING btree ("code");--> statement-breakpoint
CREATE INDEX "fair_list_idx" ON "fair" USING btree ("year" DESC NULLS LAST,"code");--> statement-breakpoint
CREATE INDEX "fair_province_list_idx" ON "fair" USING btree ("province_id","year","code");--> statement-breakpoint
CREATE INDEX "fair_level_list_idx" ON "fair" USING btree ("level","year");--> statement-breakpoint
CREATE INDEX "fair_start_idx" ON "fair" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "fair_funding_project_idx" ON "fair" USING btree ("funding_project_id");--> statement-breakpoint
CREATE INDEX "fair_search_trgm_idx" ON "fair" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "fair_document_fair_idx" ON "fair_document" USING btree ("fair_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_participation_pair_uq" ON "fair_participation" USING btree ("fair_id","establishment_id");--> statement-breakpoint
CREATE INDEX "fair_participation_establishment_idx" ON "fair_participation" USING btree ("establishment_id","year");--> statement-breakpoint
CREATE INDEX "fair_participation_province_idx" ON "fair_participation" USING btree ("province_id","year");--> statement-breakpoint
CREATE INDEX "fair_participation_project_idx" ON "fair_participation" USING btree ("paying_project_id");--> statement-breakpoint
CREATE INDEX "fair_participation_shared_booth_idx" ON "fair_participation" USING btree ("fair_id","shared_booth_key");--> statement-breakpoint
CREATE INDEX "showroom_province_idx" ON "showroom" USING btree ("province_id","year");--> statement-breakpoint
CREATE INDEX "showroom_establishment_idx" ON "showroom" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "showroom_search_trgm_idx" ON "showroom" USING gin ("search_text" gin_trgm_ops);