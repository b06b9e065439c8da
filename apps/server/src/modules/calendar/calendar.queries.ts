import type { CalendarOverride } from "@kc/domain";
import { asc } from "drizzle-orm";
import type { Db } from "../../db/client";
import { calendarDay } from "../../db/schema/index";

/**
 * The yearly decisions (calendar_day rows) as the domain calendar's overrides. The table holds a few dozen rows
 * a year at most, so every deadline computation reads it whole.
 */
export async function calendarOverrides(db: Db): Promise<CalendarOverride[]> {
  const rows = await db.select().from(calendarDay).orderBy(asc(calendarDay.date));
  return rows.map((row) => ({
    date: row.date,
    kind: row.kind,
    name: row.decisionRef ? `${row.name} (${row.decisionRef})` : row.name,
  }));
}

export async function calendarRows(db: Db) {
  return db.select().from(calendarDay).orderBy(asc(calendarDay.date));
}
