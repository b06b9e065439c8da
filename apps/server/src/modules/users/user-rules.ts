import { type DataScope, isScopeAllowedForRole, type RoleCode } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { organisation } from "../../db/schema/index";
import { AppError } from "../../platform/errors";
import { isCurrentProvince } from "./users.queries";

/** Role and scope must fit together, and the scope's province or organisation must exist. */
export async function assertScopeFits(
  db: Db,
  role: RoleCode,
  scope: DataScope,
  organisationId: string | null | undefined,
) {
  if (!isScopeAllowedForRole(role, scope)) {
    throw new AppError("USER_SCOPE_INVALID", {
      errors: [{ path: "body.scope.kind", message: "Phạm vi không phù hợp với vai trò" }],
    });
  }
  if (scope.kind === "PROVINCE" && !(await isCurrentProvince(db, scope.provinceId))) {
    throw new AppError("USER_SCOPE_INVALID", {
      errors: [{ path: "body.scope.provinceId", message: "Không phải đơn vị hành chính cấp tỉnh hiện hành" }],
    });
  }
  for (const [path, id] of [
    ["body.scope.organisationId", scope.kind === "ORGANISATION" ? scope.organisationId : null],
    ["body.organisationId", organisationId ?? null],
  ] as const) {
    if (!id) continue;
    const [row] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, id));
    if (!row)
      throw new AppError("USER_SCOPE_INVALID", { errors: [{ path, message: "Tổ chức không tồn tại" }] });
  }
}

export function scopeColumns(scope: DataScope) {
  return {
    scopeKind: scope.kind,
    scopeRegionCode: scope.kind === "REGION" ? scope.regionCode : null,
    scopeProvinceId: scope.kind === "PROVINCE" ? scope.provinceId : null,
    scopeOrganisationId: scope.kind === "ORGANISATION" ? scope.organisationId : null,
  };
}
