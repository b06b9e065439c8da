import { foldForSearch, storedAuditActions } from "@kc/domain";
import { and, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditLog, user } from "../../db/schema/index";
import type { Actor } from "../../platform/context";

export type AuditFilter = {
  from?: string;
  to?: string;
  actor?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  category?: "DATA" | "AUTH" | "ACCESS";
  outcome?: "SUCCESS" | "FAILED" | "DENIED";
};

export type AuditRow = typeof auditLog.$inferSelect;

const DAY_MS = 86_400_000;
const startOfVietnamDay = (iso: string) => new Date(`${iso}T00:00:00+07:00`);
const likePattern = (text: string) => `%${text.replace(/[%_\\]/g, "\\$&")}%`;

/** An auditor scoped to one province sees only what that province's users did. */
function scopeCondition(actor: Actor): SQL | undefined {
  if (actor.scope.kind === "PROVINCE")
    return sql`${auditLog.actorScope}->>'provinceId' = ${actor.scope.provinceId}`;
  return undefined;
}

/**
 * A person by name or address, without diacritics ("nguyen van" finds "Nguyễn Văn An"): the accounts' folded
 * search text in a sub-query, so the filter stays one statement; rows of addresses that match no account (a
 * failed sign-in) are found by the address itself.
 */
function actorCondition(text: string): SQL | undefined {
  const folded = foldForSearch(text);
  const accounts = sql`(select ${user.id} from ${user} where ${user.searchText} like ${likePattern(folded)})`;
  return or(
    sql`${auditLog.actorUserId} in ${accounts}`,
    ilike(auditLog.actorEmail, likePattern(text.trim())),
  );
}

/** Every filter of the audit log, shared by the list and the export so both show the same rows. */
export function auditConditions(actor: Actor, filter: AuditFilter): SQL | undefined {
  return and(
    scopeCondition(actor),
    filter.from ? gte(auditLog.at, startOfVietnamDay(filter.from)) : undefined,
    filter.to ? lt(auditLog.at, new Date(startOfVietnamDay(filter.to).getTime() + DAY_MS)) : undefined,
    filter.actor ? actorCondition(filter.actor) : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
    // A code finds its legacy spellings too: old rows keep the code they were written with.
    filter.action ? inArray(auditLog.action, storedAuditActions(filter.action)) : undefined,
    filter.category ? eq(auditLog.category, filter.category) : undefined,
    filter.outcome ? eq(auditLog.outcome, filter.outcome) : undefined,
  );
}

/** A page of the list, newest first. */
export function auditPage(db: Db, where: SQL | undefined, options: { limit: number; offset: number }) {
  return db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(options.limit)
    .offset(options.offset);
}

/**
 * The export's walk: a keyset on the id, newest written first, without OFFSET. The id, not the time, because a
 * timestamp read into JavaScript loses its microseconds and a keyset on it could skip rows.
 */
export function auditRowsBefore(
  db: Db,
  where: SQL | undefined,
  options: { limit: number; beforeId?: bigint },
) {
  return db
    .select()
    .from(auditLog)
    .where(and(where, options.beforeId === undefined ? undefined : lt(auditLog.id, options.beforeId)))
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}
