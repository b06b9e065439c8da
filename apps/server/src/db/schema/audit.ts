import { bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per successful write (category DATA), per sign-in attempt (AUTH) and per denied access (ACCESS).
 * Insert-only: a trigger in the migrations rejects UPDATE, DELETE and TRUNCATE for every role, owner included.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "bigint" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    category: text("category").$type<"DATA" | "AUTH" | "ACCESS">().notNull(),
    action: text("action").notNull(),
    outcome: text("outcome").$type<"SUCCESS" | "FAILED" | "DENIED">().notNull(),
    actorUserId: text("actor_user_id"),
    actorEmail: text("actor_email"),
    actorRole: text("actor_role"),
    actorScope: jsonb("actor_scope"),
    entity: text("entity"),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_entity_idx").on(t.entity, t.entityId),
    index("audit_log_actor_idx").on(t.actorUserId, t.at),
  ],
);
