import { todayInVietnam } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { brandSupport } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { type BrandInput, brandSnapshot, checkedBrandColumns } from "./brand-record";
import { brandScope } from "./brands.queries";

/**
 * Replaces a brand record's fields: locked in the caller's scope (404 outside it), version compared (409, nothing
 * changed), references and norm h checked again against the dates now given, one audit row written.
 */
export async function updateBrandSupport(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: BrandInput & { version: number };
}) {
  const { db, actor, meta, id } = options;
  const { version, ...input } = options.input;
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(brandSupport)
      .where(and(eq(brandSupport.id, id), brandScope(actor)))
      .for("update");
    const current = atExpectedVersion(locked, version);
    const kept = new Set([
      ...(current.establishmentId ? [current.establishmentId] : []),
      ...current.memberEstablishmentIds,
    ]);
    const columns = await checkedBrandColumns(tx, actor, input, todayInVietnam(), kept);
    const updated = updatedRow(
      await tx
        .update(brandSupport)
        .set({ ...columns, updatedBy: actor.userId, ...nextVersion(current) })
        .where(rowAtVersion(brandSupport, id, version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "BRAND_SUPPORT_UPDATED",
      entity: "brand_support",
      entityId: id,
      before: brandSnapshot(current),
      after: brandSnapshot(updated),
    });
    return updated;
  });
}
