import {
  CENTRAL_UNIT_ID,
  type FundingSource,
  fundingSourceLabels,
  khuyenCongSources,
  type RecordsQuery,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { money } from "../figures/figure-view";
import { unitLabels, unitOrPredecessorsOf } from "../plans/unit-scope";

/**
 * Whose projects' payments a unit's figure holds, resolved once so the payments query can use its indexes:
 * today's unit holds all of its projects' payments (those made before the merger under its predecessors too);
 * a former unit holds its successor's payments made before the merger, if it is the predecessor such money is
 * booked to (`kc_unit_at`: the one whose name the new province kept), else none. Projects of the centre have
 * no province.
 */
async function paymentsOf(db: Db, unit: string) {
  if (unit === CENTRAL_UNIT_ID) return { province: null, paidBefore: null };
  const [row] = rowsOf<{ current: string; until: string | null; keeps: boolean | null }>(
    await db.execute(sql`
      WITH merged AS (SELECT min(effective_date) AS on_date FROM admin_unit_succession WHERE predecessor_id = ${unit})
      SELECT kc_current_unit(${unit}) AS current, merged.on_date::text AS until,
        kc_unit_at(kc_current_unit(${unit}), merged.on_date - 1) = ${unit} AS keeps
      FROM merged`),
  );
  if (!row?.until) return { province: unit, paidBefore: null };
  return row.keeps === true ? { province: row.current, paidBefore: row.until } : null;
}

/**
 * The records a unit's execution figure sums (issue: "every figure clicks through to the records it sums"):
 * the payments and refunds of its projects in the period, and the increments of its reported figures. The
 * total is the sum of both lists, and equals the unit's figure on the dashboard for the same period.
 */
export async function recordsView(db: Db, query: RecordsQuery) {
  const { unit } = query;
  const from = `${query.year}-01-01`;
  const to = new Date(Date.UTC(query.year, query.cutoffMonth, 0)).toISOString().slice(0, 10);
  const sources = query.source
    ? khuyenCongSources.filter((s) => (query.source === "KCQG" ? s === "KCQG" : s !== "KCQG"))
    : [...khuyenCongSources];
  const payments = await paymentsOf(db, unit);
  const [projects, reported] = await Promise.all([
    payments === null
      ? { rows: [] }
      : db.execute(sql`
      SELECT p.id, p.code, p.title, p.funding_level AS "fundingLevel", p.plan_year AS "budgetYear",
        sum(CASE WHEN d.kind = 'REFUND' THEN -d.amount ELSE d.amount END)::text AS exec
      FROM project p JOIN project_disbursement d ON d.project_id = p.id
      WHERE ${payments.province === null ? sql`p.province_id IS NULL` : sql`p.province_id = ${payments.province}`}
        AND d.paid_on BETWEEN ${from}::date AND ${to}::date
        AND ${payments.paidBefore === null ? sql`true` : sql`d.paid_on < ${payments.paidBefore}::date`}
        AND kc_project_source(p.funding_level, p.local_level) = ANY(${sql.param(sources)}::text[])
      GROUP BY p.id ORDER BY p.code`),
    db.execute(sql`
      SELECT * FROM (
        SELECT r.id, r.unit_id, r.cutoff_month AS "cutoffMonth", r.source, r.value_kind AS "valueKind", r.note_vi AS "noteVi",
          (r.value - coalesce(lag(r.value) OVER (PARTITION BY r.unit_id, r.year, r.indicator, r.source, r.content
            ORDER BY r.cutoff_month), 0))::text AS value
        FROM reported_figure r
        WHERE r.indicator = 'BUDGET_EXEC' AND r.year = ${query.year} AND r.source = ANY(${sql.param(sources)}::text[])
          AND ${unitOrPredecessorsOf(sql`r.unit_id`, unit)}
      ) increments WHERE "cutoffMonth" <= ${query.cutoffMonth} ORDER BY unit_id, "cutoffMonth", source`),
  ]);
  const projectRows = rowsOf<{
    id: string;
    code: string;
    title: string;
    fundingLevel: "KCQG" | "KCDP";
    budgetYear: number;
    exec: string;
  }>(projects);
  const reportedRows = rowsOf<{
    id: string;
    unit_id: string;
    cutoffMonth: number;
    source: string;
    valueKind: string;
    noteVi: string;
    value: string;
  }>(reported);
  const labels = await unitLabels(db, [...new Set(reportedRows.map((r) => r.unit_id))]);
  const total =
    projectRows.reduce((sum, p) => sum + BigInt(p.exec), 0n) +
    reportedRows.reduce((sum, r) => sum + BigInt(r.value), 0n);
  return {
    total: money(total),
    projects: projectRows.map((p) => ({ ...p, exec: money(BigInt(p.exec)) })),
    reported: reportedRows.map((r) => ({
      id: r.id,
      unitLabelVi: labels.get(r.unit_id) ?? r.unit_id,
      cutoffMonth: Number(r.cutoffMonth),
      source: r.source,
      sourceLabelVi: fundingSourceLabels[r.source as FundingSource] ?? r.source,
      value: money(BigInt(r.value)),
      valueKind: r.valueKind as "ACTUAL" | "ESTIMATE",
      noteVi: r.noteVi,
    })),
  };
}
