CREATE TABLE "conference" (
	"id" text PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"ordinal" integer NOT NULL,
	"year" integer NOT NULL,
	"held_on" date NOT NULL,
	"host_province_id" text NOT NULL,
	"next_host_province_id" text,
	"venue" text DEFAULT '' NOT NULL,
	"organisers" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "conference_region_ck" CHECK ("conference"."region_code" IN ('BAC', 'TRUNG_TAY_NGUYEN', 'NAM')),
	CONSTRAINT "conference_ordinal_ck" CHECK ("conference"."ordinal" BETWEEN 1 AND 3999),
	CONSTRAINT "conference_period_ck" CHECK ("conference"."period_to" >= "conference"."period_from"),
	CONSTRAINT "conference_organisers_nfc" CHECK ("conference"."organisers" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "conference_resolution" (
	"id" text PRIMARY KEY NOT NULL,
	"conference_id" text NOT NULL,
	"text" text NOT NULL,
	"document_number" text,
	"file_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "conference_resolution_text_nfc" CHECK ("conference_resolution"."text" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "consulting_contract" (
	"id" text PRIMARY KEY NOT NULL,
	"centre_org_id" text NOT NULL,
	"province_id" text,
	"client_establishment_id" text,
	"client_name" text,
	"subject" text NOT NULL,
	"contract_number" text,
	"value" bigint NOT NULL,
	"signed_on" date NOT NULL,
	"finished_on" date,
	"revenue_received" bigint NOT NULL,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "consulting_contract_client_ck" CHECK (("consulting_contract"."client_establishment_id" IS NULL) <> ("consulting_contract"."client_name" IS NULL)),
	CONSTRAINT "consulting_contract_money_ck" CHECK ("consulting_contract"."value" >= 0 AND "consulting_contract"."revenue_received" >= 0),
	CONSTRAINT "consulting_contract_dates_ck" CHECK ("consulting_contract"."finished_on" IS NULL OR "consulting_contract"."finished_on" >= "consulting_contract"."signed_on"),
	CONSTRAINT "consulting_contract_subject_nfc" CHECK ("consulting_contract"."subject" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "consulting_plan" (
	"id" text PRIMARY KEY NOT NULL,
	"centre_org_id" text NOT NULL,
	"province_id" text,
	"year" integer NOT NULL,
	"revenue_plan" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "consulting_plan_money_ck" CHECK ("consulting_plan"."revenue_plan" >= 0)
);
--> statement-breakpoint
CREATE TABLE "staffing_snapshot" (
	"id" text PRIMARY KEY NOT NULL,
	"centre_org_id" text NOT NULL,
	"province_id" text,
	"as_of" date NOT NULL,
	"total" integer NOT NULL,
	"permanent" integer,
	"contract" integer,
	"part_time" integer,
	"collaborators" integer,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_by" text,
	CONSTRAINT "staffing_snapshot_parts_ck" CHECK ("staffing_snapshot"."total" >= 0 AND coalesce("staffing_snapshot"."permanent", 0) >= 0 AND coalesce("staffing_snapshot"."contract", 0) >= 0
        AND coalesce("staffing_snapshot"."part_time", 0) >= 0 AND coalesce("staffing_snapshot"."collaborators", 0) >= 0
        AND coalesce("staffing_snapshot"."permanent", 0) + coalesce("staffing_snapshot"."contract", 0) + coalesce("staffing_snapshot"."part_time", 0) <= "staffing_snapshot"."total"),
	CONSTRAINT "staffing_snapshot_note_nfc" CHECK ("staffing_snapshot"."note" IS NFC NORMALIZED)
);
--> statement-breakpoint
ALTER TABLE "conference" ADD CONSTRAINT "conference_host_province_id_admin_unit_id_fk" FOREIGN KEY ("host_province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference" ADD CONSTRAINT "conference_next_host_province_id_admin_unit_id_fk" FOREIGN KEY ("next_host_province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_resolution" ADD CONSTRAINT "conference_resolution_conference_id_conference_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conference"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_resolution" ADD CONSTRAINT "conference_resolution_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consulting_contract" ADD CONSTRAINT "consulting_contract_centre_org_id_organisation_id_fk" FOREIGN KEY ("centre_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consulting_contract" ADD CONSTRAINT "consulting_contract_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consulting_contract" ADD CONSTRAINT "consulting_contract_client_establishment_id_establishment_id_fk" FOREIGN KEY ("client_establishment_id") REFERENCES "public"."establishment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consulting_plan" ADD CONSTRAINT "consulting_plan_centre_org_id_organisation_id_fk" FOREIGN KEY ("centre_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consulting_plan" ADD CONSTRAINT "consulting_plan_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_snapshot" ADD CONSTRAINT "staffing_snapshot_centre_org_id_organisation_id_fk" FOREIGN KEY ("centre_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_snapshot" ADD CONSTRAINT "staffing_snapshot_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conference_region_ordinal_uq" ON "conference" USING btree ("region_code","ordinal");--> statement-breakpoint
CREATE INDEX "conference_held_idx" ON "conference" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "conference_resolution_conference_idx" ON "conference_resolution" USING btree ("conference_id","created_at");--> statement-breakpoint
CREATE INDEX "consulting_contract_centre_idx" ON "consulting_contract" USING btree ("centre_org_id","signed_on");--> statement-breakpoint
CREATE INDEX "consulting_contract_province_idx" ON "consulting_contract" USING btree ("province_id","signed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "consulting_plan_centre_year_uq" ON "consulting_plan" USING btree ("centre_org_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_snapshot_centre_day_uq" ON "staffing_snapshot" USING btree ("centre_org_id","as_of");--> statement-breakpoint
CREATE INDEX "staffing_snapshot_province_idx" ON "staffing_snapshot" USING btree ("province_id","as_of");