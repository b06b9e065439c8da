import {
  type EligibilityEvaluation,
  type EligibilitySubject,
  type EligibleIndustry,
  evaluateEligibility,
  type LegalForm,
  type SiteFacts,
  type SubjectClass,
  type UrbanClass,
} from "@kc/domain";
import { and, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, adminUnitAttribute, selectionCertificate } from "../../db/schema/index";

export type EligibilityInput = {
  legalForm: LegalForm;
  subjectClass: SubjectClass;
  industries: readonly string[];
  /** Production sites; when none is recorded the registered commune stands for the production site. */
  siteCommuneIds: readonly string[];
  registeredCommuneId: string;
  yearData: readonly {
    year: number;
    employees?: number | null;
    totalCapital?: bigint | null;
    totalAssets?: bigint | null;
    revenue?: bigint | null;
    localMaterialSharePct?: number | null;
    hasExportContract?: boolean | null;
    cnhtProduct?: boolean | null;
  }[];
};

/**
 * Gathers the facts the rules of DOMAIN.md §9.4 look at (the sites' units and their dated attributes, last year's
 * figures) and evaluates them with the rule set in force on `date`. The result is stored with the record.
 */
export async function evaluateEstablishmentEligibility(
  db: Db,
  input: EligibilityInput,
  date: string,
  establishmentId?: string,
): Promise<EligibilityEvaluation> {
  const facts = await loadSiteFacts(db, siteIdsOf(input), date);
  const certified = establishmentId ? await holdsValidCertificate(db, establishmentId, date) : false;
  return evaluateWithFacts(input, facts, date, certified);
}

/**
 * Circular 26 Art. 21: an establishment holding a representative-product certificate valid on `date` (issued, not
 * revoked, not past 31 December of its third year — S5, S8) gets the priority flag; a revoked or expired one none.
 */
export async function holdsValidCertificate(db: Db, establishmentId: string, date: string): Promise<boolean> {
  const [found] = await db
    .select({ id: selectionCertificate.id })
    .from(selectionCertificate)
    .where(
      and(
        eq(selectionCertificate.establishmentId, establishmentId),
        eq(selectionCertificate.status, "VALID"),
        lte(selectionCertificate.issuedOn, date),
        gte(selectionCertificate.validUntil, date),
      ),
    )
    .limit(1);
  return found !== undefined;
}

function siteIdsOf(input: Pick<EligibilityInput, "siteCommuneIds" | "registeredCommuneId">): string[] {
  return input.siteCommuneIds.length > 0 ? [...input.siteCommuneIds] : [input.registeredCommuneId];
}

/** The facts of many units at once (imports evaluate thousands of rows against one prefetch). */
export async function loadSiteFacts(
  db: Db,
  unitIds: readonly string[],
  date: string,
): Promise<Map<string, SiteFacts>> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return new Map();
  const siteUnits = await db
    .select({ id: adminUnit.id, name: adminUnit.name, kind: adminUnit.kind, parentId: adminUnit.parentId })
    .from(adminUnit)
    .where(inArray(adminUnit.id, ids));
  const parentIds = [...new Set(siteUnits.map((u) => u.parentId).filter((id): id is string => id !== null))];
  const parents = parentIds.length
    ? await db
        .select({ id: adminUnit.id, kind: adminUnit.kind })
        .from(adminUnit)
        .where(inArray(adminUnit.id, parentIds))
    : [];
  const attributes = await db
    .select()
    .from(adminUnitAttribute)
    .where(
      and(
        inArray(adminUnitAttribute.unitId, ids),
        lte(adminUnitAttribute.validFrom, date),
        or(isNull(adminUnitAttribute.validTo), gte(adminUnitAttribute.validTo, date)),
      ),
    );
  const attr = (unitId: string, name: string) =>
    attributes.find((a) => a.unitId === unitId && a.attr === name)?.value;
  const facts = new Map<string, SiteFacts>();
  for (const unit of siteUnits) {
    const converted = attr(unit.id, "CONVERTED_FROM_COMMUNE_ON");
    const difficult = attr(unit.id, "DIFFICULT_AREA") ?? attr(unit.id, "VERY_DIFFICULT_AREA");
    facts.set(unit.id, {
      unitId: unit.id,
      unitName: unit.name,
      kind: unit.kind,
      parentKind: parents.find((p) => p.id === unit.parentId)?.kind ?? null,
      cityUrbanClass: (attr(unit.id, "URBAN_CLASS") as UrbanClass | undefined) ?? null,
      convertedFromCommuneOn: converted ?? null,
      difficultArea: difficult === undefined ? null : difficult === "true",
    });
  }
  return facts;
}

/** Pure evaluation once the facts are known. */
export function evaluateWithFacts(
  input: EligibilityInput,
  facts: Map<string, SiteFacts>,
  date: string,
  hasValidCertificate = false,
): EligibilityEvaluation {
  const sites = siteIdsOf(input)
    .map((id) => facts.get(id))
    .filter((site): site is SiteFacts => site !== undefined);
  const evaluationYear = Number(date.slice(0, 4));
  const last = input.yearData.find((row) => row.year === evaluationYear - 1);
  const subject: EligibilitySubject = {
    legalForm: input.legalForm,
    subjectClass: input.subjectClass,
    industries: input.industries as EligibleIndustry[],
    sites,
    previousYear: last
      ? {
          year: last.year,
          employees: last.employees ?? null,
          totalCapital: last.totalCapital ?? null,
          totalAssets: last.totalAssets ?? null,
          revenue: last.revenue ?? null,
          localMaterialSharePct: last.localMaterialSharePct ?? null,
          hasExportContract: last.hasExportContract ?? null,
          cnhtProduct: last.cnhtProduct ?? null,
        }
      : null,
    hasValidRepresentativeProductCertificate: hasValidCertificate,
    usesPollutingBrickKiln: null,
  };
  return evaluateEligibility(subject, date);
}

/** The stored form of an evaluation: JSON-safe (no bigint), with the date it was made. */
export function storedEvaluation(evaluation: EligibilityEvaluation) {
  return JSON.parse(JSON.stringify(evaluation)) as Record<string, unknown>;
}
