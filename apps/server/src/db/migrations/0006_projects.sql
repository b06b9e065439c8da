-- Support projects (DOMAIN.md §4, §9.1). The list indexes carry INCLUDE columns added by hand (decision 0005).
CREATE TABLE "project" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"funding_level" text NOT NULL,
	"local_level" text,
	"plan_year" integer NOT NULL,
	"province_id" text,
	"implementer_org_id" text,
	"implementer_name" text NOT NULL,
	"coordinating_org_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"activities" text[] NOT NULL,
	"industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"selection_method" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"summary" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"implementer_is_beneficiary" boolean DEFAULT false NOT NULL,
	"direct_route_allowed" boolean DEFAULT false NOT NULL,
	"single_province" boolean DEFAULT true NOT NULL,
	"registered_by_doit" boolean DEFAULT true NOT NULL,
	"bidding_waived" boolean DEFAULT false NOT NULL,
	"priority_multiplier_bps" integer,
	"pending_adjustment" text[],
	"last_acceptance_on" date,
	"last_report_period" text,
	"verified_progress_pct" numeric(5, 2),
	"implementation_plan_approved_on" date,
	"implementation_plan_sent_on" date,
	"kc_total" bigint DEFAULT 0 NOT NULL,
	"counterpart_total" bigint DEFAULT 0 NOT NULL,
	"other_total" bigint DEFAULT 0 NOT NULL,
	"contract_support" bigint,
	"contract_signed_on" date,
	"disbursed_total" bigint DEFAULT 0 NOT NULL,
	"accepted_spend" bigint,
	"settled_amount" bigint,
	"refunded_total" bigint DEFAULT 0 NOT NULL,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "project_beneficiary" (
	"project_id" text NOT NULL,
	"establishment_id" text NOT NULL,
	"position" integer NOT NULL,
	"share_bps" integer,
	CONSTRAINT "project_beneficiary_project_id_establishment_id_pk" PRIMARY KEY("project_id","establishment_id")
);
--> statement-breakpoint
CREATE TABLE "project_disbursement" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount" bigint NOT NULL,
	"paid_on" date NOT NULL,
	"treasury_ref" text,
	"step_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "project_document" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"step_id" bigint,
	"kind" text NOT NULL,
	"number" text,
	"issued_on" date,
	"signer" text,
	"signer_authority" text,
	"title" text DEFAULT '' NOT NULL,
	"evidence_code" text,
	"file_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "project_estimate_line" (
	"project_id" text NOT NULL,
	"position" integer NOT NULL,
	"item" text NOT NULL,
	"spending_category" text NOT NULL,
	"norm_code" text,
	"cap_units" integer DEFAULT 1 NOT NULL,
	"quantity" numeric(15, 3) NOT NULL,
	"unit_price" bigint NOT NULL,
	"kc_amount" bigint NOT NULL,
	"counterpart_amount" bigint NOT NULL,
	"other_amount" bigint NOT NULL,
	CONSTRAINT "project_estimate_line_project_id_position_pk" PRIMARY KEY("project_id","position")
);
--> statement-breakpoint
CREATE TABLE "project_indicator" (
	"project_id" text NOT NULL,
	"indicator_code" text NOT NULL,
	"target" numeric(18, 2),
	"achieved" numeric(18, 2),
	CONSTRAINT "project_indicator_project_id_indicator_code_pk" PRIMARY KEY("project_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "project_progress_report" (
	"project_id" text NOT NULL,
	"period" text NOT NULL,
	"reported_on" date NOT NULL,
	"percent_complete" numeric(5, 2) NOT NULL,
	"spend" bigint,
	"work_done" text DEFAULT '' NOT NULL,
	"verified_by_doit" boolean DEFAULT false NOT NULL,
	"step_id" bigint,
	CONSTRAINT "project_progress_report_project_id_period_pk" PRIMARY KEY("project_id","period")
);
--> statement-breakpoint
CREATE TABLE "project_site" (
	"project_id" text NOT NULL,
	"position" integer NOT NULL,
	"commune_id" text NOT NULL,
	"address_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "project_site_project_id_position_pk" PRIMARY KEY("project_id","position")
);
--> statement-breakpoint
CREATE TABLE "project_step" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"code" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"effective_on" date NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" text,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_file" (
	"id" text PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"media_type" text NOT NULL,
	"file_name" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "support_norm_set" (
	"id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"label_vi" text NOT NULL,
	"legal_document_key" text NOT NULL,
	"funding_level" text NOT NULL,
	"province_id" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"confidence" text NOT NULL,
	"dates_confidence" text NOT NULL,
	"note_vi" text DEFAULT '' NOT NULL,
	"norms" jsonb NOT NULL,
	"source" text DEFAULT 'SEED' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_implementer_org_id_organisation_id_fk" FOREIGN KEY ("implementer_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_beneficiary" ADD CONSTRAINT "project_beneficiary_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_beneficiary" ADD CONSTRAINT "project_beneficiary_establishment_id_establishment_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_disbursement" ADD CONSTRAINT "project_disbursement_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_disbursement" ADD CONSTRAINT "project_disbursement_step_id_project_step_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."project_step"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_document" ADD CONSTRAINT "project_document_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_document" ADD CONSTRAINT "project_document_step_id_project_step_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."project_step"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_document" ADD CONSTRAINT "project_document_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_estimate_line" ADD CONSTRAINT "project_estimate_line_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicator" ADD CONSTRAINT "project_indicator_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress_report" ADD CONSTRAINT "project_progress_report_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_progress_report" ADD CONSTRAINT "project_progress_report_step_id_project_step_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."project_step"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_site" ADD CONSTRAINT "project_site_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_site" ADD CONSTRAINT "project_site_commune_id_admin_unit_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_step" ADD CONSTRAINT "project_step_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_step" ADD CONSTRAINT "project_step_actor_user_id_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_norm_set" ADD CONSTRAINT "support_norm_set_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "project_code_uq" ON "project" USING btree ("code");--> statement-breakpoint
CREATE INDEX "project_list_idx" ON "project" USING btree ("plan_year","code") INCLUDE ("status","funding_level","province_id","search_text");--> statement-breakpoint
CREATE INDEX "project_province_list_idx" ON "project" USING btree ("province_id","plan_year","code") INCLUDE ("status","funding_level","search_text");--> statement-breakpoint
CREATE INDEX "project_implementer_idx" ON "project" USING btree ("implementer_org_id");--> statement-breakpoint
CREATE INDEX "project_search_trgm_idx" ON "project" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "project_beneficiary_establishment_idx" ON "project_beneficiary" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "project_disbursement_project_idx" ON "project_disbursement" USING btree ("project_id","paid_on");--> statement-breakpoint
CREATE INDEX "project_document_project_idx" ON "project_document" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_step_project_idx" ON "project_step" USING btree ("project_id","id");--> statement-breakpoint
-- Money never goes negative, the ledger never pays more than the contract, text is NFC (RELIABILITY.md §5.3).
ALTER TABLE "project" ADD CONSTRAINT "project_title_nfc" CHECK ("title" IS NFC NORMALIZED);--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_totals_ck" CHECK ("kc_total" >= 0 AND "counterpart_total" >= 0 AND "other_total" >= 0);--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_money_ck" CHECK ("disbursed_total" >= 0 AND "refunded_total" >= 0 AND ("contract_support" IS NULL OR "contract_support" >= 0) AND ("contract_support" IS NULL OR "disbursed_total" <= "contract_support") AND "refunded_total" <= "disbursed_total");--> statement-breakpoint
ALTER TABLE "project_estimate_line" ADD CONSTRAINT "project_estimate_line_ck" CHECK ("quantity" >= 0 AND "unit_price" >= 0 AND "kc_amount" >= 0 AND "counterpart_amount" >= 0 AND "other_amount" >= 0);--> statement-breakpoint
ALTER TABLE "project_disbursement" ADD CONSTRAINT "project_disbursement_ck" CHECK ("amount" > 0 AND "kind" IN ('ADVANCE', 'PAYMENT', 'REFUND'));--> statement-breakpoint
ALTER TABLE "project_beneficiary" ADD CONSTRAINT "project_beneficiary_share_ck" CHECK ("share_bps" IS NULL OR ("share_bps" >= 0 AND "share_bps" <= 10000));
