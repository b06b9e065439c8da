import { describe, expect, it } from "vitest";
import type { EligibilityVerdict } from "../establishment.constants";
import type { EligibilitySubject, SiteFacts } from "./eligibility.types";
import { evaluateEligibility } from "./evaluate";
import { PROVISIONAL_LOCATION_LABEL, preReformSiteOutcome } from "./location";
import { defaultRuleSets, provisionalRuleSet } from "./rule-sets";
import { buildSite, buildSubject, buildWard } from "./testing/test-subjects";

const WINDOW_END = "2024-12-31"; // plan year 2025

function locationResult(subject: EligibilitySubject, date: string, ruleSets = defaultRuleSets) {
  return evaluateEligibility(subject, date, ruleSets).results.find((r) => r.code.startsWith("E3"));
}

describe("E3 before 1 July 2025: one site", () => {
  it.each<[string, Partial<SiteFacts>, EligibilityVerdict, string]>([
    ["a commune", { kind: "XA" }, "ELIGIBLE", "thuộc địa bàn áp dụng"],
    ["a township", { kind: "THI_TRAN", unitName: "Thị trấn Lai Vung" }, "ELIGIBLE", "thị trấn"],
    ["a district recorded only", { kind: "HUYEN", unitName: "Huyện Lai Vung" }, "ELIGIBLE", "huyện"],
    ["a town recorded only", { kind: "THI_XA", unitName: "Thị xã Hồng Ngự" }, "ELIGIBLE", "thị xã"],
    ["a city recorded only", { kind: "TP_THUOC_TINH", unitName: "TP Cao Lãnh" }, "UNKNOWN", "cần ghi đến xã"],
    ["an urban district recorded only", { kind: "QUAN" }, "UNKNOWN", "cần ghi đến xã"],
    ["a special zone (post-2025 only)", { kind: "DAC_KHU" }, "UNKNOWN", "chỉ có từ 01/07/2025"],
  ])("%s → %s", (_, site, verdict, phrase) => {
    const outcome = preReformSiteOutcome(buildSite(site), WINDOW_END);
    expect(outcome.verdict).toBe(verdict);
    expect(outcome.reasonVi).toContain(phrase);
  });

  it.each<[string, Partial<SiteFacts>, EligibilityVerdict, string]>([
    ["a ward of a town", { parentKind: "THI_XA", cityUrbanClass: "4" }, "ELIGIBLE", "phường thuộc thị xã"],
    ["a ward of a type-2 city", { cityUrbanClass: "2" }, "ELIGIBLE", "thành phố loại 2"],
    ["a ward of a type-3 city", { cityUrbanClass: "3" }, "ELIGIBLE", "thành phố loại 3"],
    [
      "a ward of a special-class city",
      { parentKind: "QUAN", cityUrbanClass: "DAC_BIET" },
      "NOT_ELIGIBLE",
      "đặc biệt",
    ],
    ["a ward without the urban class", { cityUrbanClass: null }, "UNKNOWN", "chưa có loại đô thị"],
    [
      "a ward of a type-4 place, parent unknown",
      { parentKind: null, cityUrbanClass: "4" },
      "UNKNOWN",
      "thị xã",
    ],
    [
      "a type-1 ward, conversion not recorded",
      { cityUrbanClass: "1" },
      "UNKNOWN",
      "chưa có ngày chuyển từ xã",
    ],
    [
      "a type-1 ward never a commune",
      { cityUrbanClass: "1", convertedFromCommuneOn: "NEVER" },
      "NOT_ELIGIBLE",
      "không được chuyển đổi từ xã",
    ],
    [
      "a type-1 ward converted 4 years before",
      { cityUrbanClass: "1", convertedFromCommuneOn: "2020-12-31" },
      "ELIGIBLE",
      "chưa quá 5 năm",
    ],
    [
      "a type-1 ward converted exactly 5 years before",
      { cityUrbanClass: "1", convertedFromCommuneOn: "2019-12-31" },
      "ELIGIBLE",
      "chưa quá 5 năm",
    ],
    [
      "a type-1 ward converted 5 years and a day before",
      { cityUrbanClass: "1", convertedFromCommuneOn: "2019-12-30" },
      "NOT_ELIGIBLE",
      "đã quá 5 năm",
    ],
    [
      "a type-1 ward converted 6 years before",
      { cityUrbanClass: "1", convertedFromCommuneOn: "2018-12-31" },
      "NOT_ELIGIBLE",
      "đã quá 5 năm",
    ],
  ])("%s → %s", (_, ward, verdict, phrase) => {
    const outcome = preReformSiteOutcome(buildWard(ward), WINDOW_END);
    expect(outcome.verdict).toBe(verdict);
    expect(outcome.reasonVi).toContain(phrase);
  });

  it("gives the window's end date and the conversion date in the reason", () => {
    const outcome = preReformSiteOutcome(
      buildWard({ cityUrbanClass: "1", convertedFromCommuneOn: "2020-03-01" }),
      WINDOW_END,
    );
    expect(outcome.reasonVi).toBe(
      "Phường Mỹ Phú thuộc thành phố loại 1, chuyển từ xã ngày 01/03/2020 — chưa quá 5 năm tính đến 31/12/2024 " +
        "(Thông tư 46/2012/TT-BCT, Điều 3.1)",
    );
  });
});

describe("E3 before 1 July 2025: the establishment", () => {
  const ward6 = buildWard({ cityUrbanClass: "1", convertedFromCommuneOn: "2018-06-01" });
  const ward4 = buildWard({ cityUrbanClass: "1", convertedFromCommuneOn: "2020-06-01" });

  it("counts the plan year: the same ward passes for plan year 2023 and fails for plan year 2025", () => {
    // 2018-06-01 + 5 years = 2023-06-01: within the window ending 2022-12-31, outside the one ending 2024-12-31.
    expect(locationResult(buildSubject({ sites: [ward6], planYear: 2023 }), "2022-05-10")?.verdict).toBe(
      "ELIGIBLE",
    );
    expect(locationResult(buildSubject({ sites: [ward6], planYear: 2025 }), "2024-05-10")?.verdict).toBe(
      "NOT_ELIGIBLE",
    );
    expect(locationResult(buildSubject({ sites: [ward4], planYear: 2025 }), "2024-05-10")?.verdict).toBe(
      "ELIGIBLE",
    );
  });

  it("defaults the plan year to the evaluation year", () => {
    const evaluation = evaluateEligibility(buildSubject({ sites: [ward4] }), "2025-03-01");
    expect(evaluation.planYear).toBe(2025);
    expect(evaluation.results.find((r) => r.code === "E3")?.reasonVi).toContain("tính đến 31/12/2024");
  });

  it("needs only one eligible production site", () => {
    expect(locationResult(buildSubject({ sites: [ward6, buildSite()] }), "2024-05-10")?.verdict).toBe(
      "ELIGIBLE",
    );
  });

  it("is UNKNOWN when no site passes and one is unknown, listing what is missing", () => {
    const result = locationResult(
      buildSubject({ sites: [ward6, buildWard({ cityUrbanClass: null })] }),
      "2024-05-10",
    );
    expect(result?.verdict).toBe("UNKNOWN");
    expect(result?.reasonVi).toContain("chưa có loại đô thị");
  });

  it("is UNKNOWN without any production site", () => {
    const result = locationResult(buildSubject({ sites: [] }), "2024-05-10");
    expect(result).toMatchObject({ code: "E3", verdict: "UNKNOWN" });
  });

  it("does not apply to SXSH subjects (E4), even in a special-class ward", () => {
    const subject = buildSubject({
      subjectClass: "SXSH",
      sites: [buildWard({ cityUrbanClass: "DAC_BIET" })],
    });
    expect(locationResult(subject, "2024-05-10")).toMatchObject({ verdict: "ELIGIBLE", applicable: false });
  });
});

describe("E3' from 1 July 2025", () => {
  const commune = buildSubject();

  it("switches rule on 1 July 2025", () => {
    expect(locationResult(commune, "2025-06-30")).toMatchObject({ code: "E3", verdict: "ELIGIBLE" });
    const after = locationResult(commune, "2025-07-01");
    expect(after).toMatchObject({ code: "E3'", verdict: "UNKNOWN" });
    expect(after?.reasonVi).toContain(PROVISIONAL_LOCATION_LABEL);
  });

  it("can be configured through the rule-set data", () => {
    const configured = provisionalRuleSet({
      version: 2,
      location: {
        eligibleKinds: ["XA", "DAC_KHU"],
        ineligibleKinds: ["PHUONG"],
        noteVi: "Công văn tạm thời số 1",
      },
    });
    const sets = [...defaultRuleSets, configured];
    const zone = buildSubject({ sites: [buildSite({ kind: "DAC_KHU", unitName: "Đặc khu Phú Quốc" })] });
    expect(locationResult(commune, "2025-09-01", sets)?.verdict).toBe("ELIGIBLE");
    expect(locationResult(zone, "2025-09-01", sets)?.reasonVi).toContain(
      "cấu hình tạm (Công văn tạm thời số 1)",
    );
    expect(locationResult(buildSubject({ sites: [buildWard()] }), "2025-09-01", sets)?.verdict).toBe(
      "NOT_ELIGIBLE",
    );
    expect(evaluateEligibility(commune, "2025-09-01", sets).ruleSet).toMatchObject({
      id: "ELIG_2025_TAM",
      version: 2,
    });
  });
});
