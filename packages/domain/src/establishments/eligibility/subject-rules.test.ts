import { describe, expect, it } from "vitest";
import {
  type EligibilityVerdict,
  type LegalForm,
  legalFormCodes,
  type SubjectClass,
} from "../establishment.constants";
import type { EligibilitySubject, RuleContext } from "./eligibility.types";
import { industryRule, subjectClassRule, sxshExemptionRule } from "./subject-rules";
import { buildSite, buildSubject } from "./testing/test-subjects";

const context: RuleContext = {
  date: "2024-05-20",
  planYear: 2024,
  ruleSet: { id: "T", version: 1, labelVi: "Thử", confidence: "UNCONFIRMED" },
};

describe("E1 subject class and legal form", () => {
  const expected: Record<SubjectClass, Record<LegalForm, EligibilityVerdict>> = {
    CNNT: {
      DNNVV: "ELIGIBLE",
      HTX: "ELIGIBLE",
      THT: "ELIGIBLE",
      HKD: "ELIGIBLE",
      DN_KHAC: "NOT_ELIGIBLE",
      DVSN: "NOT_ELIGIBLE",
      HIEP_HOI: "NOT_ELIGIBLE",
      CA_NHAN: "NOT_ELIGIBLE",
    },
    SXSH: {
      DNNVV: "ELIGIBLE",
      HTX: "ELIGIBLE",
      THT: "ELIGIBLE",
      HKD: "ELIGIBLE",
      DN_KHAC: "ELIGIBLE",
      DVSN: "UNKNOWN",
      HIEP_HOI: "UNKNOWN",
      CA_NHAN: "UNKNOWN",
    },
    DICH_VU: {
      DNNVV: "ELIGIBLE",
      HTX: "ELIGIBLE",
      THT: "ELIGIBLE",
      HKD: "ELIGIBLE",
      DN_KHAC: "ELIGIBLE",
      DVSN: "ELIGIBLE",
      HIEP_HOI: "ELIGIBLE",
      CA_NHAN: "ELIGIBLE",
    },
  };
  const cases = (Object.keys(expected) as SubjectClass[]).flatMap((subjectClass) =>
    legalFormCodes.map((legalForm) => [subjectClass, legalForm, expected[subjectClass][legalForm]] as const),
  );

  it.each(cases)("%s + %s → %s", (subjectClass, legalForm, verdict) => {
    expect(subjectClassRule(buildSubject({ subjectClass, legalForm }), context)).toMatchObject({
      code: "E1",
      verdict,
      applicable: true,
    });
  });

  it("explains with the legal basis", () => {
    expect(subjectClassRule(buildSubject(), context).reasonVi).toBe(
      "Loại hình Hộ kinh doanh thuộc đối tượng cơ sở CNNT (Nghị định 45/2012/NĐ-CP, Điều 1.2.a)",
    );
    expect(subjectClassRule(buildSubject({ legalForm: "DN_KHAC" }), context).reasonVi).toContain(
      "Doanh nghiệp khác không thuộc đối tượng cơ sở CNNT",
    );
  });
});

describe("E4 cleaner-production exemption", () => {
  it("applies only to SXSH subjects", () => {
    expect(sxshExemptionRule(buildSubject({ subjectClass: "SXSH" }), context)).toMatchObject({
      applicable: true,
    });
    expect(sxshExemptionRule(buildSubject(), context)).toMatchObject({
      applicable: false,
      verdict: "ELIGIBLE",
    });
  });
});

describe("E5 industries", () => {
  const difficult = buildSite({ difficultArea: true, unitName: "Xã Pà Cò" });
  const ordinary = buildSite({ difficultArea: false });
  const unknownArea = buildSite({ difficultArea: null });

  it.each<[string, Partial<EligibilitySubject>, EligibilityVerdict]>([
    ["handicrafts", { industries: ["N_DD"] }, "ELIGIBLE"],
    ["mining on a difficult-area site", { industries: ["N_E"], sites: [ordinary, difficult] }, "ELIGIBLE"],
    ["mining without a difficult-area site", { industries: ["N_E"], sites: [ordinary] }, "NOT_ELIGIBLE"],
    ["mining with no site at all", { industries: ["N_E"], sites: [] }, "UNKNOWN"],
    [
      "mining where the area is not recorded",
      { industries: ["N_E"], sites: [ordinary, unknownArea] },
      "UNKNOWN",
    ],
    ["mining plus food, no difficult area", { industries: ["N_E", "N_A"], sites: [ordinary] }, "ELIGIBLE"],
    [
      "building materials, kiln flag unknown",
      { industries: ["N_C"], usesPollutingBrickKiln: null },
      "UNKNOWN",
    ],
    ["building materials, clean kiln", { industries: ["N_C"], usesPollutingBrickKiln: false }, "ELIGIBLE"],
    ["polluting brick kiln", { industries: ["N_C"], usesPollutingBrickKiln: true }, "NOT_ELIGIBLE"],
    [
      "polluting kiln even with other industries",
      { industries: ["N_C", "N_A"], usesPollutingBrickKiln: true },
      "NOT_ELIGIBLE",
    ],
    ["no industry declared", { industries: [] }, "UNKNOWN"],
  ])("%s → %s", (_, change, verdict) => {
    expect(industryRule(buildSubject(change), context)).toMatchObject({
      code: "E5",
      verdict,
      applicable: true,
    });
  });

  it("says why mining was not counted, also when another industry passes", () => {
    const { reasonVi } = industryRule(
      buildSubject({ industries: ["N_E", "N_A"], sites: [ordinary] }),
      context,
    );
    expect(reasonVi).toContain("N_A (Chế biến nông – lâm – thủy sản, thực phẩm)");
    expect(reasonVi).toContain("N_E: khai thác, chế biến khoáng sản chỉ được hỗ trợ tại địa bàn");
  });

  it("cites the kiln exclusion", () => {
    const { reasonVi } = industryRule(
      buildSubject({ industries: ["N_C"], usesPollutingBrickKiln: true }),
      context,
    );
    expect(reasonVi).toContain("lò thủ công cải tiến, lò vòng");
    expect(reasonVi).toContain("Thông tư 46/2012/TT-BCT, Điều 5");
  });

  it("applies to SXSH subjects too, but not to service providers", () => {
    const sxsh = buildSubject({ subjectClass: "SXSH", industries: ["N_E"], sites: [ordinary] });
    expect(industryRule(sxsh, context).verdict).toBe("NOT_ELIGIBLE");
    const service = buildSubject({ subjectClass: "DICH_VU", legalForm: "DVSN", industries: [] });
    expect(industryRule(service, context)).toMatchObject({ verdict: "ELIGIBLE", applicable: false });
  });
});
