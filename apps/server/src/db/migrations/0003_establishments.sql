CREATE TABLE "admin_unit_attribute" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"attr" text NOT NULL,
	"value" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "establishment" (
	"id" text PRIMARY KEY NOT NULL,
	"province_id" text NOT NULL,
	"commune_id" text NOT NULL,
	"address_text" text DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"legal_form" text NOT NULL,
	"subject_class" text NOT NULL,
	"tax_code" text,
	"business_reg_no" text,
	"owner_name" text,
	"industries" text[] NOT NULL,
	"vsic_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"main_products" text DEFAULT '' NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"eligibility_verdict" text NOT NULL,
	"eligibility" jsonb NOT NULL,
	"eligibility_evaluated_on" date NOT NULL,
	"has_support" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"import_batch_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "establishment_site" (
	"id" serial PRIMARY KEY NOT NULL,
	"establishment_id" text NOT NULL,
	"position" integer NOT NULL,
	"commune_id" text NOT NULL,
	"address_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "establishment_year_data" (
	"establishment_id" text NOT NULL,
	"year" integer NOT NULL,
	"employees" integer,
	"total_capital" bigint,
	"total_assets" bigint,
	"revenue" bigint,
	"local_material_share_pct" numeric(5, 2),
	"has_export_contract" boolean,
	"cnht_product" boolean,
	CONSTRAINT "establishment_year_data_establishment_id_year_pk" PRIMARY KEY("establishment_id","year")
);
--> statement-breakpoint
CREATE TABLE "import_batch" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"province_id" text,
	"rows" integer NOT NULL,
	"created" integer NOT NULL,
	"updated" integer NOT NULL,
	"job_id" text,
	"committed_by" text NOT NULL,
	"committed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"progress_done" integer DEFAULT 0 NOT NULL,
	"progress_total" integer DEFAULT 0 NOT NULL,
	"params" jsonb NOT NULL,
	"result" jsonb,
	"error" jsonb,
	"province_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "admin_unit_attribute" ADD CONSTRAINT "admin_unit_attribute_unit_id_admin_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment" ADD CONSTRAINT "establishment_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment" ADD CONSTRAINT "establishment_commune_id_admin_unit_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_site" ADD CONSTRAINT "establishment_site_establishment_id_establishment_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_site" ADD CONSTRAINT "establishment_site_commune_id_admin_unit_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "establishment_year_data" ADD CONSTRAINT "establishment_year_data_establishment_id_establishment_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_unit_attribute_unit_idx" ON "admin_unit_attribute" USING btree ("unit_id","attr");--> statement-breakpoint
CREATE UNIQUE INDEX "establishment_tax_code_uq" ON "establishment" USING btree ("tax_code") WHERE "establishment"."tax_code" is not null;--> statement-breakpoint
CREATE INDEX "establishment_province_sort_idx" ON "establishment" USING btree ("province_id","status","sort_key");--> statement-breakpoint
CREATE INDEX "establishment_province_updated_idx" ON "establishment" USING btree ("province_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "establishment_commune_idx" ON "establishment" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "establishment_search_trgm_idx" ON "establishment" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "establishment_industries_idx" ON "establishment" USING gin ("industries");--> statement-breakpoint
CREATE INDEX "establishment_site_establishment_idx" ON "establishment_site" USING btree ("establishment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "import_batch_file_uq" ON "import_batch" USING btree ("kind","file_sha256");--> statement-breakpoint
CREATE INDEX "job_created_by_idx" ON "job" USING btree ("created_by","created_at");