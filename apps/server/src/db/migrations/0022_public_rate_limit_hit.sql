-- UNLOGGED by hand (drizzle-kit has no such option): a count lost in a crash only forgives one window.
CREATE UNLOGGED TABLE "public_rate_limit_hit" (
	"client_key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
