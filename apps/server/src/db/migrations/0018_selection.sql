CREATE TABLE "calendar_day" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"decision_ref" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "calendar_day_kind_ck" CHECK ("calendar_day"."kind" IN ('HOLIDAY', 'WORKING_DAY')),
	CONSTRAINT "calendar_day_name_nfc" CHECK ("calendar_day"."name" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "selection_criterion" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"criterion_group" text NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"max_points" numeric(6, 2) NOT NULL,
	CONSTRAINT "selection_criterion_group_ck" CHECK ("selection_criterion"."criterion_group" IN ('C1', 'C2', 'C3', 'C4')),
	CONSTRAINT "selection_criterion_points_ck" CHECK ("selection_criterion"."max_points" > 0),
	CONSTRAINT "selection_criterion_label_nfc" CHECK ("selection_criterion"."label" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "selection_member" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"body" text NOT NULL,
	"role" text NOT NULL,
	"full_name" text NOT NULL,
	"position" text DEFAULT '' NOT NULL,
	"organisation_name" text DEFAULT '' NOT NULL,
	"user_id" text,
	"conflict_establishment_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "selection_member_name_nfc" CHECK ("selection_member"."full_name" IS NFC NORMALIZED),
	CONSTRAINT "selection_member_role_ck" CHECK (("selection_member"."body" = 'COUNCIL' AND "selection_member"."role" IN ('CHAIR', 'STANDING_VICE_CHAIR', 'VICE_CHAIR', 'COUNCIL_MEMBER', 'SECRETARY')) OR ("selection_member"."body" = 'JURY' AND "selection_member"."role" IN ('JURY_HEAD', 'JURY_DEPUTY', 'JUROR')) OR ("selection_member"."body" = 'EXPERT' AND "selection_member"."role" IN ('EXPERT')))
);
--> statement-breakpoint
CREATE TABLE "selection_round" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"region_code" text,
	"province_id" text,
	"district_unit_id" text,
	"year" integer NOT NULL,
	"organiser_org_id" text,
	"organiser_name" text NOT NULL,
	"funding_project_id" text,
	"plan_decision_number" text,
	"plan_decision_on" date,
	"plan_decision_signer" text,
	"plan_decision_file_id" text,
	"status" text DEFAULT 'PLANNED' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"frame_approved_by_member_id" text,
	"frame_approved_at" timestamp with time zone,
	"scoring_closed_at" timestamp with time zone,
	"scoring_closed_by_member_id" text,
	"results_notified_on" date,
	"complaint_window_ends_on" date,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "selection_round_title_nfc" CHECK ("selection_round"."title" IS NFC NORMALIZED),
	CONSTRAINT "selection_round_level_ck" CHECK ("selection_round"."level" IN ('HUYEN', 'TINH', 'KHU_VUC', 'QUOC_GIA')),
	CONSTRAINT "selection_round_status_ck" CHECK ("selection_round"."status" IN ('PLANNED', 'COUNCIL_FORMED', 'CALL_OPEN', 'JUDGING', 'RESULTS_PROPOSED', 'RECOGNISED', 'COMPLAINT_WINDOW', 'NOMINATED_UP', 'CLOSED')),
	CONSTRAINT "selection_round_year_ck" CHECK ("selection_round"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "selection_round_place_ck" CHECK (CASE "selection_round"."level"
        WHEN 'HUYEN' THEN "selection_round"."province_id" IS NOT NULL AND "selection_round"."district_unit_id" IS NOT NULL AND "selection_round"."region_code" IS NULL
        WHEN 'TINH' THEN "selection_round"."province_id" IS NOT NULL AND "selection_round"."district_unit_id" IS NULL AND "selection_round"."region_code" IS NULL
        WHEN 'KHU_VUC' THEN "selection_round"."province_id" IS NULL AND "selection_round"."district_unit_id" IS NULL AND "selection_round"."region_code" IS NOT NULL
        ELSE "selection_round"."province_id" IS NULL AND "selection_round"."district_unit_id" IS NULL AND "selection_round"."region_code" IS NULL END),
	CONSTRAINT "selection_round_frame_ck" CHECK (("selection_round"."frame_approved_at" IS NULL) = ("selection_round"."frame_approved_by_member_id" IS NULL)),
	CONSTRAINT "selection_round_scoring_ck" CHECK (("selection_round"."scoring_closed_at" IS NULL) = ("selection_round"."scoring_closed_by_member_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "selection_round_decision" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"number" text,
	"issued_on" date NOT NULL,
	"signer" text,
	"signer_authority" text,
	"title" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"file_id" text,
	"actor_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "selection_round_decision_status_ck" CHECK ("selection_round_decision"."to_status" IN ('PLANNED', 'COUNCIL_FORMED', 'CALL_OPEN', 'JUDGING', 'RESULTS_PROPOSED', 'RECOGNISED', 'COMPLAINT_WINDOW', 'NOMINATED_UP', 'CLOSED'))
);
--> statement-breakpoint
CREATE TABLE "certificate_holder_report" (
	"certificate_id" text NOT NULL,
	"year" integer NOT NULL,
	"support_received" bigint,
	"revenue" bigint,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "certificate_holder_report_certificate_id_year_pk" PRIMARY KEY("certificate_id","year"),
	CONSTRAINT "certificate_holder_report_money_ck" CHECK (("certificate_holder_report"."support_received" IS NULL OR "certificate_holder_report"."support_received" >= 0) AND ("certificate_holder_report"."revenue" IS NULL OR "certificate_holder_report"."revenue" >= 0))
);
--> statement-breakpoint
CREATE TABLE "selection_certificate" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"sequence" integer NOT NULL,
	"issuer_key" text NOT NULL,
	"level" text NOT NULL,
	"year" integer NOT NULL,
	"round_id" text NOT NULL,
	"entry_id" text,
	"establishment_id" text NOT NULL,
	"establishment_name" text NOT NULL,
	"product_name" text NOT NULL,
	"product_group" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"decision_number" text NOT NULL,
	"decision_on" date NOT NULL,
	"decision_signer" text NOT NULL,
	"status" text DEFAULT 'VALID' NOT NULL,
	"revoked_on" date,
	"revoking_decision_number" text,
	"revoking_decision_on" date,
	"revoked_reason" text,
	"public_id" text NOT NULL,
	"province_id" text,
	"region_code" text,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "selection_certificate_level_ck" CHECK ("selection_certificate"."level" IN ('HUYEN', 'TINH', 'KHU_VUC', 'QUOC_GIA')),
	CONSTRAINT "selection_certificate_group_ck" CHECK ("selection_certificate"."product_group" IN ('G1', 'G2', 'G3', 'G4')),
	CONSTRAINT "selection_certificate_status_ck" CHECK ("selection_certificate"."status" IN ('VALID', 'REVOKED')),
	CONSTRAINT "selection_certificate_sequence_ck" CHECK ("selection_certificate"."sequence" >= 1),
	CONSTRAINT "selection_certificate_names_nfc" CHECK ("selection_certificate"."product_name" IS NFC NORMALIZED AND "selection_certificate"."establishment_name" IS NFC NORMALIZED),
	CONSTRAINT "selection_certificate_validity_ck" CHECK ("selection_certificate"."year" = extract(year from "selection_certificate"."issued_on")::int AND "selection_certificate"."valid_until" = make_date("selection_certificate"."year" + 2, 12, 31)),
	CONSTRAINT "selection_certificate_revoked_ck" CHECK (CASE "selection_certificate"."status" WHEN 'REVOKED' THEN "selection_certificate"."revoked_on" IS NOT NULL AND "selection_certificate"."revoking_decision_number" IS NOT NULL AND "selection_certificate"."revoked_on" >= "selection_certificate"."issued_on"
        ELSE "selection_certificate"."revoked_on" IS NULL AND "selection_certificate"."revoking_decision_number" IS NULL AND "selection_certificate"."revoking_decision_on" IS NULL END)
);
--> statement-breakpoint
CREATE TABLE "selection_entry" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"establishment_id" text NOT NULL,
	"province_id" text,
	"product_name" text NOT NULL,
	"product_name_folded" text NOT NULL,
	"is_set" boolean DEFAULT false NOT NULL,
	"product_group" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"eligibility_result" text,
	"eligibility_rule_version" text,
	"eligibility_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"eligibility_checked_on" date,
	"lower_certificate_id" text,
	"recommendation_text" text,
	"nominated_from_round_id" text,
	"status" text DEFAULT 'REGISTERED' NOT NULL,
	"mean_score" numeric(9, 4),
	"rank" integer,
	"proposed" boolean DEFAULT false NOT NULL,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "selection_entry_product_nfc" CHECK ("selection_entry"."product_name" IS NFC NORMALIZED),
	CONSTRAINT "selection_entry_group_ck" CHECK ("selection_entry"."product_group" IN ('G1', 'G2', 'G3', 'G4')),
	CONSTRAINT "selection_entry_status_ck" CHECK ("selection_entry"."status" IN ('REGISTERED', 'ELIGIBLE', 'INELIGIBLE', 'WITHDRAWN', 'PROPOSED', 'RECOGNISED', 'NOT_RECOGNISED')),
	CONSTRAINT "selection_entry_rank_ck" CHECK ("selection_entry"."rank" IS NULL OR "selection_entry"."rank" >= 1),
	CONSTRAINT "selection_entry_mean_ck" CHECK ("selection_entry"."mean_score" IS NULL OR "selection_entry"."mean_score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "selection_entry_document" (
	"id" text PRIMARY KEY NOT NULL,
	"entry_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"number" text,
	"issued_on" date,
	"file_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "selection_entry_document_kind_ck" CHECK ("selection_entry_document"."kind" IN ('REGISTRATION_FORM', 'PRODUCT_DESCRIPTION', 'LOWER_CERTIFICATE', 'RECOMMENDATION', 'LEGAL_PAPERS', 'OTHER')),
	CONSTRAINT "selection_entry_document_name_nfc" CHECK ("selection_entry_document"."name" IS NFC NORMALIZED)
);
--> statement-breakpoint
CREATE TABLE "selection_entry_photo" (
	"id" text PRIMARY KEY NOT NULL,
	"entry_id" text NOT NULL,
	"angle" text NOT NULL,
	"media_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"original" "bytea" NOT NULL,
	"thumbnail" "bytea" NOT NULL,
	"thumbnail_media_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "selection_entry_photo_angle_ck" CHECK ("selection_entry_photo"."angle" IN ('FRONT', 'SIDE', 'TOP')),
	CONSTRAINT "selection_entry_photo_type_ck" CHECK ("selection_entry_photo"."media_type" IN ('image/jpeg', 'image/png', 'image/webp')),
	CONSTRAINT "selection_entry_photo_size_ck" CHECK ("selection_entry_photo"."width" > 0 AND "selection_entry_photo"."height" > 0 AND "selection_entry_photo"."size" > 0)
);
--> statement-breakpoint
CREATE TABLE "selection_complaint" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"entry_id" text,
	"filed_on" date NOT NULL,
	"filed_by_name" text NOT NULL,
	"content" text NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"resolved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "selection_complaint_status_ck" CHECK ("selection_complaint"."status" IN ('OPEN', 'UPHELD', 'REJECTED', 'WITHDRAWN')),
	CONSTRAINT "selection_complaint_name_nfc" CHECK ("selection_complaint"."filed_by_name" IS NFC NORMALIZED),
	CONSTRAINT "selection_complaint_dates_ck" CHECK ("selection_complaint"."received_on" >= "selection_complaint"."filed_on" AND "selection_complaint"."due_on" >= "selection_complaint"."received_on"),
	CONSTRAINT "selection_complaint_resolved_ck" CHECK (("selection_complaint"."status" = 'OPEN') = ("selection_complaint"."resolved_on" IS NULL) AND ("selection_complaint"."resolved_on" IS NULL OR "selection_complaint"."resolved_on" >= "selection_complaint"."received_on"))
);
--> statement-breakpoint
CREATE TABLE "selection_score" (
	"sheet_id" text NOT NULL,
	"criterion_id" text NOT NULL,
	"points" numeric(6, 2) NOT NULL,
	CONSTRAINT "selection_score_sheet_id_criterion_id_pk" PRIMARY KEY("sheet_id","criterion_id"),
	CONSTRAINT "selection_score_points_ck" CHECK ("selection_score"."points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "selection_score_sheet" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"entry_id" text NOT NULL,
	"member_id" text NOT NULL,
	"total" numeric(7, 2) NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "selection_score_sheet_total_ck" CHECK ("selection_score_sheet"."total" >= 0)
);
--> statement-breakpoint
ALTER TABLE "calendar_day" ADD CONSTRAINT "calendar_day_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_criterion" ADD CONSTRAINT "selection_criterion_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_member" ADD CONSTRAINT "selection_member_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_member" ADD CONSTRAINT "selection_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_district_unit_id_admin_unit_id_fk" FOREIGN KEY ("district_unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_organiser_org_id_organisation_id_fk" FOREIGN KEY ("organiser_org_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_funding_project_id_project_id_fk" FOREIGN KEY ("funding_project_id") REFERENCES "public"."project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_plan_decision_file_id_stored_file_id_fk" FOREIGN KEY ("plan_decision_file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_frame_approved_by_member_id_selection_member_id_fk" FOREIGN KEY ("frame_approved_by_member_id") REFERENCES "public"."selection_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round" ADD CONSTRAINT "selection_round_scoring_closed_by_member_id_selection_member_id_fk" FOREIGN KEY ("scoring_closed_by_member_id") REFERENCES "public"."selection_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round_decision" ADD CONSTRAINT "selection_round_decision_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round_decision" ADD CONSTRAINT "selection_round_decision_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_round_decision" ADD CONSTRAINT "selection_round_decision_actor_user_id_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_holder_report" ADD CONSTRAINT "certificate_holder_report_certificate_id_selection_certificate_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."selection_certificate"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_certificate" ADD CONSTRAINT "selection_certificate_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_certificate" ADD CONSTRAINT "selection_certificate_entry_id_selection_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."selection_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_certificate" ADD CONSTRAINT "selection_certificate_establishment_id_establishment_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_certificate" ADD CONSTRAINT "selection_certificate_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_certificate" ADD CONSTRAINT "selection_certificate_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_entry" ADD CONSTRAINT "selection_entry_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_entry" ADD CONSTRAINT "selection_entry_establishment_id_establishment_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_entry" ADD CONSTRAINT "selection_entry_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_entry" ADD CONSTRAINT "selection_entry_lower_certificate_id_selection_certificate_id_fk" FOREIGN KEY ("lower_certificate_id") REFERENCES "public"."selection_certificate"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_entry" ADD CONSTRAINT "selection_entry_nominated_from_round_id_selection_round_id_fk" FOREIGN KEY ("nominated_from_round_id") REFERENCES "public"."selection_round"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_entry_document" ADD CONSTRAINT "selection_entry_document_entry_id_selection_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."selection_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_entry_document" ADD CONSTRAINT "selection_entry_document_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_entry_photo" ADD CONSTRAINT "selection_entry_photo_entry_id_selection_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."selection_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_complaint" ADD CONSTRAINT "selection_complaint_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_complaint" ADD CONSTRAINT "selection_complaint_entry_id_selection_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."selection_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_score" ADD CONSTRAINT "selection_score_sheet_id_selection_score_sheet_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."selection_score_sheet"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_score" ADD CONSTRAINT "selection_score_criterion_id_selection_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."selection_criterion"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_score_sheet" ADD CONSTRAINT "selection_score_sheet_round_id_selection_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."selection_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_score_sheet" ADD CONSTRAINT "selection_score_sheet_entry_id_selection_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."selection_entry"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_score_sheet" ADD CONSTRAINT "selection_score_sheet_member_id_selection_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."selection_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "selection_criterion_position_uq" ON "selection_criterion" USING btree ("round_id","position");--> statement-breakpoint
CREATE INDEX "selection_member_round_idx" ON "selection_member" USING btree ("round_id","body");--> statement-breakpoint
CREATE INDEX "selection_member_user_idx" ON "selection_member" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_member_user_uq" ON "selection_member" USING btree ("round_id","body","user_id") WHERE "selection_member"."user_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "selection_round_code_uq" ON "selection_round" USING btree ("code");--> statement-breakpoint
CREATE INDEX "selection_round_list_idx" ON "selection_round" USING btree ("year","code");--> statement-breakpoint
CREATE INDEX "selection_round_province_idx" ON "selection_round" USING btree ("province_id","year");--> statement-breakpoint
CREATE INDEX "selection_round_level_idx" ON "selection_round" USING btree ("level","year");--> statement-breakpoint
CREATE INDEX "selection_round_search_trgm_idx" ON "selection_round" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "selection_round_decision_round_idx" ON "selection_round_decision" USING btree ("round_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_certificate_number_uq" ON "selection_certificate" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_certificate_sequence_uq" ON "selection_certificate" USING btree ("level","year","issuer_key","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_certificate_entry_uq" ON "selection_certificate" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_certificate_public_id_uq" ON "selection_certificate" USING btree ("public_id");--> statement-breakpoint
CREATE INDEX "selection_certificate_establishment_idx" ON "selection_certificate" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "selection_certificate_round_idx" ON "selection_certificate" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "selection_certificate_search_trgm_idx" ON "selection_certificate" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "selection_certificate_catalogue_idx" ON "selection_certificate" USING btree ("year","level","product_group");--> statement-breakpoint
CREATE INDEX "selection_certificate_province_idx" ON "selection_certificate" USING btree ("province_id","year");--> statement-breakpoint
CREATE INDEX "selection_certificate_region_idx" ON "selection_certificate" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "selection_certificate_valid_until_idx" ON "selection_certificate" USING btree ("valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_entry_product_uq" ON "selection_entry" USING btree ("round_id","establishment_id","product_name_folded");--> statement-breakpoint
CREATE INDEX "selection_entry_round_idx" ON "selection_entry" USING btree ("round_id","status");--> statement-breakpoint
CREATE INDEX "selection_entry_establishment_idx" ON "selection_entry" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "selection_entry_lower_certificate_idx" ON "selection_entry" USING btree ("lower_certificate_id");--> statement-breakpoint
CREATE INDEX "selection_entry_search_trgm_idx" ON "selection_entry" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "selection_entry_document_entry_idx" ON "selection_entry_document" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_entry_photo_angle_uq" ON "selection_entry_photo" USING btree ("entry_id","angle");--> statement-breakpoint
CREATE INDEX "selection_complaint_round_idx" ON "selection_complaint" USING btree ("round_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "selection_score_sheet_entry_member_uq" ON "selection_score_sheet" USING btree ("entry_id","member_id");--> statement-breakpoint
CREATE INDEX "selection_score_sheet_member_idx" ON "selection_score_sheet" USING btree ("round_id","member_id");--> statement-breakpoint
-- hand-written below
-- A score belongs to a criterion of its sheet's round and never exceeds that criterion's maximum (S4, Art. 16):
-- a CHECK cannot read another table, so a trigger refuses it, whatever use case or import writes the row.
CREATE FUNCTION kc_selection_score_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  limit_points numeric;
BEGIN
  SELECT c.max_points INTO limit_points
  FROM selection_criterion c JOIN selection_score_sheet s ON s.round_id = c.round_id
  WHERE c.id = NEW.criterion_id AND s.id = NEW.sheet_id;
  IF limit_points IS NULL THEN
    RAISE EXCEPTION 'criterion % is not in the round of sheet %', NEW.criterion_id, NEW.sheet_id
      USING ERRCODE = '23514', CONSTRAINT = 'selection_score_round_ck';
  END IF;
  IF NEW.points > limit_points THEN
    RAISE EXCEPTION 'points % exceed the maximum % of criterion %', NEW.points, limit_points, NEW.criterion_id
      USING ERRCODE = '23514', CONSTRAINT = 'selection_score_max_ck';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER selection_score_check BEFORE INSERT OR UPDATE ON selection_score
  FOR EACH ROW EXECUTE FUNCTION kc_selection_score_check();
--> statement-breakpoint
-- A sheet scores an entry of its own round.
CREATE FUNCTION kc_selection_sheet_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM selection_entry e WHERE e.id = NEW.entry_id AND e.round_id = NEW.round_id)
     OR NOT EXISTS (SELECT 1 FROM selection_member m WHERE m.id = NEW.member_id AND m.round_id = NEW.round_id) THEN
    RAISE EXCEPTION 'sheet % mixes rounds', NEW.id USING ERRCODE = '23514', CONSTRAINT = 'selection_score_sheet_round_ck';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER selection_score_sheet_check BEFORE INSERT OR UPDATE ON selection_score_sheet
  FOR EACH ROW EXECUTE FUNCTION kc_selection_sheet_check();
