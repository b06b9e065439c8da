import { acceptsEntries, type EntryInput, foldForSearch, normalizeText, todayInVietnam } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionEntry, type selectionRound } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { findRoundInScope, loadRoundForActor } from "../round-access";
import {
  type EntryEstablishment,
  entryEligibility,
  establishmentForRound,
  statusOfVerdict,
} from "./entry-eligibility-facts";

type Round = typeof selectionRound.$inferSelect;

export function assertRoundTakesEntries(round: Round): void {
  if (!acceptsEntries(round.status)) throw new AppError("SELECTION_ENTRIES_CLOSED");
}

/** The folded text an entry is found by: product, establishment, tax code. */
export function entrySearchText(productName: string, company: Pick<EntryEstablishment, "name" | "taxCode">) {
  return foldForSearch([productName, company.name, company.taxCode].filter(Boolean).join(" ")).slice(0, 1000);
}

/** Refuses a second entry of the same product (folded name) by the same establishment in the round. */
export async function assertNotDuplicate(
  tx: Db,
  roundId: string,
  establishmentId: string,
  folded: string,
  exceptId?: string,
) {
  const [existing] = await tx
    .select({ id: selectionEntry.id })
    .from(selectionEntry)
    .where(
      and(
        eq(selectionEntry.roundId, roundId),
        eq(selectionEntry.establishmentId, establishmentId),
        eq(selectionEntry.productNameFolded, folded),
      ),
    );
  if (existing && existing.id !== exceptId)
    throw new AppError("SELECTION_ENTRY_DUPLICATE", {
      errors: [{ path: "body.productName", message: "Cơ sở đã đăng ký sản phẩm này trong đợt bình chọn" }],
    });
}

/**
 * Writes one entry into a round already locked by the caller's transaction: the establishment must fit the
 * round's place, S2 must pass (else nothing is written), S1 is stored with its reasons. Shared by registration,
 * nomination from the lower level and the short-list import, so the three cannot judge differently.
 */
export async function insertEntry(
  tx: Db,
  actor: Actor,
  meta: RequestMeta,
  round: Round,
  input: EntryInput,
  action: "SELECTION_ENTRY_REGISTERED" | "SELECTION_ENTRY_NOMINATED" | "SELECTION_ENTRIES_IMPORTED",
) {
  const company = await establishmentForRound(tx, actor, round, input.establishmentId, todayInVietnam());
  const verdict = await entryEligibility(tx, round, company, input);
  const productName = normalizeText(input.productName);
  const folded = foldForSearch(productName);
  await assertNotDuplicate(tx, round.id, company.id, folded);
  const [row] = await tx
    .insert(selectionEntry)
    .values({
      id: crypto.randomUUID(),
      roundId: round.id,
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
      createdBy: actor.userId,
    })
    .returning();
  if (!row) throw new AppError("INTERNAL");
  await writeAudit(tx, actor, meta, { action, entity: "selection_entry", entityId: row.id, after: row });
  return row;
}

/**
 * The round checked in scope outside the write (a 404 is logged, and a rolled-back transaction would lose that
 * log), then locked again inside it, so the status read is the one the write relies on.
 */
export async function lockedRound(db: Db, actor: Actor, roundId: string, meta: RequestMeta) {
  let current = await loadRoundForActor(db, actor, roundId, meta);
  return {
    get current() {
      return current;
    },
    async lock(tx: Db) {
      const row = await findRoundInScope(tx, actor, roundId, { lock: true });
      if (!row) throw new AppError("NOT_FOUND");
      current = row;
    },
  };
}

/** Registers an entry while the round's call is open. */
export async function registerEntry(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  input: EntryInput;
}) {
  const { db, actor, meta, roundId, input } = options;
  const round = await lockedRound(db, actor, roundId, meta);
  return db.transaction(async (tx) => {
    await round.lock(tx);
    assertRoundTakesEntries(round.current);
    return insertEntry(tx, actor, meta, round.current, input, "SELECTION_ENTRY_REGISTERED");
  });
}
