import type { EstablishmentCreate } from "@kc/domain";
import { todayInVietnam } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { establishment } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { evaluateEstablishmentEligibility, storedEvaluation } from "./establishment-eligibility";
import {
  columnsFor,
  eligibilityInputFor,
  establishmentSnapshot,
  isTaxCodeConflict,
  resolvePlaces,
  searchTextFor,
  taxCodeTakenError,
  writeChildren,
} from "./establishment-record";

/**
 * Registers an establishment in the actor's province. The tax code is unique in the whole system (a second
 * province cannot register the same enterprise); eligibility (DOMAIN.md §9.4) is evaluated now and stored with
 * the rule-set version that produced it. Record, children and audit row share one transaction.
 */
export async function createEstablishment(options: {
  db: Db;
  /** null for the system itself (demo seed), which acts nationally. */
  actor: Actor | null;
  meta: RequestMeta;
  input: EstablishmentCreate;
}) {
  const { db, actor, meta, input } = options;
  const today = todayInVietnam();
  const { provinceId } = await resolvePlaces(db, actor, input, today);
  const evaluation = await evaluateEstablishmentEligibility(db, eligibilityInputFor(input), today);
  const searchText = await searchTextFor(db, input, provinceId);
  try {
    return await db.transaction(async (tx) => {
      if (input.taxCode) {
        const [taken] = await tx
          .select({ id: establishment.id })
          .from(establishment)
          .where(eq(establishment.taxCode, input.taxCode));
        if (taken) throw taxCodeTakenError();
      }
      const id = crypto.randomUUID();
      const [row] = await tx
        .insert(establishment)
        .values({
          id,
          provinceId,
          communeId: input.communeId,
          ...columnsFor(input),
          searchText,
          eligibilityVerdict: evaluation.verdict,
          eligibilityEvaluatedOn: today,
          createdBy: actor?.userId ?? null,
        })
        .returning();
      if (!row) throw new AppError("INTERNAL");
      await writeChildren(tx, id, input, storedEvaluation(evaluation));
      await writeAudit(tx, actor, meta, {
        action: "ESTABLISHMENT_CREATED",
        entity: "establishment",
        entityId: id,
        after: establishmentSnapshot(row, input),
      });
      return row;
    });
  } catch (error) {
    if (isTaxCodeConflict(error)) {
      throw taxCodeTakenError();
    }
    throw error;
  }
}
