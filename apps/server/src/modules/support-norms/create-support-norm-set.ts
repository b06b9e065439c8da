import { formatDate, type SupportNormSetInput, toSupportNormSet } from "@kc/domain";
import { and, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, supportNormSet } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { columnsOf, recordOf, type SupportNormSetRecord } from "./support-norm-record";
import { latestVersion, overlappingSets } from "./support-norm-rules";
import { listSupportNormSetRecords } from "./support-norms.queries";

/** Every change to the norm sets takes this transaction lock, so two checks for overlap never both pass. */
export async function lockSupportNormSets(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7142014, 262014)`);
}

/** A snapshot for the audit log: the set as entered, money as decimal strings. */
export function normSetSnapshot(record: SupportNormSetRecord) {
  const { createdAt: _at, ...rest } = record;
  return { ...rest, norms: columnsOf(record).norms };
}

const windowVi = (set: { validFrom: string; validTo: string | null }) =>
  `${formatDate(set.validFrom)} – ${set.validTo ? formatDate(set.validTo) : "nay"}`;

/**
 * Adds a version of the support norms (DOMAIN §3.5; issue 4 item 3: later versions are data, never code).
 * The input has passed `supportNormSetInputSchema`; here the rules that need the stored sets are checked
 * (support-norm-rules.ts: unused id, a version above its series' latest, no overlap with another legal
 * document's set in the same scope) and, for KCĐP, that the province is a provincial unit in force on the
 * first day. The lock, the checks, the row and its audit entry share one transaction.
 */
export async function createSupportNormSet(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: SupportNormSetInput;
}): Promise<SupportNormSetRecord> {
  const { db, actor, meta } = options;
  const set = toSupportNormSet(options.input);
  return db.transaction(async (tx) => {
    await lockSupportNormSets(tx);
    if (set.provinceId !== null) await assertProvinceInForce(tx, set.provinceId, set.validFrom);

    const [taken] = await tx
      .select({ id: supportNormSet.id })
      .from(supportNormSet)
      .where(eq(supportNormSet.id, set.id));
    if (taken) {
      const message = `Mã bộ định mức "${set.id}" đã được dùng`;
      throw new AppError("SUPPORT_NORM_SET_EXISTS", {
        detail: message,
        errors: [{ path: "body.id", message }],
      });
    }
    const scope = await listSupportNormSetRecords(tx, {
      fundingLevel: set.fundingLevel,
      provinceId: set.provinceId,
    });
    const latest = latestVersion(set, scope);
    if (set.version <= latest) {
      const message = `Phiên bản phải lớn hơn ${latest}, phiên bản mới nhất của bộ định mức theo văn bản này`;
      throw new AppError("SUPPORT_NORM_SET_EXISTS", {
        detail: message,
        errors: [{ path: "body.version", message }],
      });
    }
    const clashes = overlappingSets(set, scope);
    if (clashes.length > 0) {
      const names = clashes.map((other) => `"${other.labelVi}" (${windowVi(other)})`).join(", ");
      throw new AppError("SUPPORT_NORM_SET_OVERLAP", {
        detail: `Thời gian áp dụng trùng với ${names}. Hãy kết thúc hiệu lực bộ định mức đó trước, hoặc chọn thời gian không trùng.`,
        errors: [
          { path: "body.validFrom", message: "Trùng thời gian áp dụng với bộ định mức của văn bản khác" },
        ],
      });
    }

    const [row] = await tx
      .insert(supportNormSet)
      .values({ ...columnsOf(set), source: "ADMIN", createdBy: actor.userId })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    const record = recordOf(row);
    await writeAudit(tx, actor, meta, {
      action: "SUPPORT_NORM_SET_CREATED",
      entity: "support_norm_set",
      entityId: record.id,
      after: normSetSnapshot(record),
    });
    return record;
  });
}

/** A KCĐP set belongs to a provincial unit that exists on the day the set starts to apply. */
async function assertProvinceInForce(tx: Db, provinceId: string, date: string): Promise<void> {
  const [unit] = await tx
    .select({ id: adminUnit.id })
    .from(adminUnit)
    .where(
      and(
        eq(adminUnit.id, provinceId),
        eq(adminUnit.level, "TINH"),
        lte(adminUnit.validFrom, date),
        or(isNull(adminUnit.validTo), gte(adminUnit.validTo, date)),
      ),
    );
  if (unit) return;
  const message = `Tỉnh, thành phố "${provinceId}" không có hoặc chưa có hiệu lực vào ngày ${formatDate(date)}`;
  throw new AppError("SUPPORT_NORM_SET_PROVINCE_INVALID", {
    detail: message,
    errors: [{ path: "body.provinceId", message }],
  });
}
