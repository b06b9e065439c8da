import { randomUUID } from "node:crypto";
import { type ReportedFiguresInput, reportedIndicators } from "@kc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { programme, reportedFigure } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { refreshReportedYear } from "../figures/figure-summary";
import { requirePlanUnit } from "./unit-scope";

/**
 * One report of a unit (DOMAIN §9.7 Q1): cumulative values to a cut-off month, actual or estimate. A value
 * already reported for the same cut-off is replaced (an estimate by the actual), the previous one kept in the
 * audit row. All values, the unit's summary cells and the audit row in one transaction.
 */
export async function reportFigures(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: ReportedFiguresInput;
}) {
  const { db, actor, meta, input } = options;
  await requirePlanUnit(db, actor, meta, {
    entity: "reported_figure",
    unitId: input.unitId,
    year: input.year,
  });
  const [covering] = await db
    .select({ id: programme.id })
    .from(programme)
    .where(
      and(
        eq(programme.level, "QUOC_GIA"),
        sql`${input.year} BETWEEN ${programme.yearFrom} AND ${programme.yearTo}`,
      ),
    );
  if (!covering) {
    throw new AppError("REPORTED_FIGURE_PERIOD_INVALID", {
      detail: `Năm ${input.year} không thuộc chương trình khuyến công quốc gia nào`,
      errors: [{ path: "body.year", message: "Năm ngoài các chương trình khuyến công" }],
    });
  }
  return db.transaction(async (tx) => {
    const period = { unitId: input.unitId, year: input.year, cutoffMonth: input.cutoffMonth };
    const rows = input.values.map((value) => ({
      ...period,
      indicator: value.indicator,
      source: value.source ?? "",
      content: value.content ?? "",
      value: BigInt(value.value),
    }));
    const keyOf = (r: { indicator: string; source: string; content: string }) =>
      `${r.indicator}\u0000${r.source}\u0000${r.content}`;
    const replaced = new Set(rows.map(keyOf));
    // The report's earlier values, locked, for the audit row: what an estimate said before the actual replaced it.
    const before = (
      await tx
        .select()
        .from(reportedFigure)
        .where(
          and(
            eq(reportedFigure.unitId, period.unitId),
            eq(reportedFigure.year, period.year),
            eq(reportedFigure.cutoffMonth, period.cutoffMonth),
          ),
        )
        .for("update")
    )
      .filter((row) => replaced.has(keyOf(row)))
      .map((row) => ({ ...row, value: `${row.value}` }));
    await tx
      .insert(reportedFigure)
      .values(
        rows.map((row) => ({
          id: randomUUID(),
          ...row,
          valueKind: input.valueKind,
          noteVi: input.noteVi,
          createdBy: actor.userId,
        })),
      )
      .onConflictDoUpdate({
        target: [
          reportedFigure.unitId,
          reportedFigure.year,
          reportedFigure.indicator,
          reportedFigure.source,
          reportedFigure.content,
          reportedFigure.cutoffMonth,
        ],
        set: {
          value: sql`excluded.value`,
          valueKind: sql`excluded.value_kind`,
          noteVi: sql`excluded.note_vi`,
          version: sql`${reportedFigure.version} + 1`,
          updatedAt: new Date(),
        },
      });
    await refreshReportedYear(tx, input.unitId, input.year);
    await writeAudit(tx, actor, meta, {
      action: "FIGURES_REPORTED",
      entity: "reported_figure",
      entityId: `${input.unitId}/${input.year}/${input.cutoffMonth}`,
      before:
        before.length > 0
          ? before.map((b) => ({
              indicator: b.indicator,
              source: b.source,
              value: b.value,
              valueKind: b.valueKind,
            }))
          : undefined,
      after: {
        valueKind: input.valueKind,
        values: input.values.map((v) => ({ ...v, labelVi: reportedIndicators[v.indicator].labelVi })),
      },
    });
  });
}
