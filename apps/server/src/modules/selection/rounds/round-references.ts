import type { DecisionFields } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, organisation, storedFile } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { findProjectInScope } from "../../projects/projects.queries";

const invalid = (path: string, message: string) =>
  new AppError("SELECTION_ROUND_REFERENCE_INVALID", { detail: message, errors: [{ path, message }] });

/**
 * The ids a round points at must exist (and the funding project be one the caller reaches): checked before the
 * write so a wrong id is a 422 naming its field, never a foreign-key 500.
 */
export async function assertRoundReferences(
  db: Db,
  actor: Actor,
  refs: {
    provinceId?: string | null;
    districtUnitId?: string | null;
    organiserOrgId: string | null;
    fundingProjectId: string | null;
    planDecision: DecisionFields | null;
  },
): Promise<void> {
  if (refs.provinceId) {
    const [unit] = await db
      .select({ id: adminUnit.id })
      .from(adminUnit)
      .where(and(eq(adminUnit.id, refs.provinceId), eq(adminUnit.level, "TINH")));
    if (!unit) throw invalid("body.provinceId", "Không có tỉnh, thành phố này");
  }
  if (refs.districtUnitId) {
    const [unit] = await db
      .select({ parentId: adminUnit.parentId })
      .from(adminUnit)
      .where(eq(adminUnit.id, refs.districtUnitId));
    if (!unit || unit.parentId !== refs.provinceId)
      throw invalid("body.districtUnitId", "Không có huyện này trong tỉnh đã chọn");
  }
  if (refs.organiserOrgId) {
    const [org] = await db
      .select({ id: organisation.id })
      .from(organisation)
      .where(eq(organisation.id, refs.organiserOrgId));
    if (!org) throw invalid("body.organiserOrgId", "Không có cơ quan tổ chức này");
  }
  if (refs.fundingProjectId && !(await findProjectInScope(db, actor, refs.fundingProjectId)))
    throw invalid("body.fundingProjectId", "Không có đề án này trong phạm vi của bạn");
  await assertFileExists(db, refs.planDecision?.fileId ?? null, "body.planDecision.fileId");
}

/** A decision's file must have been uploaded by the caller's side first (a stored file id). */
export async function assertFileExists(db: Db, fileId: string | null, path: string): Promise<void> {
  if (!fileId) return;
  const [file] = await db.select({ id: storedFile.id }).from(storedFile).where(eq(storedFile.id, fileId));
  if (!file) throw invalid(path, "Không có tệp văn bản này");
}
