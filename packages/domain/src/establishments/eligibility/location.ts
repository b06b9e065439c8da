import { adminUnitKindLabels } from "../../labels";
import type { AdminUnitKind, IsoDate } from "../../reference/types";
import type { EligibilityVerdict } from "../establishment.constants";
import type { EligibilityRule, RuleCode, RuleResult, SiteFacts } from "./eligibility.types";
import { addYears, CITE, dateVi, notApplicable, result } from "./rule-helpers";

/**
 * E3 — where production happens (DOMAIN §3.2, §9.4). Before 1 July 2025: districts, towns, townships and
 * communes; wards of type-2 and type-3 cities; wards of type-1 cities converted from a commune not more than
 * 5 years before 31 December of the year before the plan year. After that date the wording of Decree 235/2025
 * is not known, so E3' is a configurable placeholder that answers UNKNOWN unless configured otherwise.
 * Only production sites count: an office in a type-1 city ward does not disqualify (Circ. 46/2012 Art. 3).
 */

type SiteOutcome = { verdict: EligibilityVerdict; reasonVi: string };

const PLACE_LIST = CITE.subjectsCnnt;
const ALWAYS_ELIGIBLE: readonly AdminUnitKind[] = ["XA", "THI_TRAN", "HUYEN", "THI_XA"];
const TOO_COARSE: readonly AdminUnitKind[] = ["TINH", "TP_TRUC_THUOC_TW", "TP_THUOC_TINH", "QUAN"];

const eligible = (reasonVi: string): SiteOutcome => ({ verdict: "ELIGIBLE", reasonVi });
const notEligible = (reasonVi: string): SiteOutcome => ({ verdict: "NOT_ELIGIBLE", reasonVi });
const unknown = (reasonVi: string): SiteOutcome => ({ verdict: "UNKNOWN", reasonVi });

function wardOfTypeOneCity(site: SiteFacts, windowEnd: IsoDate): SiteOutcome {
  const name = site.unitName;
  const converted = site.convertedFromCommuneOn;
  if (converted === null) {
    return unknown(
      `${name} thuộc thành phố loại 1 nhưng chưa có ngày chuyển từ xã thành phường (${CITE.locationWindow})`,
    );
  }
  if (converted === "NEVER") {
    return notEligible(
      `${name} là phường thuộc thành phố loại 1, không được chuyển đổi từ xã (${PLACE_LIST})`,
    );
  }
  const within = addYears(converted, 5) >= windowEnd;
  const tail = `tính đến ${dateVi(windowEnd)} (${CITE.locationWindow})`;
  return within
    ? eligible(
        `${name} thuộc thành phố loại 1, chuyển từ xã ngày ${dateVi(converted)} — chưa quá 5 năm ${tail}`,
      )
    : notEligible(
        `${name} thuộc thành phố loại 1, chuyển từ xã ngày ${dateVi(converted)} — đã quá 5 năm ${tail}`,
      );
}

function ward(site: SiteFacts, windowEnd: IsoDate): SiteOutcome {
  const name = site.unitName;
  if (site.parentKind === "THI_XA") return eligible(`${name} là phường thuộc thị xã (${PLACE_LIST})`);
  switch (site.cityUrbanClass) {
    case null:
      return unknown(`${name} là phường nhưng chưa có loại đô thị của thành phố (${PLACE_LIST})`);
    case "2":
    case "3":
      return eligible(`${name} là phường thuộc thành phố loại ${site.cityUrbanClass} (${PLACE_LIST})`);
    case "1":
      return wardOfTypeOneCity(site, windowEnd);
    case "DAC_BIET":
      return notEligible(
        `${name} là phường thuộc đô thị loại đặc biệt, không thuộc địa bàn áp dụng (${PLACE_LIST})`,
      );
    default:
      // Wards of type-4/5 towns are covered as wards of a thị xã; without the parent kind we cannot tell.
      return unknown(
        `${name} là phường thuộc đô thị loại ${site.cityUrbanClass}; chưa rõ có thuộc thị xã không (${PLACE_LIST})`,
      );
  }
}

/** One site under the pre-2025 rule; `windowEnd` is 31 December of (plan year − 1). */
export function preReformSiteOutcome(site: SiteFacts, windowEnd: IsoDate): SiteOutcome {
  const kindVi = (adminUnitKindLabels[site.kind] ?? site.kind).toLowerCase();
  if (ALWAYS_ELIGIBLE.includes(site.kind)) {
    return eligible(`${site.unitName} (${kindVi}) thuộc địa bàn áp dụng của cơ sở CNNT (${PLACE_LIST})`);
  }
  if (site.kind === "PHUONG") return ward(site, windowEnd);
  if (TOO_COARSE.includes(site.kind)) {
    return unknown(
      `Địa điểm sản xuất chỉ ghi đến ${kindVi} ${site.unitName}; cần ghi đến xã, phường hoặc thị trấn`,
    );
  }
  return unknown(
    `${site.unitName} (${kindVi}) chỉ có từ 01/07/2025, không xét được theo quy tắc địa bàn trước đó`,
  );
}

/** Shared by E3 and E3': exemptions first, then "any eligible site is enough". */
function locationRule(
  code: RuleCode,
  outcomeOf: (site: SiteFacts, windowEnd: IsoDate) => SiteOutcome,
): EligibilityRule {
  return (subject, context): RuleResult => {
    if (subject.subjectClass === "SXSH") {
      return notApplicable(
        code,
        `Không xét địa bàn: cơ sở áp dụng SXSH không bị giới hạn địa bàn (E4 — ${CITE.sxshExemption})`,
      );
    }
    if (subject.subjectClass === "DICH_VU") {
      return notApplicable(
        code,
        "Không xét địa bàn đối với tổ chức, cá nhân tham gia quản lý, dịch vụ khuyến công",
      );
    }
    if (subject.sites.length === 0) {
      return result(code, "UNKNOWN", "Chưa khai báo địa điểm sản xuất để xét địa bàn được hỗ trợ");
    }
    const windowEnd = `${context.planYear - 1}-12-31`;
    const outcomes = subject.sites.map((site) => outcomeOf(site, windowEnd));
    const hit = outcomes.find((o) => o.verdict === "ELIGIBLE");
    if (hit) return result(code, "ELIGIBLE", hit.reasonVi);
    const unknowns = outcomes.filter((o) => o.verdict === "UNKNOWN");
    if (unknowns.length > 0) return result(code, "UNKNOWN", unknowns.map((o) => o.reasonVi).join("; "));
    return result(code, "NOT_ELIGIBLE", outcomes.map((o) => o.reasonVi).join("; "));
  };
}

/** E3, rule sets in force until 30 June 2025. */
export const preReformLocationRule: EligibilityRule = locationRule("E3", preReformSiteOutcome);

export const PROVISIONAL_LOCATION_LABEL =
  "Quy tắc địa bàn sau 01/07/2025 chưa được ban hành (chờ văn bản hướng dẫn Nghị định 235/2025/NĐ-CP) — cấu hình tạm";

/**
 * Data of the provisional post-2025 location rule. Kinds listed as eligible (e.g. every xã and đặc khu) pass,
 * kinds listed as ineligible fail, everything else is UNKNOWN — the default lists are empty.
 */
export type ProvisionalLocationConfig = {
  eligibleKinds: readonly AdminUnitKind[];
  ineligibleKinds: readonly AdminUnitKind[];
  /** Who decided the configuration and on what basis, shown in every reason it produces. */
  noteVi: string;
};

export const defaultProvisionalLocationConfig: ProvisionalLocationConfig = {
  eligibleKinds: [],
  ineligibleKinds: [],
  noteVi: "chưa cấu hình",
};

/** E3', rule sets from 1 July 2025. */
export function provisionalLocationRule(config: ProvisionalLocationConfig): EligibilityRule {
  return locationRule("E3'", (site) => {
    const kindVi = (adminUnitKindLabels[site.kind] ?? site.kind).toLowerCase();
    if (config.eligibleKinds.includes(site.kind)) {
      return eligible(
        `${site.unitName} (${kindVi}) được coi là địa bàn áp dụng theo cấu hình tạm (${config.noteVi}) — ${PROVISIONAL_LOCATION_LABEL}`,
      );
    }
    if (config.ineligibleKinds.includes(site.kind)) {
      return notEligible(
        `${site.unitName} (${kindVi}) không thuộc địa bàn áp dụng theo cấu hình tạm (${config.noteVi}) — ${PROVISIONAL_LOCATION_LABEL}`,
      );
    }
    return unknown(
      `${PROVISIONAL_LOCATION_LABEL}: chưa xác định được ${site.unitName} (${kindVi}) có thuộc địa bàn áp dụng không`,
    );
  });
}
