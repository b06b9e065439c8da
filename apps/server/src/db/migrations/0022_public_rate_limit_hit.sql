-- UNLOGGED by hand (drizzle-kit has no such option): a count lost in a crash only forgives one window.
CREATE UNLOGGED TABLE "public_rate_limit_hit" (
	"client_key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "public_rate_limit_hit_client_key_window_start_pk" PRIMARY KEY("client_key","window_start")
);
