-- Lists read a page in order from these indexes alone: the filters and the search are tested on the index tuples
-- (INCLUDE columns), so a search through 200,000 establishments touches no table page until the 50 rows shown
-- (docs/decisions/0005-list-search-and-counts.md). drizzle-kit cannot write INCLUDE, hence the hand edit.
-- Rows written before the cap: cut to 1,500 characters, or to 375 (4 bytes each at most) if those are still too long.
UPDATE "establishment" SET "search_text" = CASE WHEN octet_length(left("search_text", 1500)) <= 1500 THEN left("search_text", 1500) ELSE left("search_text", 375) END WHERE octet_length("search_text") > 1500;--> statement-breakpoint
ALTER TABLE "establishment" ADD CONSTRAINT "establishment_search_text_len_ck" CHECK (octet_length("search_text") <= 1500);--> statement-breakpoint
DROP INDEX "establishment_province_sort_idx";--> statement-breakpoint
CREATE INDEX "establishment_list_idx" ON "establishment" USING btree ("status","sort_key","id") INCLUDE ("legal_form","commune_id","eligibility_verdict","has_support","search_text");--> statement-breakpoint
CREATE INDEX "establishment_province_list_idx" ON "establishment" USING btree ("province_id","status","sort_key","id") INCLUDE ("legal_form","commune_id","eligibility_verdict","has_support","search_text");
