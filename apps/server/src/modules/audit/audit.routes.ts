import { createRoute, z } from "@hono/zod-openapi";
import { idSchema, isoDateSchema, roles, storedAuditActions } from "@kc/domain";
import { and, count, desc, eq, gte, ilike, inArray, lt, type SQL, sql } from "drizzle-orm";
import { auditLog } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { pageOf, pageQuerySchema } from "../../platform/pagination";
import { requireAbility } from "../../platform/policy";
import { cookieAuth, createRouter, errorResponses, requestMeta, requireActor } from "../../platform/router";
import { actionLabel, entityLabel } from "./audit.labels";

const isoDate = isoDateSchema("Ngày");

const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    category: z.enum(["DATA", "AUTH", "ACCESS"]),
    action: z.string(),
    actionLabel: z.string(),
    outcome: z.string(),
    actorUserId: z.string().nullable(),
    actorEmail: z.string().nullable(),
    actorRole: z.string().nullable(),
    actorRoleLabel: z.string().nullable(),
    entity: z.string().nullable(),
    entityLabel: z.string().nullable(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .openapi("AuditEvent");

const querySchema = pageQuerySchema.omit({ q: true }).extend({
  from: isoDate.optional().openapi({ description: "Từ ngày (YYYY-MM-DD, theo giờ Việt Nam)" }),
  to: isoDate.optional().openapi({ description: "Đến hết ngày (YYYY-MM-DD)" }),
  actor: z
    .string()
    .max(254)
    .optional()
    .openapi({ description: "Thư điện tử của người thực hiện (một phần)" }),
  entity: idSchema("Loại đối tượng").optional(),
  entityId: idSchema("Mã đối tượng").optional(),
  action: idSchema("Thao tác").optional(),
  category: z.enum(["DATA", "AUTH", "ACCESS"]).optional(),
  outcome: z.enum(["SUCCESS", "FAILED", "DENIED"]).optional(),
});

/** An auditor scoped to one province sees only what that province's users did. */
function scopeCondition(actor: Actor): SQL | undefined {
  if (actor.scope.kind === "PROVINCE")
    return sql`${auditLog.actorScope}->>'provinceId' = ${actor.scope.provinceId}`;
  return undefined;
}

export const auditRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/audit-events",
    tags: ["Nhật ký"],
    summary: "Nhật ký ghi dữ liệu, đăng nhập và truy cập bị từ chối (quản trị, thanh tra)",
    security: cookieAuth,
    request: { query: querySchema },
    responses: {
      200: {
        content: { "application/json": { schema: pageOf(auditEventSchema) } },
        description: "Trang kết quả",
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { db } = c.get("deps");
    await requireAbility(db, actor, "audit.read", requestMeta(c), { entity: "audit_log" });
    const query = c.req.valid("query");
    const conditions = [
      scopeCondition(actor),
      query.from ? gte(auditLog.at, new Date(`${query.from}T00:00:00+07:00`)) : undefined,
      query.to
        ? lt(auditLog.at, new Date(new Date(`${query.to}T00:00:00+07:00`).getTime() + 86_400_000))
        : undefined,
      query.actor ? ilike(auditLog.actorEmail, `%${query.actor.replace(/[%_\\]/g, "\\$&")}%`) : undefined,
      query.entity ? eq(auditLog.entity, query.entity) : undefined,
      query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
      // A code finds its legacy spellings too: old rows keep the code they were written with.
      query.action ? inArray(auditLog.action, storedAuditActions(query.action)) : undefined,
      query.category ? eq(auditLog.category, query.category) : undefined,
      query.outcome ? eq(auditLog.outcome, query.outcome) : undefined,
    ];
    const where = and(...conditions);
    const rows = await db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const [totalRow] = await db.select({ total: count() }).from(auditLog).where(where);
    const items = rows.map((row) => ({
      id: row.id.toString(),
      at: row.at.toISOString(),
      category: row.category,
      action: row.action,
      actionLabel: actionLabel(row.action),
      outcome: row.outcome,
      actorUserId: row.actorUserId,
      actorEmail: row.actorEmail,
      actorRole: row.actorRole,
      actorRoleLabel: row.actorRole
        ? (roles[row.actorRole as keyof typeof roles]?.labelVi ?? row.actorRole)
        : null,
      entity: row.entity,
      entityLabel: row.entity ? entityLabel(row.entity) : null,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
      requestId: row.requestId,
      ip: row.ip,
    }));
    return c.json({ items, total: totalRow?.total ?? 0, page: query.page, pageSize: query.pageSize }, 200);
  },
);
