import { z } from "@hono/zod-openapi";
import { auditEntityCodes, idSchema, isKnownAuditAction, isoDateSchema, searchTextSchema } from "@kc/domain";

const isoDate = isoDateSchema("Ngày");

const auditTableSchema = z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.string())) });

/** A value in words; `table` lays out a list of records (yearly figures, sites, plan lines). */
export const auditValueSchema = z
  .object({ text: z.string(), table: auditTableSchema.optional() })
  .nullable()
  .openapi("AuditValue");

export const auditChangeSchema = z
  .object({
    field: z.string().openapi({ description: "Tên trường trong ảnh chụp (để máy đọc), không hiển thị" }),
    label: z.string(),
    before: auditValueSchema,
    after: auditValueSchema,
  })
  .openapi("AuditChange");

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    category: z.enum(["DATA", "AUTH", "ACCESS"]),
    action: z.string(),
    actionLabel: z.string(),
    outcome: z.string(),
    outcomeLabel: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorEmail: z.string().nullable(),
    actorRole: z.string().nullable(),
    actorRoleLabel: z.string().nullable(),
    entity: z.string().nullable(),
    entityLabel: z.string().nullable(),
    entityId: z.string().nullable(),
    entityShortId: z.string().nullable(),
    entityName: z.string().nullable(),
    changes: z.array(auditChangeSchema),
    requestId: z.string().nullable(),
    ip: z.string().nullable(),
  })
  .openapi("AuditEvent");

export const historyEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorName: z.string().nullable(),
    actorEmail: z.string().nullable(),
    actorRoleLabel: z.string().nullable(),
    action: z.string(),
    actionLabel: z.string(),
    changes: z.array(auditChangeSchema),
  })
  .openapi("HistoryEntry");

export const historySchema = z.object({ items: z.array(historyEntrySchema) });

const entityMessage = `Loại đối tượng phải là một trong: ${auditEntityCodes.join(", ")}`;

/** The filters of the audit log, shared by the list and the export. */
export const auditFilterShape = {
  from: isoDate.optional().openapi({ description: "Từ ngày (YYYY-MM-DD, theo giờ Việt Nam)" }),
  to: isoDate.optional().openapi({ description: "Đến hết ngày (YYYY-MM-DD)" }),
  actor: searchTextSchema(100)
    .optional()
    .openapi({ description: "Tên hoặc thư điện tử của người thực hiện (không dấu, một phần)" }),
  entity: z.enum(auditEntityCodes, { error: entityMessage }).optional(),
  entityId: idSchema("Mã đối tượng").optional(),
  action: idSchema("Thao tác")
    .refine(isKnownAuditAction, "Thao tác không có trong danh mục thao tác của nhật ký")
    .optional(),
  category: z.enum(["DATA", "AUTH", "ACCESS"], { error: "Nhóm phải là DATA, AUTH hoặc ACCESS" }).optional(),
  outcome: z
    .enum(["SUCCESS", "FAILED", "DENIED"], { error: "Kết quả phải là SUCCESS, FAILED hoặc DENIED" })
    .optional(),
};

/** A period whose end comes before its start is a mistake to say, not an empty answer. */
export const periodInOrder: [
  (query: { from?: string; to?: string }) => boolean,
  { message: string; path: PropertyKey[] },
] = [
  (query) => !query.from || !query.to || query.from <= query.to,
  { message: "Ngày bắt đầu phải trước hoặc bằng ngày kết thúc", path: ["to"] },
];
