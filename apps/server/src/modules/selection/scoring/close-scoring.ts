import { roundRatio, summariseScores } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionEntry, selectionRound } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { atExpectedVersion, nextVersion } from "../../../platform/versioned-write";
import { findRoundInScope } from "../round-access";
import { summaryInputOf } from "./scoring.queries";
import { JURY_HEAD, requireSeat } from "./scoring-access";
import { closeScoringAvailability } from "./scoring-state";

/** "Sản phẩm A: thiếu phiếu của Nguyễn Văn B, Lê Thị C", for every entry still waiting for sheets. */
export function missingSheetsText(
  summary: ReturnType<typeof summariseScores>,
  entries: readonly { id: string; productName: string }[],
  jury: readonly { id: string; fullName: string }[],
): string[] {
  const names = new Map(jury.map((member) => [member.id, member.fullName]));
  const products = new Map(entries.map((entry) => [entry.id, entry.productName]));
  return summary.entries
    .filter((entry) => !entry.summarisable)
    .map((entry) =>
      entry.missingJurorIds.length === 0
        ? `${products.get(entry.entryId)}: không còn giám khảo nào được chấm`
        : `${products.get(entry.entryId)}: thiếu phiếu của ${entry.missingJurorIds.map((id) => names.get(id)).join(", ")}`,
    );
}

/**
 * The jury head closes scoring (Art. 16): from the stored sheets only, each entry's mean (exact, stored rounded
 * to two decimals), its ≥ 70 flag and rank are computed and written; sheets freeze and become readable by the
 * other jurors and the council. Refused while any non-conflicted juror's sheet is missing, naming who.
 */
export async function closeScoring(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  roundVersion: number;
}) {
  const { db, actor, meta, roundId, roundVersion } = options;
  return db.transaction(async (tx) => {
    // Locked for update: saves hold a share lock on the round, so none is in flight while the summary is read.
    const round = atExpectedVersion(await findRoundInScope(tx, actor, roundId, { lock: true }), roundVersion);
    const head = await requireSeat(tx, actor, roundId, JURY_HEAD);
    const { input, entries, jury } = await summaryInputOf(tx, roundId);
    const summary = summariseScores(input);
    assertAvailable(closeScoringAvailability(round, missingSheetsText(summary, entries, jury)));
    for (const entry of summary.entries) {
      const mean = entry.mean ? roundRatio(entry.mean, 2) : null;
      await tx
        .update(selectionEntry)
        .set({
          meanScore: mean ? `${mean.units / 100n}.${String(mean.units % 100n).padStart(2, "0")}` : null,
          rank: entry.rank,
        })
        .where(eq(selectionEntry.id, entry.entryId));
    }
    const closedAt = new Date();
    await tx
      .update(selectionRound)
      .set({ ...nextVersion(round), scoringClosedAt: closedAt, scoringClosedByMemberId: head.id })
      .where(eq(selectionRound.id, roundId));
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_SCORING_CLOSED",
      entity: "selection_round",
      entityId: roundId,
      before: { scoringClosedAt: null },
      after: {
        scoringClosedAt: closedAt.toISOString(),
        passing: summary.entries.filter((entry) => entry.passes).length,
      },
    });
    return summary;
  });
}
