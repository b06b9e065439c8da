CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"category" text NOT NULL,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"actor_user_id" text,
	"actor_email" text,
	"actor_role" text,
	"actor_scope" jsonb,
	"entity" text,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	"last_request" bigint NOT NULL,
	CONSTRAINT "rate_limit_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "two_factor" (
	"id" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"backup_codes" text NOT NULL,
	"user_id" text NOT NULL,
	"verified" boolean DEFAULT true NOT NULL,
	"failed_verification_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"two_factor_enabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"role" text NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_region_code" text,
	"scope_province_id" text,
	"scope_organisation_id" text,
	"organisation_id" text,
	"disabled" boolean DEFAULT false NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_unit" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_basis_id" text,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"source" text DEFAULT 'SEED' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admin_unit_succession" (
	"id" serial PRIMARY KEY NOT NULL,
	"predecessor_id" text NOT NULL,
	"successor_id" text NOT NULL,
	"effective_date" date NOT NULL,
	"kind" text NOT NULL,
	"legal_basis_id" text,
	CONSTRAINT "admin_unit_succession_pair_uq" UNIQUE("predecessor_id","successor_id")
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_entry" (
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"label_vi" text NOT NULL,
	"label_en" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_basis_id" text,
	"sort_order" integer NOT NULL,
	CONSTRAINT "catalogue_entry_kind_code_pk" PRIMARY KEY("kind","code")
);
--> statement-breakpoint
CREATE TABLE "legal_document" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"type" text NOT NULL,
	"issuer" text NOT NULL,
	"title" text NOT NULL,
	"signed_date" date,
	"effective_date" date,
	"expiry_date" date,
	"status" text NOT NULL,
	"confidence" text NOT NULL,
	"note" text,
	"replaces_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"amends_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"admin_unit_id" text,
	"region_code" text,
	"parent_id" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"successor_id" text
);
--> statement-breakpoint
CREATE TABLE "organisation_name" (
	"id" serial PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_basis_id" text,
	"confidence" text NOT NULL,
	"search_text" text NOT NULL,
	CONSTRAINT "organisation_name_uq" UNIQUE("organisation_id","valid_from")
);
--> statement-breakpoint
CREATE TABLE "region" (
	"code" text PRIMARY KEY NOT NULL,
	"label_vi" text NOT NULL,
	"label_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_membership" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"province_id" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_basis_id" text,
	"confidence" text NOT NULL,
	CONSTRAINT "region_membership_uq" UNIQUE("province_id","valid_from")
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "two_factor" ADD CONSTRAINT "two_factor_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit" ADD CONSTRAINT "admin_unit_legal_basis_id_legal_document_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_succession" ADD CONSTRAINT "admin_unit_succession_predecessor_id_admin_unit_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_succession" ADD CONSTRAINT "admin_unit_succession_successor_id_admin_unit_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_succession" ADD CONSTRAINT "admin_unit_succession_legal_basis_id_legal_document_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entry" ADD CONSTRAINT "catalogue_entry_legal_basis_id_legal_document_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_admin_unit_id_admin_unit_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_name" ADD CONSTRAINT "organisation_name_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_name" ADD CONSTRAINT "organisation_name_legal_basis_id_legal_document_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_membership" ADD CONSTRAINT "region_membership_region_code_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_membership" ADD CONSTRAINT "region_membership_province_id_admin_unit_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_membership" ADD CONSTRAINT "region_membership_legal_basis_id_legal_document_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "account_user_idx" ON "account" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "two_factor_user_idx" ON "two_factor" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "two_factor_secret_idx" ON "two_factor" USING btree ("secret");--> statement-breakpoint
CREATE INDEX "user_scope_province_idx" ON "user" USING btree ("scope_province_id");--> statement-breakpoint
CREATE INDEX "user_search_trgm_idx" ON "user" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "admin_unit_level_dates_idx" ON "admin_unit" USING btree ("level","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "admin_unit_parent_idx" ON "admin_unit" USING btree ("parent_id","level");--> statement-breakpoint
CREATE INDEX "admin_unit_code_idx" ON "admin_unit" USING btree ("code");--> statement-breakpoint
CREATE INDEX "admin_unit_search_trgm_idx" ON "admin_unit" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "admin_unit_succession_successor_idx" ON "admin_unit_succession" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "legal_document_search_trgm_idx" ON "legal_document" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisation_unit_idx" ON "organisation" USING btree ("admin_unit_id");--> statement-breakpoint
CREATE INDEX "organisation_name_search_trgm_idx" ON "organisation_name" USING gin ("search_text" gin_trgm_ops);