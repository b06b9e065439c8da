CREATE TABLE "certificate_signing_key" (
	"kid" text PRIMARY KEY NOT NULL,
	"public_x" text NOT NULL,
	"private_pem" text,
	"first_used_at" timestamp with time zone DEFAULT now() NOT NULL
);
