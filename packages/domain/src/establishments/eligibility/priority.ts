import { priorityAreaLabels, priorityIndustryLabels } from "../establishment.constants";
import type { PriorityFlag, PriorityRule } from "./eligibility.types";
import { CITE } from "./rule-helpers";

/**
 * E12 — priority flags used to rank proposals, not to admit them (Decree 45 Art. 6; Circ. 46/2012 Art. 6 ✅):
 * area first, then industry group B, then group A. Flags are raised only on recorded facts; an unknown fact
 * raises nothing. P1–P3 and the "key product" flag need data this register does not hold yet.
 */

/** Thresholds of Circ. 46/2012 Art. 6: labour-intensive is ≥ 50 workers; local materials is > 50 %. */
export const PRIORITY_MIN_WORKERS = 50;
export const PRIORITY_MIN_LOCAL_MATERIAL_PCT = 50;

export const priorityFlagsRule: PriorityRule = (subject) => {
  const flags: PriorityFlag[] = [];
  const year = subject.previousYear;
  const basis = `(${CITE.priorities})`;

  const difficult = subject.sites.find((site) => site.difficultArea === true);
  if (difficult) {
    flags.push({
      code: "P4_DBKK_KK",
      group: "AREA",
      labelVi: priorityAreaLabels.P4_DBKK_KK,
      reasonVi: `Địa điểm sản xuất ${difficult.unitName} thuộc địa bàn khó khăn, đặc biệt khó khăn ${basis}`,
    });
  }
  if (subject.hasValidRepresentativeProductCertificate) {
    flags.push({
      code: "SP_TIEU_BIEU",
      group: "INDUSTRY_B",
      labelVi: priorityIndustryLabels.SP_TIEU_BIEU,
      reasonVi: `Có giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu còn hiệu lực ${basis}`,
    });
  }
  if (year?.hasExportContract === true) {
    flags.push({
      code: "XUAT_KHAU",
      group: "INDUSTRY_B",
      labelVi: priorityIndustryLabels.XUAT_KHAU,
      reasonVi: `Có hợp đồng xuất khẩu hoặc sản xuất hàng xuất khẩu năm ${year.year} ${basis}`,
    });
  }
  const share = year?.localMaterialSharePct ?? null;
  if (year && share !== null && share > PRIORITY_MIN_LOCAL_MATERIAL_PCT) {
    flags.push({
      code: "NGUYEN_LIEU_TAI_CHO",
      group: "INDUSTRY_B",
      labelVi: priorityIndustryLabels.NGUYEN_LIEU_TAI_CHO,
      reasonVi: `Nguyên liệu chính trong tỉnh chiếm ${share} % giá trị nguyên liệu năm ${year.year} (trên 50 %) ${basis}`,
    });
  }
  const employees = year?.employees ?? null;
  if (year && employees !== null && employees >= PRIORITY_MIN_WORKERS) {
    flags.push({
      code: "NHIEU_LAO_DONG",
      group: "INDUSTRY_B",
      labelVi: priorityIndustryLabels.NHIEU_LAO_DONG,
      reasonVi: `Sử dụng ${employees} lao động bình quân năm ${year.year} (từ 50 lao động) ${basis}`,
    });
  }
  if (year?.cnhtProduct === true) {
    flags.push({
      code: "CNHT",
      group: "INDUSTRY_A",
      labelVi: priorityIndustryLabels.CNHT,
      reasonVi: `Có sản phẩm công nghiệp hỗ trợ năm ${year.year} ${basis}`,
    });
  }
  return flags;
};
