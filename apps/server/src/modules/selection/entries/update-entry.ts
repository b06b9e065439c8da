import {
  type EntryInput,
  foldForSearch,
  normalizeText,
  selectionEntryAction,
  todayInVietnam,
} from "@kc/domain";
import type { Db } from "../../../db/client";
import { selectionEntry } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { notFoundForActor } from "../../../platform/policy";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { findRoundInScope } from "../round-access";
import { findEntryInScope } from "./entries.queries";
import { entryEligibility, establishmentForRound, statusOfVerdict } from "./entry-eligibility-facts";
import { assertNotDuplicate, entrySearchText } from "./register-entry";

/** The entry in scope, or a logged 404 (checked before the transaction so the log survives a refusal). */
export async function entryForActor(db: Db, actor: Actor, entryId: string, meta: RequestMeta) {
  const row = await findEntryInScope(db, actor, entryId);
  if (!row) return notFoundForActor(db, actor, meta, { entity: "selection_entry", entityId: entryId });
  return row;
}

/**
 * Edits an entry while the call is open (409 on a stale version): the verdict is evaluated again on the day of
 * the change, since the establishment or the lower certificate may have changed; S2 failing refuses the edit.
 */
export async function updateEntry(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  entryId: string;
  version: number;
  input: EntryInput;
}) {
  const { db, actor, meta, entryId, version, input } = options;
  await entryForActor(db, actor, entryId, meta);
  return db.transaction(async (tx) => {
    const current = atExpectedVersion(await lockEntry(tx, actor, entryId), version);
    const round = await findRoundInScope(tx, actor, current.entry.roundId, { lock: true });
    if (!round) throw new AppError("NOT_FOUND");
    assertAvailable(
      selectionEntryAction({ roundStatus: round.status, entryStatus: current.entry.status }, "update"),
    );
    const company = await establishmentForRound(tx, actor, round, input.establishmentId, todayInVietnam());
    const verdict = await entryEligibility(tx, round, company, input);
    const productName = normalizeText(input.productName);
    const folded = foldForSearch(productName);
    await assertNotDuplicate(tx, round.id, company.id, folded, entryId);
    const rows = await tx
      .update(selectionEntry)
      .set({
        establishmentId: company.id,
        provinceId: company.provinceId,
        productName,
        productNameFolded: folded,
        isSet: input.isSet,
        productGroup: input.productGroup,
        description: input.description,
        eligibilityResult: verdict.verdict,
        eligibilityRuleVersion: verdict.ruleVersion,
        eligibilityReasons: verdict.reasons,
        eligibilityCheckedOn: verdict.day,
        lowerCertificateId: input.lowerCertificateId,
        recommendationText: input.recommendationText,
        nominatedFromRoundId: input.nominatedFromRoundId,
        status: statusOfVerdict(verdict.verdict),
        searchText: entrySearchText(productName, company),
        ...nextVersion(current),
      })
      .where(rowAtVersion(selectionEntry, entryId, version))
      .returning();
    const after = updatedRow(rows);
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_ENTRY_UPDATED",
      entity: "selection_entry",
      entityId: entryId,
      before: current.entry,
      after,
    });
    return after;
  });
}

/** The entry locked for a write, with the version the check compares. */
export async function lockEntry(tx: Db, actor: Actor, entryId: string) {
  const row = await findEntryInScope(tx, actor, entryId, { lock: true });
  return row ? { ...row, version: row.entry.version } : undefined;
}

/** Withdraws an entry while the call is open: it stays on record (status WITHDRAWN), never scored. */
export async function withdrawEntry(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  entryId: string;
  version: number;
}) {
  const { db, actor, meta, entryId, version } = options;
  await entryForActor(db, actor, entryId, meta);
  return db.transaction(async (tx) => {
    const current = atExpectedVersion(await lockEntry(tx, actor, entryId), version);
    assertAvailable(
      selectionEntryAction(
        { roundStatus: current.roundStatus, entryStatus: current.entry.status },
        "withdraw",
      ),
    );
    const rows = await tx
      .update(selectionEntry)
      .set({ status: "WITHDRAWN", ...nextVersion(current) })
      .where(rowAtVersion(selectionEntry, entryId, version))
      .returning();
    const after = updatedRow(rows);
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_ENTRY_WITHDRAWAL_RECORDED",
      entity: "selection_entry",
      entityId: entryId,
      before: { status: current.entry.status },
      after: { status: after.status },
    });
    return after;
  });
}
