import {
  type ComplaintStatus,
  complaintResolutionDue,
  complaintTiming,
  complaintWindow,
  formatDate,
  type IsoDate,
  recordComplaintAction,
  resolveComplaintAction,
} from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionComplaint, selectionEntry, type selectionRound } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { atExpectedVersion, nextVersion } from "../../../platform/versioned-write";
import { calendarOverrides } from "../../calendar/calendar.queries";
import { findRoundInScope, membershipsOf } from "../round-access";

type Round = typeof selectionRound.$inferSelect;

/**
 * The complaint window of a round (S6): 15 working days after the results were notified, on the working-day
 * calendar with the yearly decisions. The day stored when results were notified wins (the deadline the entrants
 * were told); otherwise it is computed now.
 */
export async function windowOf(
  db: Db,
  round: Round,
): Promise<{ notifiedOn: IsoDate; lastDay: IsoDate } | null> {
  if (!round.resultsNotifiedOn) return null;
  const lastDay =
    round.complaintWindowEndsOn ?? complaintWindow(round.resultsNotifiedOn, await calendarOverrides(db));
  return { notifiedOn: round.resultsNotifiedOn, lastDay };
}

/** The organiser's staff, or the council secretary of this round, keep the complaints (Art. 20: the council). */
export async function assertKeepsComplaints(db: Db, actor: Actor, roundId: string) {
  if (actor.role !== "COUNCIL_SECRETARY") return;
  const seats = await membershipsOf(db, actor, roundId);
  if (!seats.some((seat) => seat.body === "COUNCIL" && seat.role === "SECRETARY")) {
    throw new AppError("SELECTION_NOT_A_MEMBER", {
      detail: "Chỉ thư ký hội đồng của đợt này ghi nhận khiếu nại",
    });
  }
}

export type ComplaintInput = {
  entryId: string | null;
  filedOn: IsoDate;
  filedByName: string;
  content: string;
  receivedOn: IsoDate;
};

/** Records a complaint received in time; a late one is refused with the last allowed day named, nothing written. */
export async function recordComplaint(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  input: ComplaintInput;
}) {
  const { db, actor, meta, roundId, input } = options;
  return db.transaction(async (tx) => {
    const round = await findRoundInScope(tx, actor, roundId);
    if (!round) throw new AppError("NOT_FOUND");
    await assertKeepsComplaints(tx, actor, roundId);
    const window = await windowOf(tx, round);
    assertAvailable(recordComplaintAction({ roundStatus: round.status, notified: window !== null }));
    if (!window) throw new AppError("SELECTION_COMPLAINT_WINDOW_CLOSED");
    const overrides = await calendarOverrides(tx);
    const timing = complaintTiming(window.notifiedOn, input.receivedOn, overrides);
    const late = !timing.ok || input.receivedOn > window.lastDay;
    if (late) {
      const message = timing.ok
        ? `Khiếu nại quá hạn: hạn cuối là ngày ${formatDate(window.lastDay)}`
        : timing.messageVi;
      throw new AppError("SELECTION_COMPLAINT_WINDOW_CLOSED", {
        detail: message,
        errors: [{ path: "body.receivedOn", message }],
      });
    }
    if (input.filedOn > input.receivedOn) {
      const message = "Ngày gửi không được sau ngày nhận";
      throw new AppError("VALIDATION_FAILED", {
        detail: message,
        errors: [{ path: "body.filedOn", message }],
      });
    }
    if (input.entryId) {
      const [entry] = await tx
        .select({ id: selectionEntry.id })
        .from(selectionEntry)
        .where(and(eq(selectionEntry.id, input.entryId), eq(selectionEntry.roundId, roundId)));
      if (!entry) throw new AppError("NOT_FOUND", { detail: "Sản phẩm không thuộc đợt bình chọn này" });
    }
    const dueOn = complaintResolutionDue(input.receivedOn, overrides);
    const [row] = await tx
      .insert(selectionComplaint)
      .values({ id: crypto.randomUUID(), roundId, ...input, dueOn, createdBy: actor.userId })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_COMPLAINT_RECORDED",
      entity: "selection_complaint",
      entityId: row.id,
      after: { ...input, dueOn },
    });
    return row;
  });
}

export type ResolutionInput = {
  version: number;
  status: Exclude<ComplaintStatus, "OPEN">;
  resolution: string;
  resolvedOn: IsoDate;
};

/** The council's answer (or the complainant's withdrawal); an answer after the due day is kept and shown late. */
export async function resolveComplaint(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  complaintId: string;
  input: ResolutionInput;
}) {
  const { db, actor, meta, roundId, complaintId, input } = options;
  return db.transaction(async (tx) => {
    if (!(await findRoundInScope(tx, actor, roundId))) throw new AppError("NOT_FOUND");
    await assertKeepsComplaints(tx, actor, roundId);
    const [current] = await tx
      .select()
      .from(selectionComplaint)
      .where(and(eq(selectionComplaint.id, complaintId), eq(selectionComplaint.roundId, roundId)))
      .for("update");
    const complaint = atExpectedVersion(current, input.version);
    assertAvailable(resolveComplaintAction({ complaintStatus: complaint.status }));
    if (input.resolvedOn < complaint.receivedOn) {
      const message = `Ngày giải quyết không được trước ngày nhận (${formatDate(complaint.receivedOn)})`;
      throw new AppError("VALIDATION_FAILED", {
        detail: message,
        errors: [{ path: "body.resolvedOn", message }],
      });
    }
    const change = { status: input.status, resolution: input.resolution, resolvedOn: input.resolvedOn };
    const [row] = await tx
      .update(selectionComplaint)
      .set({ ...change, ...nextVersion(complaint) })
      .where(eq(selectionComplaint.id, complaintId))
      .returning();
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_COMPLAINT_RESOLVED",
      entity: "selection_complaint",
      entityId: complaintId,
      before: {
        status: complaint.status,
        resolution: complaint.resolution,
        resolvedOn: complaint.resolvedOn,
      },
      after: change,
    });
    return row;
  });
}
