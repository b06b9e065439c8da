import { describe, expect, it } from "vitest";
import { type AdjustmentType, type AuthorityLevel, adjustmentTypeCodes } from "../project.constants";
import {
  type AdjustmentSubject,
  adjustmentApprover,
  authoritySatisfies,
  defaultAdjustmentMatrix,
} from "./adjustment";

const subject = (types: AdjustmentType[], change: Partial<AdjustmentSubject> = {}): AdjustmentSubject => ({
  types,
  fundingLevel: "KCQG",
  kind: "DE_AN_DON_LE",
  registeredByDoit: false,
  singleProvince: false,
  ...change,
});

/** Circ. 36/2013 Art. 11 (DOMAIN §3.4 matrix), one row per type: national, DoIT-registered group, local. */
const MATRIX: [AdjustmentType, AuthorityLevel, AuthorityLevel, AuthorityLevel][] = [
  ["TANG_KINH_PHI", "MINISTER", "MINISTER", "PROVINCIAL_PC_CHAIR"],
  ["DOI_NOI_DUNG", "MINISTER", "MINISTER", "PROVINCIAL_PC_CHAIR"],
  ["GIA_HAN_NAM_SAU", "MINISTER", "MINISTER", "PROVINCIAL_PC_CHAIR"],
  ["BO_SUNG_DE_AN", "MINISTER", "MINISTER", "PROVINCIAL_PC_CHAIR"],
  ["NGUNG_DE_AN", "MINISTER", "MINISTER", "PROVINCIAL_PC_CHAIR"],
  ["DOI_DIA_DIEM", "CENTRAL_AGENCY_DG", "DOIT_DIRECTOR", "DOIT_DIRECTOR"],
  ["DOI_THU_HUONG", "CENTRAL_AGENCY_DG", "DOIT_DIRECTOR", "DOIT_DIRECTOR"],
  ["DOI_PHOI_HOP", "CENTRAL_AGENCY_DG", "DOIT_DIRECTOR", "DOIT_DIRECTOR"],
  ["DOI_THOI_GIAN_TRONG_NAM", "CENTRAL_AGENCY_DG", "CENTRAL_AGENCY_DG", "DOIT_DIRECTOR"],
  ["GIAM_KINH_PHI", "CENTRAL_AGENCY_DG", "CENTRAL_AGENCY_DG", "DOIT_DIRECTOR"],
  ["KHAC", "CENTRAL_AGENCY_DG", "CENTRAL_AGENCY_DG", "DOIT_DIRECTOR"],
];

describe("adjustmentApprover", () => {
  it("covers every adjustment type", () => {
    expect(MATRIX.map(([type]) => type)).toEqual([...adjustmentTypeCodes]);
    expect(Object.keys(defaultAdjustmentMatrix)).toEqual([...adjustmentTypeCodes]);
  });

  it.each(MATRIX)("%s: national %s, DoIT group %s, local %s", (type, national, group, local) => {
    expect(adjustmentApprover(subject([type])).authority).toBe(national);
    expect(
      adjustmentApprover(subject([type], { kind: "DE_AN_NHOM", registeredByDoit: true })).authority,
    ).toBe(group);
    expect(adjustmentApprover(subject([type], { fundingLevel: "KCDP" })).authority).toBe(local);
  });

  it("gives a combined request to the highest level any change needs", () => {
    const result = adjustmentApprover(subject(["DOI_DIA_DIEM", "TANG_KINH_PHI"]));
    expect(result.authority).toBe("MINISTER");
    expect(result.byType).toEqual([
      { type: "DOI_DIA_DIEM", authority: "CENTRAL_AGENCY_DG" },
      { type: "TANG_KINH_PHI", authority: "MINISTER" },
    ]);
    expect(result.explanationVi).toContain("Bộ trưởng Bộ Công Thương");
  });

  it("treats an empty request as other changes", () => {
    expect(adjustmentApprover(subject([])).authority).toBe("CENTRAL_AGENCY_DG");
  });

  it("asks the DoIT to confirm requests of single-province or DoIT-registered national projects", () => {
    expect(adjustmentApprover(subject(["KHAC"])).requiresDoitConfirmation).toBe(false);
    expect(adjustmentApprover(subject(["KHAC"], { singleProvince: true })).requiresDoitConfirmation).toBe(
      true,
    );
    expect(adjustmentApprover(subject(["KHAC"], { registeredByDoit: true })).requiresDoitConfirmation).toBe(
      true,
    );
    const local = subject(["KHAC"], { fundingLevel: "KCDP", singleProvince: true });
    expect(adjustmentApprover(local).requiresDoitConfirmation).toBe(false);
  });

  it("accepts a province's own matrix", () => {
    const matrix = { ...defaultAdjustmentMatrix, KHAC: { ...defaultAdjustmentMatrix.TANG_KINH_PHI } };
    expect(adjustmentApprover(subject(["KHAC"], { fundingLevel: "KCDP" }), matrix).authority).toBe(
      "PROVINCIAL_PC_CHAIR",
    );
  });
});

describe("authoritySatisfies", () => {
  it.each([
    ["MINISTER", "CENTRAL_AGENCY_DG", "KCQG", true],
    ["CENTRAL_AGENCY_DG", "CENTRAL_AGENCY_DG", "KCQG", true],
    ["DOIT_DIRECTOR", "CENTRAL_AGENCY_DG", "KCQG", false],
    ["PROVINCIAL_PC_CHAIR", "DOIT_DIRECTOR", "KCQG", false],
    ["PROVINCIAL_PC_CHAIR", "DOIT_DIRECTOR", "KCDP", true],
    ["MINISTER", "DOIT_DIRECTOR", "KCDP", false],
    [null, "DOIT_DIRECTOR", "KCDP", false],
  ] as const)("%s signing for %s (%s): %s", (signer, required, level, expected) => {
    expect(authoritySatisfies(signer, required, level)).toBe(expected);
  });
});
