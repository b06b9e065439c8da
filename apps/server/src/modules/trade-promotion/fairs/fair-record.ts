import type { FieldError } from "@kc/domain";
import { type FairCreateInput, foldForSearch, todayInVietnam } from "@kc/domain";
import { and, eq, gte, inArray, isNull, like, lte, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, fair, organisation, project, regionMembership } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { provinceScopeFilter } from "../../../platform/policy";
import { isUniqueViolation } from "../../../platform/unique-violation";

/**
 * The recording province must lie in the writer's scope: a provincial officer records their own province's fairs,
 * a regional one its provinces', and only a national scope records the central agency's fairs (no province).
 * Refused with 403 FAIR_OUT_OF_SCOPE before anything else is looked at.
 */
export async function assertRecordingScope(db: Db, actor: Actor, provinceId: string | null): Promise<void> {
  const scope = actor.scope;
  if (scope.kind === "NATIONAL") return;
  const today = todayInVietnam();
  const allowed =
    provinceId !== null &&
    (scope.kind === "PROVINCE"
      ? scope.provinceId === provinceId
      : scope.kind === "REGION" &&
        (
          await db
            .select({ id: regionMembership.provinceId })
            .from(regionMembership)
            .where(
              and(
                eq(regionMembership.regionCode, scope.regionCode),
                eq(regionMembership.provinceId, provinceId),
                lte(regionMembership.validFrom, today),
                or(isNull(regionMembership.validTo), gte(regionMembership.validTo, today)),
              ),
            )
        ).length > 0);
  if (!allowed) {
    throw new AppError("FAIR_OUT_OF_SCOPE", {
      errors: [{ path: "body.provinceId", message: "Tỉnh ghi nhận nằm ngoài phạm vi dữ liệu của bạn" }],
    });
  }
}

/**
 * The references a fair names must exist: the venue as a province or commune in force on the opening day
 * (422 FAIR_VENUE_INVALID), the organisations, and the funding project within the writer's scope
 * (422 FAIR_REFERENCE_INVALID naming the field). Nothing is written when one is wrong.
 */
export async function checkFairReferences(db: Db, actor: Actor, input: FairCreateInput): Promise<void> {
  if (input.venueUnitId) {
    const [unit] = await db
      .select({ level: adminUnit.level, validFrom: adminUnit.validFrom, validTo: adminUnit.validTo })
      .from(adminUnit)
      .where(eq(adminUnit.id, input.venueUnitId));
    const inForce =
      unit &&
      (unit.level === "TINH" || unit.level === "XA") &&
      unit.validFrom <= input.startDate &&
      (unit.validTo === null || unit.validTo >= input.startDate);
    if (!inForce) {
      throw new AppError("FAIR_VENUE_INVALID", {
        errors: [
          {
            path: "body.venueUnitId",
            message: "Tỉnh, xã này không tồn tại hoặc không có hiệu lực vào ngày khai mạc",
          },
        ],
      });
    }
  }
  const problems: FieldError[] = [];
  if (input.provinceId) {
    const [province] = await db
      .select({ level: adminUnit.level })
      .from(adminUnit)
      .where(eq(adminUnit.id, input.provinceId));
    if (province?.level !== "TINH") problems.push({ path: "body.provinceId", message: "Không có tỉnh này" });
  }
  const orgIds = [input.hostOrgId, input.organiserOrgId].filter((id): id is string => id !== null);
  const known = new Set(
    orgIds.length === 0
      ? []
      : (
          await db.select({ id: organisation.id }).from(organisation).where(inArray(organisation.id, orgIds))
        ).map((row) => row.id),
  );
  if (input.hostOrgId && !known.has(input.hostOrgId))
    problems.push({ path: "body.hostOrgId", message: "Không có đơn vị này trong danh mục" });
  if (input.organiserOrgId && !known.has(input.organiserOrgId))
    problems.push({ path: "body.organiserOrgId", message: "Không có đơn vị này trong danh mục" });
  if (input.fundingProjectId) {
    const [found] = await db
      .select({ id: project.id })
      .from(project)
      .where(
        and(
          eq(project.id, input.fundingProjectId),
          provinceScopeFilter(actor, { province: project.provinceId }, todayInVietnam()),
        ),
      );
    if (!found)
      problems.push({
        path: "body.fundingProjectId",
        message: "Không tìm thấy đề án này trong phạm vi dữ liệu của bạn",
      });
  }
  if (problems.length > 0) throw new AppError("FAIR_REFERENCE_INVALID", { errors: problems });
}

/** The columns an officer's input sets (the same for create and update); the code is the server's. */
export function fairColumns(input: FairCreateInput, code: string) {
  const abroad = input.level === "ABROAD";
  return {
    name: input.name,
    level: input.level,
    kind: input.kind,
    hostOrgId: input.hostOrgId,
    hostName: input.hostName,
    organiserOrgId: input.organiserOrgId,
    organiserName: input.organiserName,
    venueUnitId: abroad ? null : input.venueUnitId,
    venueCountryCode: abroad ? input.venueCountryCode : null,
    venueCity: abroad ? input.venueCity : null,
    venueText: input.venueText,
    startDate: input.startDate,
    endDate: input.endDate,
    year: Number(input.startDate.slice(0, 4)),
    plannedBooths: input.plannedBooths,
    actualBooths: input.actualBooths,
    boothPrice: input.boothPrice === null ? null : BigInt(input.boothPrice),
    fundingProjectId: input.fundingProjectId,
    provinceId: input.provinceId,
    searchText: foldForSearch(
      [code, input.name, input.hostName, input.organiserName, input.venueText, input.venueCity ?? ""].join(
        " ",
      ),
    ),
    sortKey: foldForSearch(input.name),
  };
}

/**
 * Next code HC-<start year>-NNNN, read inside the transaction; the unique index settles a race between two
 * creators (the caller retries).
 */
export async function nextFairCode(tx: Db, year: number): Promise<string> {
  const prefix = `HC-${year}-`;
  const [row] = await tx
    .select({
      // The offset is a constant of this function, written into the statement so the cast reads a plain integer.
      highest: sql<number>`coalesce(max(substring(${fair.code} from ${sql.raw(String(prefix.length + 1))})::int), 0)::int`,
    })
    .from(fair)
    .where(like(fair.code, `${prefix}%`));
  return `${prefix}${String(Number(row?.highest ?? 0) + 1).padStart(4, "0")}`;
}

/** The audit snapshot: the fields an officer edits, money as strings (labels in audit-fields.ts). */
export function fairAuditSnapshot(row: typeof fair.$inferSelect) {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    kind: row.kind,
    status: row.status,
    hostOrgId: row.hostOrgId,
    hostName: row.hostName,
    organiserOrgId: row.organiserOrgId,
    organiserName: row.organiserName,
    venueUnitId: row.venueUnitId,
    venueCountryCode: row.venueCountryCode,
    venueCity: row.venueCity,
    venueText: row.venueText,
    startDate: row.startDate,
    endDate: row.endDate,
    plannedBooths: row.plannedBooths,
    actualBooths: row.actualBooths,
    boothPrice: row.boothPrice === null ? null : row.boothPrice.toString(),
    fundingProjectId: row.fundingProjectId,
    cancelReason: row.cancelReason,
    provinceId: row.provinceId,
  };
}

export function isFairCodeConflict(error: unknown): boolean {
  return isUniqueViolation(error, "fair_code");
}
