import {
  type EligibleIndustry,
  eligibleIndustryLabels,
  type LegalForm,
  legalFormLabels,
} from "../establishment.constants";
import type { EligibilityRule, EligibilitySubject, RuleResult } from "./eligibility.types";
import { CITE, notApplicable, result } from "./rule-helpers";

/** E1 (subject class × legal form), E4 (SXSH exemption) and E5 (industries) of DOMAIN §9.4. */

/** Legal forms a rural industrial establishment may have (Decree 45 Art. 1.2.a ✅). */
export const CNNT_LEGAL_FORMS: readonly LegalForm[] = ["DNNVV", "HTX", "THT", "HKD"];

/**
 * Forms that are plainly industrial producers for SXSH ("any industrial producer", no size limit). Public
 * service units, associations and individuals may or may not run production, so they need a look (UNKNOWN).
 */
const PRODUCER_LEGAL_FORMS: readonly LegalForm[] = ["DNNVV", "DN_KHAC", "HTX", "THT", "HKD"];

export const subjectClassRule: EligibilityRule = (subject): RuleResult => {
  const form = legalFormLabels[subject.legalForm];
  switch (subject.subjectClass) {
    case "CNNT":
      return CNNT_LEGAL_FORMS.includes(subject.legalForm)
        ? result("E1", "ELIGIBLE", `Loại hình ${form} thuộc đối tượng cơ sở CNNT (${CITE.subjectsCnnt})`)
        : result(
            "E1",
            "NOT_ELIGIBLE",
            `Loại hình ${form} không thuộc đối tượng cơ sở CNNT; chỉ gồm doanh nghiệp nhỏ và vừa, hợp tác xã, ` +
              `tổ hợp tác, hộ kinh doanh (${CITE.subjectsCnnt})`,
          );
    case "SXSH":
      return PRODUCER_LEGAL_FORMS.includes(subject.legalForm)
        ? result(
            "E1",
            "ELIGIBLE",
            `Loại hình ${form} là cơ sở sản xuất công nghiệp, thuộc đối tượng áp dụng SXSH (${CITE.subjects})`,
          )
        : result(
            "E1",
            "UNKNOWN",
            `Loại hình ${form}: cần xác minh là cơ sở sản xuất công nghiệp để thuộc đối tượng áp dụng SXSH (${CITE.subjects})`,
          );
    case "DICH_VU":
      return result(
        "E1",
        "ELIGIBLE",
        `Tổ chức, cá nhân tham gia quản lý, dịch vụ khuyến công không giới hạn loại hình; năng lực được đánh giá khi ` +
          `giao nhiệm vụ (${CITE.subjects}; ${CITE.serviceCapacity})`,
      );
  }
};

export const sxshExemptionRule: EligibilityRule = (subject): RuleResult =>
  subject.subjectClass === "SXSH"
    ? result(
        "E4",
        "ELIGIBLE",
        `Cơ sở áp dụng SXSH không bị giới hạn quy mô và địa bàn (${CITE.sxshExemption})`,
      )
    : notApplicable("E4", "Chỉ áp dụng với cơ sở sản xuất công nghiệp áp dụng SXSH");

type IndustryOutcome = { industry: EligibleIndustry; ok: boolean | null; noteVi?: string };

function industryOutcome(industry: EligibleIndustry, subject: EligibilitySubject): IndustryOutcome {
  if (industry === "N_E") {
    // Mining only in difficult / very difficult areas: one such production site is enough.
    const flags = subject.sites.map((site) => site.difficultArea);
    if (flags.includes(true)) return { industry, ok: true };
    if (flags.length === 0 || flags.includes(null)) {
      return {
        industry,
        ok: null,
        noteVi: "N_E: chưa xác định được địa điểm sản xuất có thuộc địa bàn khó khăn không",
      };
    }
    return {
      industry,
      ok: false,
      noteVi:
        "N_E: khai thác, chế biến khoáng sản chỉ được hỗ trợ tại địa bàn có điều kiện kinh tế – xã hội khó khăn, " +
        `đặc biệt khó khăn; địa điểm sản xuất không thuộc địa bàn này (${CITE.industries}.e)`,
    };
  }
  if (industry === "N_C" && subject.usesPollutingBrickKiln === null) {
    return {
      industry,
      ok: null,
      noteVi: "N_C: chưa xác định cơ sở có sản xuất gạch nung bằng lò gây ô nhiễm không",
    };
  }
  return { industry, ok: true };
}

export const industryRule: EligibilityRule = (subject): RuleResult => {
  if (subject.subjectClass === "DICH_VU") {
    return notApplicable(
      "E5",
      "Không xét ngành nghề đối với tổ chức, cá nhân tham gia quản lý, dịch vụ khuyến công",
    );
  }
  if (subject.usesPollutingBrickKiln === true) {
    return result(
      "E5",
      "NOT_ELIGIBLE",
      "Cơ sở sản xuất gạch đất sét nung bằng lò thủ công cải tiến, lò vòng gây ô nhiễm môi trường không được hỗ trợ " +
        `(${CITE.industryRestrictions})`,
    );
  }
  if (subject.industries.length === 0) {
    return result(
      "E5",
      "UNKNOWN",
      `Chưa khai báo ngành nghề thuộc danh mục được hưởng chính sách (${CITE.industries})`,
    );
  }
  const outcomes = [...new Set(subject.industries)].map((industry) => industryOutcome(industry, subject));
  const passed = outcomes
    .filter((o) => o.ok === true)
    .map((o) => `${o.industry} (${eligibleIndustryLabels[o.industry]})`);
  const notes = outcomes.flatMap((o) => (o.noteVi ? [o.noteVi] : []));
  const noteText = notes.length > 0 ? `; ${notes.join("; ")}` : "";
  if (passed.length > 0) {
    return result(
      "E5",
      "ELIGIBLE",
      `Có ngành nghề được hưởng chính sách: ${passed.join(", ")} (${CITE.industries})${noteText}`,
    );
  }
  if (outcomes.some((o) => o.ok === null)) return result("E5", "UNKNOWN", notes.join("; "));
  return result("E5", "NOT_ELIGIBLE", notes.join("; "));
};
