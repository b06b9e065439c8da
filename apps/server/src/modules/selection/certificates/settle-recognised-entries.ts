import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionEntry } from "../../../db/schema/index";

/**
 * The approver's recognition decision settles the entries (Art. 17–18): those on the council's proposed list are
 * recognised, every other scored entry is not. Certificates are issued only for recognised entries, so without this
 * a round recognised in the app would have nothing to certify. Withdrawn and ineligible entries keep their state.
 */
export async function settleRecognisedEntries(tx: Db, roundId: string): Promise<void> {
  await tx
    .update(selectionEntry)
    .set({
      status: sql`CASE WHEN ${selectionEntry.proposed} THEN 'RECOGNISED' ELSE 'NOT_RECOGNISED' END`,
      version: sql`${selectionEntry.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(selectionEntry.roundId, roundId),
        notInArray(selectionEntry.status, ["WITHDRAWN", "INELIGIBLE"]),
      ),
    );
}
