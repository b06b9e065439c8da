import { sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { fair, fairParticipation } from "../../../db/schema/index";

/**
 * Puts the fair's denormalised counters back equal to its rows, inside the write's transaction and under the
 * fair's row lock (every participation write takes it first), so concurrent writes queue and none is lost.
 * Recounting the one fair (at most a few thousand rows, on the (fair, establishment) index) rather than adding
 * deltas keeps the counters right by construction. BOOTHS per Q4: whole booths plus each shared booth once.
 * The fair's version is not moved: the counters are not an edit of the fair.
 */
export async function recountFair(tx: Db, fairId: string): Promise<void> {
  await tx.execute(sql`
    update ${fair} set
      participation_count = s.n,
      booths_taken = s.booths,
      support_total = s.support
    from (
      select count(*)::int as n,
        (coalesce(sum(${fairParticipation.wholeBooths}), 0)
          + count(distinct ${fairParticipation.sharedBoothKey}))::int as booths,
        coalesce(sum(${fairParticipation.supportAmount}), 0)::bigint as support
      from ${fairParticipation}
      where ${fairParticipation.fairId} = ${fairId}
    ) as s
    where ${fair.id} = ${fairId}`);
}
