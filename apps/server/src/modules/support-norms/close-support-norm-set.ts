import { formatDate, type IsoDate } from "@kc/domain";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { supportNormSet } from "../../db/schema/index";
import { assertAvailable } from "../../platform/action-availability";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { lockSupportNormSets } from "./create-support-norm-set";
import { recordOf, type SupportNormSetRecord } from "./support-norm-record";
import { closeAvailability, closePlan } from "./support-norm-rules";
import { findSupportNormSet, listSupportNormSetRecords } from "./support-norms.queries";

function refuse(message: string): never {
  throw new AppError("SUPPORT_NORM_SET_CLOSE_INVALID", {
    detail: message,
    errors: [{ path: "body.validTo", message }],
  });
}

/**
 * Ends a legal table of norms on `validTo`, so that the table of a new document can follow it (rule 3 of
 * support-norm-rules.ts forbids overlaps between documents). Rule 4: every version of the series still valid
 * after the date ends on it; the date may only shorten a window and may not come before the start of the set or
 * of any version it would end. A closed row becomes the administrator's (source ADMIN), so the seed loader never
 * reopens it on the next start. One audit entry per row changed, in the same transaction.
 */
export async function closeSupportNormSet(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  validTo: IsoDate;
}): Promise<SupportNormSetRecord> {
  const { db, actor, meta, id, validTo } = options;
  return db.transaction(async (tx) => {
    await lockSupportNormSets(tx);
    const target = await findSupportNormSet(tx, id);
    if (!target) throw new AppError("NOT_FOUND");
    const scope = await listSupportNormSetRecords(tx, {
      fundingLevel: target.fundingLevel,
      provinceId: target.provinceId,
    });
    // What the page showed beside the button: when no date at all would do, say that rather than the date's fault.
    assertAvailable(closeAvailability(target, scope));
    if (validTo < target.validFrom) {
      refuse(`Ngày hết hiệu lực phải từ ngày bắt đầu áp dụng (${formatDate(target.validFrom)}) trở đi`);
    }
    if (target.validTo !== null && target.validTo <= validTo) {
      refuse(
        `Bộ định mức đã hết hiệu lực từ ${formatDate(target.validTo)}; chỉ có thể rút ngắn thời gian áp dụng`,
      );
    }
    const { ended, startingLater } = closePlan(target, validTo, scope);
    if (startingLater.length > 0) {
      const names = startingLater.map((s) => `"${s.labelVi}" (từ ${formatDate(s.validFrom)})`).join(", ");
      refuse(`Không thể kết thúc trước khi các phiên bản sau bắt đầu áp dụng: ${names}`);
    }
    const rows = await tx
      .update(supportNormSet)
      .set({ validTo, source: "ADMIN" })
      .where(
        inArray(
          supportNormSet.id,
          ended.map((s) => s.id),
        ),
      )
      .returning();
    for (const before of ended) {
      await writeAudit(tx, actor, meta, {
        action: "SUPPORT_NORM_SET_CLOSED",
        entity: "support_norm_set",
        entityId: before.id,
        before: { validTo: before.validTo, source: before.source },
        after: { validTo, source: "ADMIN" },
      });
    }
    // The target is always among the ended rows: it was open after the date and starts on or before it.
    const closed = rows.find((row) => row.id === id);
    if (!closed) throw new AppError("INTERNAL");
    return recordOf(closed);
  });
}
