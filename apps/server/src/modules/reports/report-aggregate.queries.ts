import type {
  AggregateProvince,
  AggregateReportInput,
  GeographyBasis,
  ReportColumn,
  ReportState,
  ReportValueKind,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { unitLabel } from "../plans/unit-scope";

/**
 * The two reads behind an aggregate (issue 17 item 4), whatever the scope: the provinces of the period's map
 * with their region, and the period's reports with the cells of the approved ones. Regions are placed by the
 * same database functions the dashboard's summary uses (`kc_region_at`, `kc_current_unit`): as of the period's
 * last day, or re-based on today's 34 provinces and today's regions (DOMAIN §9.7 Q3).
 */

/** A province placed for the basis, with today's province it became (whose staff may see its figures). */
export type AggregatePlace = AggregateProvince & { currentId: string };

type PlaceRow = {
  id: string;
  name: string;
  valid_to: string | null;
  region: string;
  current_id: string;
  current_name: string;
  current_valid_to: string | null;
};

/**
 * The provinces that existed on the period's last day, plus any that has a report for the period (a report
 * opened under a province that ended inside the window still counts, never silently dropped).
 */
export async function aggregatePlaces(
  db: Db,
  input: { templateId: string; year: number; periodIndex: number; windowTo: string; basis: GeographyBasis },
): Promise<AggregatePlace[]> {
  const region =
    input.basis === "AS_OF"
      ? sql`kc_region_at(u.id, ${input.windowTo}::date)`
      : sql`kc_region_at(c.id, current_date)`;
  const rows = rowsOf<PlaceRow>(
    await db.execute(sql`
      SELECT u.id, u.name, u.valid_to, ${region} AS region,
        c.id AS current_id, c.name AS current_name, c.valid_to AS current_valid_to
      FROM admin_unit u JOIN admin_unit c ON c.id = kc_current_unit(u.id)
      WHERE u.level = 'TINH' AND (
        (u.valid_from <= ${input.windowTo}::date AND (u.valid_to IS NULL OR u.valid_to >= ${input.windowTo}::date))
        OR u.id IN (SELECT province_id FROM periodic_report WHERE template_id = ${input.templateId}
          AND year = ${input.year} AND period_index = ${input.periodIndex}))`),
  );
  const place = (row: PlaceRow): AggregatePlace => {
    const own = { id: row.id, labelVi: unitLabel(row.name, row.valid_to) };
    const current = { id: row.current_id, labelVi: unitLabel(row.current_name, row.current_valid_to) };
    return {
      ...own,
      region: row.region,
      countedAs: input.basis === "AS_OF" ? own : current,
      currentId: row.current_id,
    };
  };
  // In the order of the Vietnamese alphabet, which the database does not know.
  return rows.map(place).sort((a, b) => a.labelVi.localeCompare(b.labelVi, "vi"));
}

type ReportCellRow = {
  id: string;
  province_id: string;
  state: ReportState;
  row_code: string | null;
  column_code: ReportColumn | null;
  value: string | null;
  value_kind: ReportValueKind | null;
};

/** The period's reports in every state, with the cells of the approved and locked ones: one statement. */
export async function aggregateReportsOfPeriod(
  db: Db,
  input: { templateId: string; year: number; periodIndex: number },
): Promise<AggregateReportInput[]> {
  const rows = rowsOf<ReportCellRow>(
    await db.execute(sql`
      SELECT r.id, r.province_id, r.state, c.row_code, c.column_code, c.value, c.value_kind
      FROM periodic_report r
      LEFT JOIN report_cell c ON c.report_id = r.id AND r.state IN ('APPROVED', 'LOCKED')
      WHERE r.template_id = ${input.templateId} AND r.year = ${input.year}
        AND r.period_index = ${input.periodIndex}
      ORDER BY r.province_id, c.row_code, c.column_code`),
  );
  const reports = new Map<
    string,
    AggregateReportInput & { cells: AggregateReportInput["cells"][number][] }
  >();
  for (const row of rows) {
    const report = reports.get(row.id) ?? {
      reportId: row.id,
      provinceId: row.province_id,
      state: row.state,
      cells: [],
    };
    reports.set(row.id, report);
    if (row.row_code && row.column_code && row.value !== null && row.value_kind) {
      report.cells.push({
        row: row.row_code,
        column: row.column_code,
        value: row.value,
        valueKind: row.value_kind,
      });
    }
  }
  return [...reports.values()];
}
