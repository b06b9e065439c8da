-- Audit rows are evidence: nobody, the table owner included, may change or remove them (RELIABILITY.md §1.7).
-- A separate application role in production additionally gets only INSERT and SELECT (docs/deploy.md).
CREATE OR REPLACE FUNCTION audit_log_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is insert-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM PUBLIC;
--> statement-breakpoint
-- Stored text is NFC (RELIABILITY.md §5.3): enforce it where names enter the reference tables.
ALTER TABLE "admin_unit" ADD CONSTRAINT "admin_unit_name_nfc" CHECK ("name" IS NFC NORMALIZED);
--> statement-breakpoint
ALTER TABLE "organisation_name" ADD CONSTRAINT "organisation_name_nfc" CHECK ("name" IS NFC NORMALIZED);
--> statement-breakpoint
ALTER TABLE "user" ADD CONSTRAINT "user_name_nfc" CHECK ("name" IS NFC NORMALIZED);
--> statement-breakpoint
ALTER TABLE "admin_unit" ADD CONSTRAINT "admin_unit_dates_ck" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from");
