-- The funding-level filter of the national list: codes begin with the level, so in the default order a level's
-- projects sit at one end of each plan year and the general list index walks past the other level's first.
CREATE INDEX "project_level_list_idx" ON "project" USING btree ("funding_level","plan_year","code") INCLUDE ("id","status","province_id","activities","contract_signed_on","last_report_period","search_text");
