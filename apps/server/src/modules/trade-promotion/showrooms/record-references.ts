import type { ErrorCode, FieldError } from "@kc/domain";
import { and, eq, inArray, isNull, or } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, establishment, organisation, project } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { provinceScopeFilter } from "../../../platform/policy";

/**
 * The checks a showroom or brand record makes of what it points to, inside the write's transaction. Each problem
 * is reported on its field with words, and all of them together in one 422, so a form can mark every field at
 * once. A province outside the caller's scope reads as unknown: its existence is not the caller's business.
 */
export class ReferenceProblems {
  readonly errors: FieldError[] = [];

  add(path: string, message: string) {
    this.errors.push({ path, message });
  }

  throwIfAny(code: ErrorCode = "TRADE_PROMOTION_REFERENCE_INVALID") {
    if (this.errors.length > 0) {
      throw new AppError(code, { errors: this.errors });
    }
  }
}

/** The province exists and lies in the caller's data scope (national: any; region: its members; province: itself). */
export async function checkProvince(
  tx: Db,
  actor: Actor,
  provinceId: string,
  today: string,
  problems: ReferenceProblems,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: adminUnit.id })
    .from(adminUnit)
    .where(
      and(
        eq(adminUnit.id, provinceId),
        eq(adminUnit.level, "TINH"),
        provinceScopeFilter(actor, { province: adminUnit.id }, today),
      ),
    );
  if (!row) problems.add("provinceId", "Tỉnh không tồn tại hoặc nằm ngoài phạm vi dữ liệu của bạn");
  return Boolean(row);
}

/** The commune is one of the province's (as recorded at the opening date: any dated row under that province). */
export async function checkCommune(
  tx: Db,
  communeId: string | null,
  provinceId: string,
  problems: ReferenceProblems,
): Promise<void> {
  if (communeId === null) return;
  const [row] = await tx
    .select({ id: adminUnit.id })
    .from(adminUnit)
    .where(and(eq(adminUnit.id, communeId), eq(adminUnit.parentId, provinceId)));
  if (!row) problems.add("communeId", "Xã, phường không thuộc tỉnh đã chọn");
}

/**
 * Establishments of the register in the record's province. An archived establishment may stay on a record it
 * was already on (`kept`), but cannot be newly chosen.
 */
export async function checkEstablishments(
  tx: Db,
  ids: readonly string[],
  provinceId: string,
  path: (index: number) => string,
  problems: ReferenceProblems,
  kept: ReadonlySet<string> = new Set(),
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      id: establishment.id,
      name: establishment.name,
      provinceId: establishment.provinceId,
      status: establishment.status,
    })
    .from(establishment)
    .where(inArray(establishment.id, [...ids]));
  const found = new Map(rows.map((row) => [row.id, row]));
  ids.forEach((id, index) => {
    const row = found.get(id);
    if (!row || row.provinceId !== provinceId) {
      problems.add(path(index), "Không tìm thấy cơ sở này trong sổ đăng ký của tỉnh đã chọn");
    } else if (row.status === "ARCHIVED" && !kept.has(id)) {
      problems.add(path(index), `Cơ sở "${row.name}" đã được lưu trữ, không thể chọn`);
    }
  });
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The centre is an organisation of the reference data located in the record's province. */
export async function checkCentre(
  tx: Db,
  centreOrgId: string | null,
  provinceId: string,
  problems: ReferenceProblems,
): Promise<void> {
  if (centreOrgId === null) return;
  const [row] = await tx
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.id, centreOrgId), eq(organisation.adminUnitId, provinceId)));
  if (!row) problems.add("centreOrgId", "Không tìm thấy trung tâm, đơn vị này ở tỉnh đã chọn");
}

/** The funding project exists and is the province's own or a national one (no province). */
export async function checkProject(
  tx: Db,
  projectId: string | null,
  provinceId: string,
  field: string,
  problems: ReferenceProblems,
) {
  if (projectId === null) return null;
  const [row] = await tx
    .select({ id: project.id, fundingLevel: project.fundingLevel, provinceId: project.provinceId })
    .from(project)
    .where(
      and(eq(project.id, projectId), or(isNull(project.provinceId), eq(project.provinceId, provinceId))),
    );
  if (!row) problems.add(field, "Không tìm thấy đề án này của tỉnh đã chọn hoặc của trung ương");
  return row ?? null;
}
