import { type RuleIssue, sheetTotalHalves, validateScoreSheet } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  selectionEntry,
  selectionRound,
  selectionScore,
  selectionScoreSheet,
} from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { atExpectedVersion } from "../../../platform/versioned-write";
import { roundScopeFilter } from "../round-access";
import { criteriaOf, frameOf } from "./scoring.queries";
import { JUROR_SEAT, requireSeat } from "./scoring-access";
import { scoreAvailability } from "./scoring-state";

export type SheetInput = {
  /** Points per criterion id, as exact decimal strings ("12.5"). */
  scores: Record<string, string>;
  note: string;
  /** The version of the juror's sheet as read; null when the juror has none yet. */
  version: number | null;
};

const ISSUE_CODES = {
  SCORE_ABOVE_MAX: "SELECTION_SCORE_ABOVE_MAX",
  SCORE_NEGATIVE: "SELECTION_SCORE_ABOVE_MAX",
  SCORE_STEP_INVALID: "SELECTION_SCORE_STEP_INVALID",
  SCORE_NOT_A_NUMBER: "SELECTION_SCORE_STEP_INVALID",
} as const;

function refuseIssues(issues: RuleIssue[]): never {
  const first = issues[0] as RuleIssue;
  const code = ISSUE_CODES[first.code as keyof typeof ISSUE_CODES] ?? "SELECTION_SCORE_INCOMPLETE";
  throw new AppError(code, {
    detail: issues.map((issue) => issue.messageVi).join("; "),
    errors: issues.map((issue) => ({ path: `body.${issue.field}`, message: issue.messageVi })),
  });
}

const pointsText = (halves: number) => (halves % 2 === 0 ? String(halves / 2) : `${(halves - 1) / 2}.5`);

/**
 * A juror writes their own sheet for one entry (Art. 11: each member scores independently). One row per juror
 * and entry, so two jurors saving at once never touch each other's row; a juror's second tab saving an older
 * version gets 409. Refused: outside judging or after closing, before the frame is approved, an entry of an
 * establishment the juror is tied to, a score above the maximum, negative or off the 0.5 step (criterion named).
 */
export async function saveScoreSheet(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  entryId: string;
  input: SheetInput;
}) {
  const { db, actor, meta, roundId, entryId, input } = options;
  return db.transaction(async (tx) => {
    // The round is read with a shared lock so closing (which locks it for update) waits for saves in flight.
    const [round] = await tx
      .select()
      .from(selectionRound)
      .where(and(eq(selectionRound.id, roundId), roundScopeFilter(actor)))
      .for("share");
    if (!round) throw new AppError("NOT_FOUND");
    const seat = await requireSeat(tx, actor, roundId, JUROR_SEAT);
    assertAvailable(scoreAvailability(round));
    const [entry] = await tx
      .select()
      .from(selectionEntry)
      .where(and(eq(selectionEntry.id, entryId), eq(selectionEntry.roundId, roundId)));
    if (!entry || entry.status === "WITHDRAWN" || entry.status === "INELIGIBLE")
      throw new AppError("NOT_FOUND");
    if (seat.conflictEstablishmentIds.includes(entry.establishmentId)) {
      throw new AppError("SELECTION_CONFLICT_OF_INTEREST", {
        detail: `${seat.fullName} đã khai có liên quan đến cơ sở của sản phẩm "${entry.productName}" nên không chấm sản phẩm này`,
      });
    }
    const frame = frameOf(await criteriaOf(tx, roundId));
    const scores = Object.fromEntries(Object.entries(input.scores).map(([id, text]) => [id, Number(text)]));
    const issues = validateScoreSheet(frame, scores);
    if (issues.length > 0) refuseIssues(issues);
    const totalHalves = sheetTotalHalves(frame, scores);
    const values = { total: pointsText(totalHalves), note: input.note, updatedAt: new Date() };

    const [existing] = await tx
      .select()
      .from(selectionScoreSheet)
      .where(and(eq(selectionScoreSheet.entryId, entryId), eq(selectionScoreSheet.memberId, seat.id)))
      .for("update");
    let sheetId: string;
    let version: number;
    if (!existing) {
      if (input.version !== null) throw new AppError("NOT_FOUND");
      sheetId = crypto.randomUUID();
      const [created] = await tx
        .insert(selectionScoreSheet)
        .values({ id: sheetId, roundId, entryId, memberId: seat.id, ...values })
        .onConflictDoNothing()
        .returning();
      // Another tab of the same juror created the sheet between our read and our insert.
      if (!created) throw new AppError("VERSION_CONFLICT");
      version = created.version;
    } else {
      if (input.version === null) throw new AppError("VERSION_CONFLICT");
      atExpectedVersion(existing, input.version);
      sheetId = existing.id;
      version = existing.version + 1;
      await tx
        .update(selectionScoreSheet)
        .set({ ...values, version })
        .where(and(eq(selectionScoreSheet.id, sheetId), eq(selectionScoreSheet.version, existing.version)));
      await tx.delete(selectionScore).where(eq(selectionScore.sheetId, sheetId));
    }
    await tx.insert(selectionScore).values(
      frame.map((criterion) => ({
        sheetId,
        criterionId: criterion.code,
        points: input.scores[criterion.code] as string,
      })),
    );
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_SHEET_SAVED",
      entity: "selection_score_sheet",
      entityId: sheetId,
      before: existing ? { total: existing.total, note: existing.note } : undefined,
      after: { entryId, memberId: seat.id, total: values.total, scores: input.scores, note: input.note },
    });
    return { sheetId, version, total: values.total };
  });
}
