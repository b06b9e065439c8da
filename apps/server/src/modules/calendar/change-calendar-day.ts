import type { CalendarDayKind, IsoDate } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { calendarDay } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { atExpectedVersion } from "../../platform/versioned-write";

export type CalendarDayInput = { date: IsoDate; kind: CalendarDayKind; name: string; decisionRef: string };

/**
 * Records a yearly decision of the government (a swapped day off, a Saturday worked, a holiday moved): one row
 * per date, so a second decision for the same day is refused (409) and the admin removes the first one.
 */
export async function addCalendarDay(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: CalendarDayInput;
}) {
  const { db, actor, meta, input } = options;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(calendarDay)
      .values({ ...input, createdBy: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      throw new AppError("CALENDAR_DAY_EXISTS", {
        errors: [{ path: "body.date", message: "Ngày này đã có quyết định" }],
      });
    }
    await writeAudit(tx, actor, meta, {
      action: "CALENDAR_DAY_ADDED",
      entity: "calendar_day",
      entityId: row.date,
      after: input,
    });
    return row;
  });
}

/** Removes a decision; the day goes back to what the law gives. The version read must still be current (409). */
export async function removeCalendarDay(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  date: IsoDate;
  version: number;
}) {
  const { db, actor, meta, date, version } = options;
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(calendarDay).where(eq(calendarDay.date, date)).for("update");
    const row = atExpectedVersion(current, version);
    await tx.delete(calendarDay).where(eq(calendarDay.date, date));
    await writeAudit(tx, actor, meta, {
      action: "CALENDAR_DAY_REMOVED",
      entity: "calendar_day",
      entityId: date,
      before: { date: row.date, kind: row.kind, name: row.name, decisionRef: row.decisionRef },
    });
  });
}
