import type { EligibilitySubject, SiteFacts, YearFacts } from "../eligibility.types";

/**
 * Builders for the eligibility tests: a valid CNNT household business producing in a commune, which each test
 * changes in the one fact it is about. Not exported from the package.
 */

export function buildSite(overrides: Partial<SiteFacts> = {}): SiteFacts {
  return {
    unitId: "X-1",
    unitName: "Xã Tân Hòa",
    kind: "XA",
    parentKind: "HUYEN",
    cityUrbanClass: null,
    convertedFromCommuneOn: null,
    difficultArea: false,
    ...overrides,
  };
}

export function buildWard(overrides: Partial<SiteFacts> = {}): SiteFacts {
  return buildSite({
    unitId: "P-1",
    unitName: "Phường Mỹ Phú",
    kind: "PHUONG",
    parentKind: "TP_THUOC_TINH",
    ...overrides,
  });
}

export function buildYear(overrides: Partial<YearFacts> = {}): YearFacts {
  return {
    year: 2024,
    employees: 12,
    totalCapital: 800_000_000n,
    totalAssets: null,
    revenue: 2_000_000_000n,
    localMaterialSharePct: null,
    hasExportContract: null,
    cnhtProduct: null,
    ...overrides,
  };
}

export function buildSubject(overrides: Partial<EligibilitySubject> = {}): EligibilitySubject {
  return {
    legalForm: "HKD",
    subjectClass: "CNNT",
    industries: ["N_DD"],
    sites: [buildSite()],
    previousYear: buildYear(),
    hasValidRepresentativeProductCertificate: false,
    usesPollutingBrickKiln: false,
    ...overrides,
  };
}
