import { summariseScores } from "@kc/domain";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionEntry, selectionRound } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { atExpectedVersion, nextVersion } from "../../../platform/versioned-write";
import { findRoundInScope, membershipsOf } from "../round-access";
import { summaryInputOf } from "./scoring.queries";
import { proposeListAvailability } from "./scoring-state";

/**
 * The council's proposed list (Art. 17): which of the entries at or above 70 points it proposes for
 * recognition. How many is the council's decision, not the system's; an entry below 70 (exact mean, computed
 * again from the stored sheets) is refused, naming it. Recorded by the organiser's staff or the council
 * secretary after scoring is closed and before the council's proposal step.
 */
export async function proposeList(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  roundVersion: number;
  entryIds: readonly string[];
}) {
  const { db, actor, meta, roundId, roundVersion, entryIds } = options;
  return db.transaction(async (tx) => {
    const round = atExpectedVersion(await findRoundInScope(tx, actor, roundId, { lock: true }), roundVersion);
    if (actor.role === "COUNCIL_SECRETARY") {
      const seats = await membershipsOf(tx, actor, roundId);
      if (!seats.some((seat) => seat.body === "COUNCIL" && seat.role === "SECRETARY")) {
        throw new AppError("SELECTION_NOT_A_MEMBER", {
          detail: "Chỉ thư ký hội đồng của đợt này ghi được danh sách",
        });
      }
    }
    assertAvailable(proposeListAvailability(round));
    const { input, entries } = await summaryInputOf(tx, roundId);
    const summary = new Map(summariseScores(input).entries.map((entry) => [entry.entryId, entry]));
    const names = new Map(entries.map((entry) => [entry.id, entry.productName]));
    const unknown = entryIds.filter((id) => !summary.has(id));
    if (unknown.length > 0) {
      throw new AppError("NOT_FOUND", {
        detail: `Sản phẩm không thuộc đợt bình chọn: ${unknown.join(", ")}`,
      });
    }
    const below = entryIds.filter((id) => !summary.get(id)?.passes);
    if (below.length > 0) {
      throw new AppError("SELECTION_ENTRY_BELOW_THRESHOLD", {
        detail: below
          .map((id) => `${names.get(id)} (${summary.get(id)?.meanText ?? "chưa có điểm"} điểm)`)
          .join("; "),
        errors: below.map((id) => ({ path: "body.entryIds", message: `${names.get(id)} dưới 70 điểm` })),
      });
    }
    const before = entries.filter((entry) => entry.proposed).map((entry) => entry.id);
    await tx
      .update(selectionEntry)
      .set({ proposed: false })
      .where(
        and(
          eq(selectionEntry.roundId, roundId),
          entryIds.length > 0 ? notInArray(selectionEntry.id, [...entryIds]) : undefined,
        ),
      );
    if (entryIds.length > 0) {
      await tx
        .update(selectionEntry)
        .set({ proposed: true })
        .where(inArray(selectionEntry.id, [...entryIds]));
    }
    await tx.update(selectionRound).set(nextVersion(round)).where(eq(selectionRound.id, roundId));
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_LIST_PROPOSED",
      entity: "selection_round",
      entityId: roundId,
      before: { proposed: before.map((id) => names.get(id)) },
      after: { proposed: entryIds.map((id) => names.get(id)) },
    });
  });
}
