import { auditActionLabel } from "@kc/domain";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditLog, user } from "../../db/schema/index";

const fieldLabels: Record<string, string> = {
  name: "Tên cơ sở",
  legalForm: "Loại hình",
  subjectClass: "Đối tượng",
  taxCode: "Mã số thuế",
  businessRegNo: "Số đăng ký kinh doanh",
  ownerName: "Chủ cơ sở",
  communeId: "Xã, phường",
  addressText: "Địa chỉ",
  industries: "Ngành nghề",
  vsicCodes: "Mã VSIC",
  mainProducts: "Sản phẩm chính",
  phone: "Điện thoại",
  email: "Thư điện tử",
  website: "Trang thông tin",
  status: "Trạng thái",
  eligibility: "Kết quả xét điều kiện",
  sites: "Địa điểm sản xuất",
  yearData: "Số liệu theo năm",
};

/**
 * The change history of one establishment, drawn from the audit log (the only record of who changed what):
 * field by field, before → after. The caller has already checked that the establishment is in scope.
 */
export async function establishmentHistory(db: Db, establishmentId: string) {
  const rows = await db
    .select({ log: auditLog, actorName: user.name })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorUserId))
    .where(
      and(
        eq(auditLog.entity, "establishment"),
        eq(auditLog.entityId, establishmentId),
        eq(auditLog.category, "DATA"),
      ),
    )
    .orderBy(asc(auditLog.at), asc(auditLog.id));
  return rows.map(({ log, actorName }) => {
    const before = (log.before ?? {}) as Record<string, unknown>;
    const after = (log.after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (f) => f !== "version",
    );
    const changes = fields
      .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
      .map((field) => ({
        field,
        fieldLabel: fieldLabels[field] ?? field,
        before: before[field] ?? null,
        after: after[field] ?? null,
      }));
    return {
      at: log.at.toISOString(),
      actorEmail: log.actorEmail,
      actorName: actorName ?? null,
      action: log.action,
      actionLabel: auditActionLabel(log.action, "vi"),
      changes,
    };
  });
}
