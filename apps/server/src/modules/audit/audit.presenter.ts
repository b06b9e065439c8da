import {
  auditActionLabel,
  auditEntityLabel,
  auditOutcomeLabels,
  presentChanges,
  type ReferenceKind,
  referencedIds,
  roles,
  shortRecordId,
} from "@kc/domain";
import type { Db } from "../../db/client";
import type { AuditRow } from "./audit.queries";
import { loadRecordNames, loadReferenceNames } from "./audit-names";

const roleLabel = (role: string | null) =>
  role ? (roles[role as keyof typeof roles]?.labelVi ?? role) : null;

const outcomeLabel = (outcome: string) =>
  (auditOutcomeLabels as Record<string, { vi: string }>)[outcome]?.vi ?? outcome;

/**
 * A page of audit rows in words: the person's name, the record's name and short id, the action and result in
 * Vietnamese and the changed fields with names instead of codes. Names come in one query per kind for the page.
 * The raw snapshots stay in the database: the reader gets them presented, never as JSON.
 */
export async function presentAuditRows(db: Db, rows: AuditRow[]) {
  const ids: Record<ReferenceKind, Set<string>> = {
    adminUnit: new Set(),
    organisation: new Set(),
    user: new Set(),
  };
  for (const row of rows) {
    referencedIds(row.entity, [row.before, row.after], ids);
    if (row.actorUserId) ids.user.add(row.actorUserId);
    if (row.entity === "user" && row.entityId) ids.user.add(row.entityId);
  }
  const names = await loadReferenceNames(db, ids);
  const records = await loadRecordNames(db, rows);
  return rows.map((row) => {
    const entityName =
      row.entity === "user" && row.entityId
        ? names.user?.[row.entityId]
        : records.get(`${row.entity}:${row.entityId}`);
    return {
      id: row.id.toString(),
      at: row.at.toISOString(),
      category: row.category,
      action: row.action,
      actionLabel: auditActionLabel(row.action, "vi"),
      outcome: row.outcome,
      outcomeLabel: outcomeLabel(row.outcome),
      actorUserId: row.actorUserId,
      actorName: (row.actorUserId && names.user?.[row.actorUserId]) || null,
      actorEmail: row.actorEmail,
      actorRole: row.actorRole,
      actorRoleLabel: roleLabel(row.actorRole),
      entity: row.entity,
      entityLabel: row.entity ? auditEntityLabel(row.entity, "vi") : null,
      entityId: row.entityId,
      entityShortId: row.entityId ? shortRecordId(row.entityId) : null,
      entityName: entityName ?? null,
      changes: presentChanges({ entity: row.entity, before: row.before, after: row.after, names }),
      requestId: row.requestId,
      ip: row.ip,
    };
  });
}

export type PresentedAuditRow = Awaited<ReturnType<typeof presentAuditRows>>[number];
