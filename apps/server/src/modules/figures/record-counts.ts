import { sql } from "drizzle-orm";

/**
 * The counts the trade-promotion and selection records make (decision 0016), cell by cell, as the recount sees
 * them: the same `kc_*_cells` SQL functions the row triggers of migration 0019 call, so the summary kept by the
 * triggers and a rebuild from the tables cannot count a record differently. Columns match the summary recount's.
 */
export function recordCountCells() {
  return sql`
    SELECT c.unit_id, c.year, c.month, c.year AS budget_year, c.indicator, '' AS source, c.content,
      'RECORDS' AS origin, c.value
    FROM (
      SELECT fc.* FROM fair f
      LEFT JOIN (
        SELECT fair_id, count(*) AS participations,
          coalesce(sum(whole_booths), 0) + count(DISTINCT shared_booth_key) AS booths
        FROM fair_participation GROUP BY fair_id
      ) p ON p.fair_id = f.id
      CROSS JOIN LATERAL kc_fair_cells(f, coalesce(p.participations, 0), coalesce(p.booths, 0)) fc
      UNION ALL
      SELECT rc.* FROM selection_round r CROSS JOIN LATERAL kc_round_cells(r) rc
      UNION ALL
      SELECT sc.* FROM showroom s CROSS JOIN LATERAL kc_showroom_cells(s) sc
      UNION ALL
      SELECT bc.* FROM brand_support b CROSS JOIN LATERAL kc_brand_cells(b) bc
    ) c`;
}
