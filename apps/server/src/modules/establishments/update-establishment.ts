import {
  bigIntToDong,
  type EstablishmentCreate,
  type EstablishmentUpdate,
  establishmentAction,
  todayInVietnam,
} from "@kc/domain";
import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { establishment, establishmentSite, establishmentYearData } from "../../db/schema/index";
import { assertAvailable } from "../../platform/action-availability";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
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
import { establishmentScope } from "./establishments.queries";

/**
 * The current record as a complete input, so a partial update can be merged and validated as a whole. Its two
 * reads run one after the other: a transaction's single connection cannot run them side by side.
 */
async function currentInput(tx: Db, row: typeof establishment.$inferSelect): Promise<EstablishmentCreate> {
  const sites = await tx
    .select()
    .from(establishmentSite)
    .where(eq(establishmentSite.establishmentId, row.id))
    .orderBy(asc(establishmentSite.position));
  const years = await tx
    .select()
    .from(establishmentYearData)
    .where(eq(establishmentYearData.establishmentId, row.id))
    .orderBy(asc(establishmentYearData.year));
  return {
    name: row.name,
    legalForm: row.legalForm as EstablishmentCreate["legalForm"],
    subjectClass: row.subjectClass as EstablishmentCreate["subjectClass"],
    taxCode: row.taxCode,
    businessRegNo: row.businessRegNo,
    ownerName: row.ownerName,
    communeId: row.communeId,
    addressText: row.addressText,
    sites: sites.map((site) => ({ communeId: site.communeId, addressText: site.addressText })),
    industries: row.industries as EstablishmentCreate["industries"],
    vsicCodes: row.vsicCodes,
    mainProducts: row.mainProducts,
    phone: row.phone,
    email: row.email,
    website: row.website,
    yearData: years.map((y) => ({
      year: y.year,
      employees: y.employees,
      totalCapital: y.totalCapital === null ? null : bigIntToDong(y.totalCapital),
      totalAssets: y.totalAssets === null ? null : bigIntToDong(y.totalAssets),
      revenue: y.revenue === null ? null : bigIntToDong(y.revenue),
      localMaterialSharePct: y.localMaterialSharePct === null ? null : Number(y.localMaterialSharePct),
      hasExportContract: y.hasExportContract,
      cnhtProduct: y.cnhtProduct,
    })),
  } as EstablishmentCreate;
}

/**
 * Edits an establishment: the row is locked, its version compared (a stale version is 409 and changes nothing),
 * the merged record re-validated and its eligibility re-evaluated, then written with one audit row.
 */
export async function updateEstablishment(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: EstablishmentUpdate;
}) {
  const { db, actor, meta, id, input } = options;
  const { version, ...changes } = input;
  const today = todayInVietnam();
  try {
    return await db.transaction(async (tx) => {
      const [locked] = await tx
        .select()
        .from(establishment)
        .where(and(eq(establishment.id, id), establishmentScope(actor)))
        .for("update");
      const current = atExpectedVersion(locked, version);
      // The rule the detail page shows beside its Sửa button.
      assertAvailable(establishmentAction(current, "update"));
      const before = await currentInput(tx, current);
      const merged = {
        ...before,
        ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      } as EstablishmentCreate;
      const { provinceId } = await resolvePlaces(tx, actor, merged, today);
      if (merged.taxCode && merged.taxCode !== current.taxCode) {
        const [taken] = await tx
          .select({ id: establishment.id })
          .from(establishment)
          .where(and(eq(establishment.taxCode, merged.taxCode), ne(establishment.id, id)));
        if (taken) throw taxCodeTakenError();
      }
      const evaluation = await evaluateEstablishmentEligibility(tx, eligibilityInputFor(merged), today, id);
      const updated = updatedRow(
        await tx
          .update(establishment)
          .set({
            provinceId,
            communeId: merged.communeId,
            ...columnsFor(merged),
            searchText: await searchTextFor(tx, merged, provinceId),
            eligibilityVerdict: evaluation.verdict,
            eligibilityEvaluatedOn: today,
            ...nextVersion(current),
          })
          .where(rowAtVersion(establishment, id, version))
          .returning(),
      );
      await writeChildren(tx, id, merged, storedEvaluation(evaluation));
      await writeAudit(tx, actor, meta, {
        action: "ESTABLISHMENT_UPDATED",
        entity: "establishment",
        entityId: id,
        before: establishmentSnapshot(current, before),
        after: establishmentSnapshot(updated, merged),
      });
      return updated;
    });
  } catch (error) {
    if (isTaxCodeConflict(error)) {
      throw taxCodeTakenError();
    }
    throw error;
  }
}

/**
 * Archives or restores, refused for the reasons the detail page shows (archiving or restoring twice). Establishments are never deleted: projects, fairs and reports will point at them, and the
 * audit trail must keep its subject.
 */
export async function setEstablishmentArchived(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  version: number;
  archived: boolean;
}) {
  const { db, actor, meta, id, version, archived } = options;
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(establishment)
      .where(and(eq(establishment.id, id), establishmentScope(actor)))
      .for("update");
    const current = atExpectedVersion(locked, version);
    assertAvailable(establishmentAction(current, archived ? "archive" : "restore"));
    const updated = updatedRow(
      await tx
        .update(establishment)
        .set({ status: archived ? "ARCHIVED" : "ACTIVE", ...nextVersion(current) })
        .where(rowAtVersion(establishment, id, version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: archived ? "ESTABLISHMENT_ARCHIVED" : "ESTABLISHMENT_RESTORED",
      entity: "establishment",
      entityId: id,
      before: { status: current.status, version: current.version },
      after: { status: updated.status, version: updated.version },
    });
    return updated;
  });
}
