import {
  dongToBigInt,
  type EstablishmentCreate,
  establishmentSearchText,
  normalizeText,
  vietnameseSortKey,
} from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  adminUnit,
  type establishment,
  establishmentEligibility,
  establishmentSite,
  establishmentYearData,
} from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { isUniqueViolation } from "../../platform/unique-violation";
import { communesByIds } from "./establishments.queries";

/** The province, commune and site communes of an input, checked: communes in force, in the actor's scope. */
export async function resolvePlaces(
  db: Db,
  actor: Actor | null,
  input: Pick<EstablishmentCreate, "communeId" | "sites">,
  today: string,
) {
  const siteIds = input.sites.map((site) => site.communeId);
  const units = await communesByIds(db, [input.communeId, ...siteIds]);
  const usable = (id: string) => {
    const unit = units.find((u) => u.id === id);
    return unit && unit.level === "XA" && (unit.validTo === null || unit.validTo >= today) ? unit : undefined;
  };
  const commune = usable(input.communeId);
  if (!commune?.parentId) {
    throw new AppError("ESTABLISHMENT_COMMUNE_INVALID", {
      errors: [{ path: "body.communeId", message: "Xã, phường không tồn tại hoặc không còn hiệu lực" }],
    });
  }
  input.sites.forEach((site, index) => {
    if (!usable(site.communeId)) {
      throw new AppError("ESTABLISHMENT_COMMUNE_INVALID", {
        errors: [
          {
            path: `body.sites.${index}.communeId`,
            message: "Xã, phường không tồn tại hoặc không còn hiệu lực",
          },
        ],
      });
    }
  });
  const provinceId = commune.parentId;
  // null = the system itself (demo seed); people act within their scope only.
  const inScope =
    actor === null ||
    actor.scope.kind === "NATIONAL" ||
    (actor.scope.kind === "PROVINCE" && actor.scope.provinceId === provinceId);
  if (!inScope) {
    throw new AppError("ESTABLISHMENT_OUT_OF_SCOPE", {
      errors: [{ path: "body.communeId", message: "Xã, phường thuộc tỉnh ngoài phạm vi dữ liệu của bạn" }],
    });
  }
  return { provinceId, communeId: commune.id };
}

/** Search key: name, codes, owner, products and place names, folded once so every search ignores diacritics. */
export async function searchTextFor(db: Db, input: EstablishmentCreate, provinceId: string): Promise<string> {
  const places = await db
    .select({ name: adminUnit.name })
    .from(adminUnit)
    .where(eq(adminUnit.id, input.communeId))
    .union(db.select({ name: adminUnit.name }).from(adminUnit).where(eq(adminUnit.id, provinceId)));
  return establishmentSearchText([
    input.name,
    input.taxCode,
    input.businessRegNo,
    input.ownerName,
    input.mainProducts,
    input.addressText,
    ...places.map((p) => p.name),
  ]);
}

export function columnsFor(input: EstablishmentCreate) {
  const name = normalizeText(input.name);
  return {
    name,
    sortKey: vietnameseSortKey(name),
    legalForm: input.legalForm,
    subjectClass: input.subjectClass,
    taxCode: input.taxCode ?? null,
    businessRegNo: input.businessRegNo ?? null,
    ownerName: input.ownerName ?? null,
    addressText: input.addressText,
    industries: [...input.industries],
    vsicCodes: [...input.vsicCodes],
    mainProducts: input.mainProducts,
    phone: input.phone ?? null,
    email: input.email ?? null,
    website: input.website ?? null,
  };
}

/** What the eligibility rules need from an input (money as exact bigint). */
export function eligibilityInputFor(input: EstablishmentCreate) {
  return {
    legalForm: input.legalForm,
    subjectClass: input.subjectClass,
    industries: input.industries,
    siteCommuneIds: input.sites.map((site) => site.communeId),
    registeredCommuneId: input.communeId,
    yearData: yearRows("", input).map((row) => ({
      ...row,
      localMaterialSharePct: row.localMaterialSharePct === null ? null : Number(row.localMaterialSharePct),
    })),
  };
}

export function yearRows(establishmentId: string, input: EstablishmentCreate) {
  return input.yearData.map((row) => ({
    establishmentId,
    year: row.year,
    employees: row.employees ?? null,
    totalCapital: row.totalCapital == null ? null : dongToBigInt(row.totalCapital),
    totalAssets: row.totalAssets == null ? null : dongToBigInt(row.totalAssets),
    revenue: row.revenue == null ? null : dongToBigInt(row.revenue),
    localMaterialSharePct: row.localMaterialSharePct == null ? null : String(row.localMaterialSharePct),
    hasExportContract: row.hasExportContract ?? null,
    cnhtProduct: row.cnhtProduct ?? null,
  }));
}

/**
 * Replaces the rows that hang off one establishment: sites, yearly figures and the stored eligibility evaluation
 * (inside the caller's transaction).
 */
export async function writeChildren(
  tx: Db,
  establishmentId: string,
  input: EstablishmentCreate,
  eligibilityDocument: unknown,
) {
  await tx.delete(establishmentSite).where(eq(establishmentSite.establishmentId, establishmentId));
  await tx.delete(establishmentYearData).where(eq(establishmentYearData.establishmentId, establishmentId));
  await tx
    .delete(establishmentEligibility)
    .where(eq(establishmentEligibility.establishmentId, establishmentId));
  await tx.insert(establishmentEligibility).values({ establishmentId, document: eligibilityDocument });
  if (input.sites.length > 0) {
    await tx.insert(establishmentSite).values(
      input.sites.map((site, position) => ({
        establishmentId,
        position,
        communeId: site.communeId,
        addressText: site.addressText,
      })),
    );
  }
  const years = yearRows(establishmentId, input);
  if (years.length > 0) await tx.insert(establishmentYearData).values(years);
}

/** The audit snapshot: the fields an officer edits, in a stable, readable shape. */
type SnapshotFields =
  | "name"
  | "legalForm"
  | "subjectClass"
  | "taxCode"
  | "businessRegNo"
  | "ownerName"
  | "communeId"
  | "addressText"
  | "industries"
  | "vsicCodes"
  | "mainProducts"
  | "phone"
  | "email"
  | "website"
  | "status"
  | "eligibilityVerdict"
  | "version";

export function establishmentSnapshot(
  row: Pick<typeof establishment.$inferSelect, SnapshotFields>,
  input?: EstablishmentCreate,
) {
  return {
    name: row.name,
    legalForm: row.legalForm,
    subjectClass: row.subjectClass,
    taxCode: row.taxCode,
    businessRegNo: row.businessRegNo,
    ownerName: row.ownerName,
    communeId: row.communeId,
    addressText: row.addressText,
    industries: row.industries,
    vsicCodes: row.vsicCodes,
    mainProducts: row.mainProducts,
    phone: row.phone,
    email: row.email,
    website: row.website,
    status: row.status,
    eligibility: row.eligibilityVerdict,
    ...(input ? { sites: input.sites, yearData: input.yearData } : {}),
    version: row.version,
  };
}

/** The one answer to a tax code held by another establishment, from the pre-check or the unique index. */
export function taxCodeTakenError(): AppError {
  return new AppError("ESTABLISHMENT_TAX_CODE_TAKEN", {
    errors: [{ path: "body.taxCode", message: "Mã số thuế đã được dùng cho một cơ sở khác" }],
  });
}

/** A unique-violation on the tax code (a concurrent insert) becomes the same 409 as the pre-check. */
export function isTaxCodeConflict(error: unknown): boolean {
  return isUniqueViolation(error, "tax_code");
}
