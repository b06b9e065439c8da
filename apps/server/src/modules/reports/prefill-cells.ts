import {
  type ReportColumn,
  type ReportPrefill,
  type ReportRow,
  type ReportTemplateVersion,
  type ReportValueKind,
  templateRows,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { ReportCellRecords } from "../../db/schema/reports";
import { growthOn, percentOfPlan } from "../figures/figure-view";
import { unitOrPredecessorsOf } from "../plans/unit-scope";
import type { CellWrite } from "./cell-writes";

/**
 * What a report's records say, cell by cell (issue 17 item 2): money and counts from the figure summary the
 * dashboard reads (decision 0007, origin RECORDS: plans, payments, fairs, rounds, brands, showrooms), projects by
 * the state they reached in the window from their step history, and the distinct establishments behind the
 * window's fair participations by the same SQL function that counts the participations (decision 0017), so the
 * bound check between the two cannot fail on records. Percentages are computed here, never typed (Q5). Every
 * cell carries the page of records it was read from.
 */

type Report = { provinceId: string; year: number; windowFrom: string; windowTo: string };
type SummaryCell = {
  indicator: string;
  source: string;
  content: string;
  year: number;
  month: number;
  value: bigint;
};

/** The months of the summary a window takes: those whose first day lies in it (15th-to-14th windows included). */
export function windowMonths(report: Pick<Report, "year" | "windowFrom" | "windowTo">): number[] {
  const months: number[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const first = `${report.year}-${String(month).padStart(2, "0")}-01`;
    if (first >= report.windowFrom && first <= report.windowTo) months.push(month);
  }
  return months;
}

async function summaryCells(db: Db, report: Report): Promise<SummaryCell[]> {
  const result = await db.execute(sql`
    SELECT indicator, source, content, year, month, sum(value)::text AS value
    FROM figure_summary
    WHERE origin = 'RECORDS' AND year IN (${report.year}, ${report.year - 1})
      AND ${unitOrPredecessorsOf(sql`unit_id`, report.provinceId)}
    GROUP BY indicator, source, content, year, month`);
  return rowsOf<Omit<SummaryCell, "value"> & { value: string }>(result).map((row) => ({
    ...row,
    year: Number(row.year),
    month: Number(row.month),
    value: BigInt(row.value),
  }));
}

const PROJECT_STATES = { APPROVED: "IN_APPROVED_PLAN", COMPLETED: "ACCEPTED", STOPPED: "STOPPED" } as const;

/** Projects of the province that reached the state within [from, to], by their step history. */
async function projectCount(db: Db, provinceId: string, state: string, from: string, to: string) {
  const result = await db.execute(sql`
    SELECT count(DISTINCT s.project_id)::text AS n
    FROM project_step s JOIN project p ON p.id = s.project_id
    WHERE s.to_status = ${state} AND s.effective_on BETWEEN ${from}::date AND ${to}::date
      AND ${unitOrPredecessorsOf(sql`p.province_id`, provinceId)}`);
  return BigInt(rowsOf<{ n: string }>(result)[0]?.n ?? "0");
}

/** Distinct establishments at the fairs whose participations count for the province in these months. */
async function fairEstablishments(db: Db, provinceId: string, year: number, months: readonly number[]) {
  if (months.length === 0) return 0n;
  const result = await db.execute(sql`
    SELECT count(DISTINCT fp.establishment_id)::text AS n
    FROM fair f
    JOIN fair_participation fp ON fp.fair_id = f.id
    CROSS JOIN LATERAL kc_fair_cells(f, 1, 1) c
    WHERE c.indicator = 'FAIR_PARTICIPATIONS' AND c.year = ${year}
      AND c.month = ANY(${sql.param(months)}::int[])
      AND ${unitOrPredecessorsOf(sql`c.unit_id`, provinceId)}`);
  return BigInt(rowsOf<{ n: string }>(result)[0]?.n ?? "0");
}

const KHUYEN_CONG = (source: string) => source === "KCQG" || source.startsWith("KCDP");

function matchesSource(prefill: Extract<ReportPrefill, { kind: "SUMMARY" }>, source: string): boolean {
  if (prefill.source === "KCQG") return source === "KCQG";
  if (prefill.source === "KCDP") return source.startsWith("KCDP");
  // A money total is kinh phí khuyến công (KCQG + KCĐP), never counterpart or other money; counts have no source.
  return prefill.indicator.startsWith("BUDGET") ? KHUYEN_CONG(source) : true;
}

function sumOf(
  cells: readonly SummaryCell[],
  prefill: Extract<ReportPrefill, { kind: "SUMMARY" }>,
  indicator: string,
  year: number,
  months: readonly number[],
): bigint {
  return cells
    .filter(
      (cell) =>
        cell.indicator === indicator &&
        cell.year === year &&
        months.includes(cell.month) &&
        matchesSource(prefill, cell.source) &&
        (prefill.content === undefined || cell.content === prefill.content),
    )
    .reduce((total, cell) => total + cell.value, 0n);
}

function recordsOf(row: ReportRow, report: Report): ReportCellRecords {
  const query = `provinceId=${encodeURIComponent(report.provinceId)}&year=${report.year}`;
  const prefill = row.prefill;
  if (prefill?.kind === "PROJECTS") return { labelVi: "Danh sách đề án", href: `/de-an?${query}` };
  switch (row.indicator) {
    case "FAIRS_ORGANISED":
    case "BOOTHS":
    case "FAIR_PARTICIPATIONS":
    case "ESTAB_SUPPORTED":
      return { labelVi: "Hội chợ triển lãm", href: `/hoi-cho-trien-lam?${query}` };
    case "SELECTION_ROUNDS":
    case "SELECTION_ENTRIES":
    case "PRODUCTS_CERTIFIED":
      return { labelVi: "Bình chọn sản phẩm", href: `/binh-chon-san-pham?${query}` };
    case "BRANDS":
      return { labelVi: "Hỗ trợ thương hiệu", href: `/xuc-tien-thuong-mai/thuong-hieu?${query}` };
    case "SHOWROOMS":
      return { labelVi: "Phòng trưng bày", href: `/xuc-tien-thuong-mai/phong-trung-bay?${query}` };
    default:
      return { labelVi: "Kế hoạch và giải ngân trên bảng tổng hợp", href: `/tong-quan?${query}` };
  }
}

/**
 * The pre-filled value of every cell of every row that has a prefill rule, for the report's period. PERIOD is an
 * estimate while the window has not ended (Q1), an actual afterwards.
 */
export async function prefillCells(
  db: Db,
  report: Report,
  template: ReportTemplateVersion,
  today: string,
): Promise<CellWrite[]> {
  const months = windowMonths(report);
  const summary = await summaryCells(db, report);
  const periodKind: ReportValueKind = report.windowTo < today ? "ACTUAL" : "ESTIMATE";
  const writes: CellWrite[] = [];
  for (const row of templateRows(template)) {
    const prefill = row.prefill;
    if (!prefill) continue;
    const amounts = new Map<ReportColumn, bigint>();
    if (prefill.kind === "SUMMARY") {
      const plan = prefill.indicator === "BUDGET_EXEC" ? "BUDGET_PLAN" : null;
      amounts.set("PERIOD", sumOf(summary, prefill, prefill.indicator, report.year, months));
      amounts.set("PREVIOUS", sumOf(summary, prefill, prefill.indicator, report.year - 1, months));
      if (plan) {
        amounts.set("PLAN", sumOf(summary, prefill, plan, report.year, [0]));
        amounts.set("PREVIOUS_PLAN", sumOf(summary, prefill, plan, report.year - 1, [0]));
      }
    } else if (prefill.kind === "PROJECTS") {
      const state = PROJECT_STATES[prefill.states];
      const lastYear = { from: shiftYear(report.windowFrom), to: shiftYear(report.windowTo) };
      amounts.set(
        "PERIOD",
        await projectCount(db, report.provinceId, state, report.windowFrom, report.windowTo),
      );
      amounts.set("PREVIOUS", await projectCount(db, report.provinceId, state, lastYear.from, lastYear.to));
    } else {
      amounts.set("PERIOD", await fairEstablishments(db, report.provinceId, report.year, months));
      amounts.set("PREVIOUS", await fairEstablishments(db, report.provinceId, report.year - 1, months));
    }
    const derived: Partial<Record<ReportColumn, string | null>> = {};
    const period = amounts.get("PERIOD");
    const plan = amounts.get("PLAN");
    const previous = amounts.get("PREVIOUS");
    const previousPlan = amounts.get("PREVIOUS_PLAN");
    if (period !== undefined && plan !== undefined)
      derived.PCT_OF_PLAN = percentOfPlan(period, plan)?.value ?? null;
    if (period !== undefined && previous !== undefined)
      derived.GROWTH = growthOn(period, previous)?.value ?? null;
    if (plan !== undefined && previousPlan !== undefined)
      derived.PLAN_GROWTH = growthOn(plan, previousPlan)?.value ?? null;
    const records = recordsOf(row, report);
    for (const column of row.columns) {
      const value = amounts.has(column) ? `${amounts.get(column)}` : (derived[column] ?? null);
      const valueKind: ReportValueKind =
        column === "PLAN" || column === "PREVIOUS_PLAN" || column === "PLAN_GROWTH"
          ? "PLAN"
          : column === "PREVIOUS"
            ? "ACTUAL"
            : periodKind;
      writes.push({ rowCode: row.code, columnCode: column, value, valueKind, source: "PREFILLED", records });
    }
  }
  return writes;
}

/** The same day a year earlier; 29 February becomes the 28th. */
function shiftYear(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return new Date(Date.UTC(year - 1, month - 1, Math.min(day, lastDay))).toISOString().slice(0, 10);
}
