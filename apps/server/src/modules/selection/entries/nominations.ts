import { ladderRungFor, todayInVietnam } from "@kc/domain";
import { and, eq, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { type AnyPgColumn, alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client";
import {
  establishment,
  regionMembership,
  selectionCertificate,
  selectionEntry,
  selectionRound,
} from "../../../db/schema/index";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { assertRoundTakesEntries, insertEntry, lockedRound } from "./register-entry";

type Round = typeof selectionRound.$inferSelect;

/** Lower rounds whose results stand: recognised, in the complaint window, nominated up or closed. */
const settledStatuses = ["RECOGNISED", "COMPLAINT_WINDOW", "NOMINATED_UP", "CLOSED"] as const;

/**
 * The short list a lower level sends up (Circular 26 Art. 6): the recognised entries of the lower rounds below
 * this round's place, each with the certificate it earned, still valid today. A district round's products go to
 * their province's round, a province's to its region's, a region's to the national round. Entries already in
 * this round are marked, not hidden, so the officer sees the whole list.
 */
export async function nominationCandidates(db: Db, round: Round, day = todayInVietnam()) {
  const rung = ladderRungFor(round.level, day);
  if (!rung?.lowerLevel) return [];
  const lower = alias(selectionRound, "lower_round");
  const already = alias(selectionEntry, "already");
  const place = lowerPlace(round, lower.provinceId, day);
  if (place === null) return [];
  return db
    .select({
      entryId: selectionEntry.id,
      roundId: lower.id,
      roundTitle: lower.title,
      roundYear: lower.year,
      establishmentId: selectionEntry.establishmentId,
      establishmentName: establishment.name,
      productName: selectionEntry.productName,
      productGroup: selectionEntry.productGroup,
      certificateId: selectionCertificate.id,
      certificateNumber: selectionCertificate.number,
      validUntil: selectionCertificate.validUntil,
      alreadyEntered: sql<boolean>`${already.id} IS NOT NULL`,
    })
    .from(selectionEntry)
    .innerJoin(lower, eq(lower.id, selectionEntry.roundId))
    .innerJoin(establishment, eq(establishment.id, selectionEntry.establishmentId))
    .innerJoin(selectionCertificate, eq(selectionCertificate.entryId, selectionEntry.id))
    .leftJoin(
      already,
      and(
        eq(already.roundId, round.id),
        eq(already.establishmentId, selectionEntry.establishmentId),
        eq(already.productNameFolded, selectionEntry.productNameFolded),
      ),
    )
    .where(
      and(
        eq(lower.level, rung.lowerLevel),
        inArray(lower.status, [...settledStatuses]),
        place,
        eq(selectionEntry.status, "RECOGNISED"),
        eq(selectionCertificate.status, "VALID"),
        gte(selectionCertificate.validUntil, day),
      ),
    )
    .orderBy(lower.year, lower.code, selectionEntry.productNameFolded)
    .limit(2000);
}

/** Where the lower rounds of this round are held; null when the round names no place (nothing to offer). */
function lowerPlace(round: Round, lowerProvince: AnyPgColumn, day: string): SQL | undefined | null {
  if (round.level === "TINH") return round.provinceId ? eq(lowerProvince, round.provinceId) : null;
  if (round.level === "KHU_VUC") {
    if (!round.regionCode) return null;
    return inArray(
      lowerProvince,
      sql`(SELECT ${regionMembership.provinceId} FROM ${regionMembership} WHERE ${and(
        eq(regionMembership.regionCode, round.regionCode),
        lte(regionMembership.validFrom, day),
        or(isNull(regionMembership.validTo), gte(regionMembership.validTo, day)),
      )})`,
    );
  }
  return undefined;
}

/**
 * Enters the chosen short-listed products in one transaction: each is judged as a registration is (place, S2
 * with its certificate, duplicates), and one refusal writes none of them.
 */
export async function nominateEntries(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  entryIds: readonly string[];
}) {
  const { db, actor, meta, roundId, entryIds } = options;
  const round = await lockedRound(db, actor, roundId, meta);
  return db.transaction(async (tx) => {
    await round.lock(tx);
    assertRoundTakesEntries(round.current);
    const offered = new Map((await nominationCandidates(tx, round.current)).map((c) => [c.entryId, c]));
    const [sourceRows, created] = [await sourceEntries(tx, entryIds), [] as string[]];
    for (const [index, entryId] of entryIds.entries()) {
      const candidate = offered.get(entryId);
      const source = sourceRows.get(entryId);
      if (!candidate || !source)
        throw new AppError("VALIDATION_FAILED", {
          errors: [
            {
              path: `body.entryIds.${index}`,
              message: "Sản phẩm không có trong danh sách đề cử của cấp dưới",
            },
          ],
        });
      const row = await insertEntry(
        tx,
        actor,
        meta,
        round.current,
        {
          establishmentId: source.establishmentId,
          productName: source.productName,
          isSet: source.isSet,
          productGroup: source.productGroup,
          description: source.description,
          lowerCertificateId: candidate.certificateId,
          recommendationText: null,
          nominatedFromRoundId: candidate.roundId,
        },
        "SELECTION_ENTRY_NOMINATED",
      );
      created.push(row.id);
    }
    return created;
  });
}

async function sourceEntries(tx: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, typeof selectionEntry.$inferSelect>();
  const rows = await tx
    .select()
    .from(selectionEntry)
    .where(inArray(selectionEntry.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}
