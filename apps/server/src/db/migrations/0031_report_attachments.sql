CREATE TABLE "report_attachment" (
	"id" text PRIMARY KEY NOT NULL,
	"report_id" text NOT NULL,
	"file_id" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "report_attachment_description_nfc" CHECK ("report_attachment"."description" IS NFC NORMALIZED)
);
--> statement-breakpoint
ALTER TABLE "report_attachment" ADD CONSTRAINT "report_attachment_report_id_periodic_report_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."periodic_report"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_attachment" ADD CONSTRAINT "report_attachment_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_attachment_report_idx" ON "report_attachment" USING btree ("report_id","created_at");