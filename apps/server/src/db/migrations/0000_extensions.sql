-- Extensions used by later migrations. PGlite must be opened with the same extensions (db/client.ts).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS "unaccent";
