import type { AuditAction, AuditEntity, DataAuditAction } from "@kc/domain";
import type { Db } from "../db/client";
import { auditLog } from "../db/schema/index";
import type { Actor, RequestMeta } from "./context";

export type AuditCategory = "DATA" | "AUTH" | "ACCESS";
export type AuditOutcome = "SUCCESS" | "FAILED" | "DENIED";

/** Writes in the same transaction as the change it records (DESIGN.md "Audit is explicit"). */
export type AuditEntry = {
  action: DataAuditAction;
  entity: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

function actorColumns(actor: Actor | null) {
  return {
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    actorRole: actor?.role ?? null,
    actorScope: actor?.scope ?? null,
  };
}

/** One audit row for one successful write; call it with the transaction that made the write. */
export async function writeAudit(
  tx: Db,
  actor: Actor | null,
  meta: RequestMeta,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditLog).values({
    category: "DATA",
    outcome: "SUCCESS",
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : toJson(entry.before),
    after: entry.after === undefined ? null : toJson(entry.after),
    requestId: meta.requestId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    ...actorColumns(actor),
  });
}

/** Security events (sign-ins, failed sign-ins, denied accesses) are recorded outside any business transaction. */
export async function logSecurityEvent(
  db: Db,
  event: {
    category: "AUTH" | "ACCESS";
    action: Exclude<AuditAction, DataAuditAction>;
    outcome: AuditOutcome;
    actor: Actor | null;
    email?: string | null;
    entity?: AuditEntity | null;
    entityId?: string | null;
    detail?: unknown;
  },
  meta: RequestMeta,
): Promise<void> {
  const columns = actorColumns(event.actor);
  await db.insert(auditLog).values({
    category: event.category,
    action: event.action,
    outcome: event.outcome,
    entity: event.entity ?? null,
    entityId: event.entityId ?? null,
    after: event.detail === undefined ? null : toJson(event.detail),
    requestId: meta.requestId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    ...columns,
    actorEmail: columns.actorEmail ?? event.email ?? null,
  });
}

/** bigint and Date survive as strings; everything else as plain JSON. */
function toJson(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as unknown;
}
