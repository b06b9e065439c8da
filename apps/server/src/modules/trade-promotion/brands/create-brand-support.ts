import { todayInVietnam } from "@kc/domain";
import type { Db } from "../../../db/client";
import { brandSupport } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { type BrandInput, brandSnapshot, checkedBrandColumns } from "./brand-record";

/** Records one supported brand in one transaction with its audit row; support above norm h is refused. */
export async function createBrandSupport(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: BrandInput;
}) {
  const { db, actor, meta, input } = options;
  return db.transaction(async (tx) => {
    const columns = await checkedBrandColumns(tx, actor, input, todayInVietnam());
    const [row] = await tx
      .insert(brandSupport)
      .values({ id: crypto.randomUUID(), ...columns, createdBy: actor.userId, updatedBy: actor.userId })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, actor, meta, {
      action: "BRAND_SUPPORT_CREATED",
      entity: "brand_support",
      entityId: row.id,
      after: brandSnapshot(row),
    });
    return row;
  });
}
