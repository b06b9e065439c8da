import { hostname } from "node:os";
import {
  type ReminderDue,
  type ReportObligation,
  reminderDueFor,
  type reportObligations,
  todayInVietnam,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { reportReminder } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { AppConfig } from "../../platform/context";
import type { Mailer } from "../../platform/mail/mailer";
import { unitLabels } from "../plans/unit-scope";
import { reminderMail } from "./reminder-mail";
import { loadObligations, obligationSettings } from "./report-obligations.queries";

/** A reminder claimed by a process that died is claimed again after this long. */
const CLAIM_EXPIRES = sql`interval '10 minutes'`;
/** A reminder whose e-mail failed this many times is left for an administrator to look at (last_error). */
const MAX_ATTEMPTS = 5;

const sweeper = `${hostname()}:${process.pid}`;

/** How many times each returned report was sent: the key of the notice of its latest return. */
async function submissionCounts(db: Db, reportIds: readonly string[]): Promise<Map<string, number>> {
  if (reportIds.length === 0) return new Map();
  const result = await db.execute(sql`
    SELECT report_id AS id, count(*)::int AS n FROM report_submission
    WHERE report_id = ANY(${sql.param([...reportIds])}::text[]) GROUP BY report_id`);
  return new Map(rowsOf<{ id: string; n: number }>(result).map((row) => [row.id, Number(row.n)]));
}

type Decided = { obligation: ReportObligation; due: ReminderDue };

/**
 * Decides the reminders owed today: one row per report owed × step, inserted under the unique key in one
 * transaction with its audit row, so two processes sweeping at once decide each step once (the second one's
 * insert does nothing).
 */
async function decideReminders(db: Db, config: AppConfig, today: string): Promise<number> {
  const { obligations } = await loadObligations(db, { all: true }, { config, today });
  const offsets = obligationSettings(config).reminderOffsets;
  const returned = obligations.filter((o) => o.status === "RETURNED" && o.reportId !== null);
  const counts = await submissionCounts(
    db,
    returned.map((o) => o.reportId as string),
  );
  const decided: Decided[] = [];
  for (const obligation of obligations) {
    const submissions = obligation.reportId ? (counts.get(obligation.reportId) ?? 0) : 0;
    const due = reminderDueFor(obligation, offsets, today, submissions);
    if (due) decided.push({ obligation, due });
  }
  if (decided.length === 0) return 0;
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(reportReminder)
      .values(
        decided.map(({ obligation: o, due }) => ({
          id: crypto.randomUUID(),
          templateId: o.templateId,
          provinceId: o.provinceId,
          year: o.year,
          periodIndex: o.periodIndex,
          step: due.step,
          dueOn: o.window.dueOn,
          reportId: o.reportId,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: reportReminder.id });
    if (inserted.length > 0) {
      await writeAudit(
        tx,
        null,
        { requestId: "report-reminder-sweep", ip: null, userAgent: null },
        {
          action: "REPORT_REMINDERS_DECIDED",
          entity: "periodic_report",
          entityId: today,
          after: { reminders: inserted.length },
        },
      );
    }
    return inserted.length;
  });
}

type ClaimedReminder = {
  id: string;
  templateId: string;
  provinceId: string;
  year: number;
  periodIndex: number;
  step: string;
  dueOn: string;
  reportId: string | null;
};

/** Takes the unsent reminders for this process (FOR UPDATE SKIP LOCKED: never two senders for one reminder). */
async function claimReminders(db: Db): Promise<ClaimedReminder[]> {
  const result = await db.execute(sql`
    UPDATE report_reminder SET claimed_at = now(), claimed_by = ${sweeper}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM report_reminder
      WHERE sent_at IS NULL AND attempts < ${MAX_ATTEMPTS}
        AND (claimed_at IS NULL OR claimed_at < now() - ${CLAIM_EXPIRES})
      ORDER BY decided_at, id LIMIT 500 FOR UPDATE SKIP LOCKED)
    RETURNING id, template_id AS "templateId", province_id AS "provinceId", year, period_index AS "periodIndex",
      step, due_on::text AS "dueOn", report_id AS "reportId"`);
  return rowsOf<ClaimedReminder>(result);
}

/** The province's staff who can send its report: officers and leaders of today's province, accounts enabled. */
async function recipientsOf(db: Db, provinceId: string): Promise<string[]> {
  const result = await db.execute(sql`
    SELECT email FROM "user"
    WHERE NOT disabled AND scope_kind = 'PROVINCE' AND role IN ('PROVINCIAL_OFFICER', 'PROVINCIAL_LEADER')
      AND scope_province_id IN (${provinceId}::text, kc_current_unit(${provinceId}))
    ORDER BY email`);
  return rowsOf<{ email: string }>(result).map((row) => row.email);
}

export type SweepOutcome = { decided: number; sent: number; failed: number };

/**
 * The reminder sweep (issue 17 item 3): decides today's reminders, then sends the e-mails of every reminder not
 * yet sent to the province's staff and marks it sent. Run by each server process every
 * KC_REPORT_REMINDER_SWEEP_MINUTES and by a central administrator on demand; running it twice sends nothing twice.
 * A failed e-mail leaves the reminder unsent (its error kept) for the next sweep.
 */
export async function sweepReportReminders(options: {
  db: Db;
  config: AppConfig;
  mailer: Mailer;
  logger: Logger;
  now: Date;
}): Promise<SweepOutcome> {
  const { db, config, mailer, logger, now } = options;
  const today = todayInVietnam(now);
  const decided = await decideReminders(db, config, today);
  const claimed = await claimReminders(db);
  const titles = await templateTitles(db);
  let sent = 0;
  let failed = 0;
  for (const reminder of claimed) {
    const recipients = await recipientsOf(db, reminder.provinceId);
    try {
      const provinceLabel = (await unitLabels(db, [reminder.provinceId])).get(reminder.provinceId) ?? "";
      const mail = reminderMail(reminder, { config, today, titles, provinceLabel });
      for (const to of recipients) await mailer.send({ to, ...mail });
      await db.execute(sql`
        UPDATE report_reminder SET sent_at = now(), recipients = ${JSON.stringify(recipients)}::jsonb,
          last_error = NULL WHERE id = ${reminder.id} AND claimed_by = ${sweeper}`);
      sent += 1;
      if (recipients.length === 0)
        logger.warn(
          { provinceId: reminder.provinceId },
          "report reminder: the province has no officer account",
        );
    } catch (error) {
      failed += 1;
      logger.error({ err: error, reminderId: reminder.id }, "report reminder e-mail failed");
      await db.execute(sql`
        UPDATE report_reminder SET claimed_at = NULL, last_error = ${String(error).slice(0, 500)}
        WHERE id = ${reminder.id}`);
    }
  }
  return { decided, sent, failed };
}

async function templateTitles(db: Db) {
  const result = await db.execute(
    sql`SELECT id, title_vi AS "titleVi", period_kind AS "periodKind", window_rule AS "windowRule",
      deadline_days_after_window AS "deadlineDaysAfterWindow" FROM report_template`,
  );
  type Row = Parameters<typeof reportObligations>[0]["templates"][number];
  return new Map(
    rowsOf<Pick<Row, "id" | "titleVi" | "periodKind" | "windowRule" | "deadlineDaysAfterWindow">>(result).map(
      (row) => [row.id, row],
    ),
  );
}
