import type { AuditEntity } from "@kc/domain";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditLog } from "../../db/schema/index";
import { presentAuditRows } from "./audit.presenter";

/**
 * The change history of one record, drawn from the audit log (the only record of who changed what), in words:
 * who, when, what they did and the fields that changed, with names instead of codes. Oldest first. The caller
 * has already checked that the record is in the reader's scope.
 */
export async function recordHistory(db: Db, entity: AuditEntity, entityId: string) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId), eq(auditLog.category, "DATA")))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
  const presented = await presentAuditRows(db, rows);
  return presented.map((row) => ({
    id: row.id,
    at: row.at,
    actorName: row.actorName,
    actorEmail: row.actorEmail,
    actorRoleLabel: row.actorRoleLabel,
    action: row.action,
    actionLabel: row.actionLabel,
    changes: row.changes,
  }));
}
