import { LEGAL_KEYS } from "./legal-documents.data";
import { PROVINCES_63_VALID_TO } from "./provinces.data";
import type { CatalogueEntrySeed, CatalogueKind, IsoDate } from "./types";

/**
 * Coded catalogues of DOMAIN.md §9.2 with their Vietnamese labels exactly as written there. Codes are stable;
 * labels and validity are data, so a later decree (e.g. the unknown content of Decree 235/2025) adds or closes
 * entries instead of editing code.
 */

/** Decree 45/2012/NĐ-CP takes effect: the start of every catalogue below. */
const DECREE_45_EFFECTIVE: IsoDate = "2012-07-05";

type EntryRow = readonly [code: string, labelVi: string, labelEn: string, validTo?: IsoDate];

/** Numbers entries in the order given, all under one legal basis. */
function entries(legalBasisKey: string, rows: readonly EntryRow[]): CatalogueEntrySeed[] {
  return rows.map(([code, labelVi, labelEn, validTo], index) => ({
    code,
    labelVi,
    labelEn,
    validFrom: DECREE_45_EFFECTIVE,
    validTo: validTo ?? null,
    legalBasisKey,
    sortOrder: index + 1,
  }));
}

/** Funding streams (Decree 45 Art. 11). The district stream ends with the district tier on 2025-06-30. */
export const fundingSources: CatalogueEntrySeed[] = entries(LEGAL_KEYS.decree45, [
  ["KCQG", "Kinh phí khuyến công quốc gia", "National industrial-extension funds"],
  [
    "KCDP_TINH",
    "Kinh phí khuyến công địa phương cấp tỉnh",
    "Local industrial-extension funds, provincial level",
  ],
  [
    "KCDP_HUYEN",
    "Kinh phí khuyến công địa phương cấp huyện",
    "Local industrial-extension funds, district level",
    PROVINCES_63_VALID_TO,
  ],
  ["KCDP_XA", "Kinh phí khuyến công địa phương cấp xã", "Local industrial-extension funds, commune level"],
  ["DOI_UNG", "Vốn đối ứng của cơ sở", "Beneficiary's counterpart funds"],
  [
    "TAI_TRO",
    "Tài trợ, đóng góp của tổ chức, cá nhân",
    "Grants and contributions of organisations and individuals",
  ],
  ["KHAC", "Nguồn hợp pháp khác", "Other lawful sources"],
]);

/** Activity contents of Decree 45 Art. 4 (A1–A9). */
export const activityContents: CatalogueEntrySeed[] = entries(LEGAL_KEYS.decree45, [
  ["A1_DAO_TAO_NGHE", "Đào tạo nghề, truyền nghề", "Vocational training and craft transfer"],
  [
    "A2_NANG_LUC_QUAN_LY",
    "Nâng cao năng lực quản lý, SXSH; khởi sự, thành lập DN; mở rộng thị trường, xuất khẩu",
    "Management capacity and cleaner production; business start-up; market expansion and export",
  ],
  [
    "A3_MO_HINH_CONG_NGHE",
    "Mô hình trình diễn; chuyển giao công nghệ; ứng dụng máy móc; thí điểm SXSH",
    "Demonstration models; technology transfer; application of machinery; cleaner-production pilots",
  ],
  [
    "A4_SAN_PHAM_THI_TRUONG",
    "Bình chọn SP CNNT tiêu biểu; hội chợ triển lãm; thương hiệu; phòng trưng bày; xúc tiến thương mại",
    "Representative-product selection; fairs and exhibitions; brands; showrooms; trade promotion",
  ],
  [
    "A5_TU_VAN",
    "Tư vấn, trợ giúp cơ sở CNNT",
    "Consulting and assistance to rural industrial establishments",
  ],
  ["A6_THONG_TIN", "Cung cấp thông tin, tuyên truyền", "Information and communication"],
  [
    "A7_LIEN_KET_CCN_MOI_TRUONG",
    "Liên doanh liên kết, hiệp hội, cụm liên kết; cụm công nghiệp; di dời, xử lý ô nhiễm",
    "Joint ventures, associations and linkage clusters; industrial clusters; relocation and pollution treatment",
  ],
  [
    "A8_HOP_TAC_QUOC_TE",
    "Hợp tác quốc tế về khuyến công",
    "International cooperation on industrial extension",
  ],
  [
    "A9_NANG_LUC_KHUYEN_CONG",
    "Nâng cao năng lực quản lý và tổ chức thực hiện hoạt động khuyến công",
    "Capacity to manage and implement industrial-extension activities",
  ],
]);

/** Eligible industries of Decree 45 Art. 5 (a, b, c, d, đ, e, g). */
export const eligibleIndustries: CatalogueEntrySeed[] = entries(LEGAL_KEYS.decree45, [
  ["N_A", "Chế biến nông – lâm – thủy sản, thực phẩm", "Agro-forestry-fishery processing and food"],
  [
    "N_B",
    "Hàng công nghiệp tiêu dùng, xuất khẩu, thay thế nhập khẩu",
    "Consumer, export and import-substituting industrial goods",
  ],
  [
    "N_C",
    "Hóa chất phục vụ nông nghiệp, nông thôn; vật liệu xây dựng",
    "Chemicals for agriculture and rural areas; building materials",
  ],
  [
    "N_D",
    "Cơ khí, điện, điện tử – tin học; chi tiết, bán thành phẩm, công nghiệp hỗ trợ",
    "Mechanics, electrical, electronics and IT; parts, semi-finished goods, supporting industries",
  ],
  ["N_DD", "Hàng tiểu thủ công nghiệp", "Small-scale industrial and handicraft goods"],
  [
    "N_E",
    "Khai thác, chế biến khoáng sản tại địa bàn khó khăn",
    "Mineral extraction and processing in disadvantaged areas",
  ],
  [
    "N_G",
    "SXSH; xử lý ô nhiễm tại CCN, cơ sở CNNT",
    "Cleaner production; pollution treatment in industrial clusters and rural establishments",
  ],
]);

/**
 * Legal forms. The first four are the CNNT forms of Decree 45 Art. 1.2.a; the others serve SXSH subjects and
 * service providers (DOMAIN §9.2), so they share the decree as basis.
 */
export const legalForms: CatalogueEntrySeed[] = entries(LEGAL_KEYS.decree45, [
  ["DNNVV", "Doanh nghiệp nhỏ và vừa", "Small or medium-sized enterprise"],
  ["HTX", "Hợp tác xã", "Cooperative"],
  ["THT", "Tổ hợp tác", "Cooperative group"],
  ["HKD", "Hộ kinh doanh", "Household business"],
  [
    "DN_KHAC",
    "Doanh nghiệp khác",
    "Other enterprise (cleaner-production subjects and service providers only)",
  ],
  ["DVSN", "Đơn vị sự nghiệp", "Public service unit"],
  ["HIEP_HOI", "Hiệp hội, hội ngành nghề", "Association or trade association"],
  ["CA_NHAN", "Cá nhân", "Individual"],
]);

/** Subject classes of Decree 45 Art. 1.2. */
export const subjectClasses: CatalogueEntrySeed[] = entries(LEGAL_KEYS.decree45, [
  ["CNNT", "Cơ sở công nghiệp nông thôn", "Rural industrial establishment"],
  ["SXSH", "Cơ sở sản xuất công nghiệp áp dụng SXSH", "Industrial producer applying cleaner production"],
  [
    "DICH_VU",
    "Tổ chức, cá nhân tham gia quản lý, dịch vụ khuyến công",
    "Organisation or individual managing or providing industrial-extension services",
  ],
]);

export const catalogues: Record<CatalogueKind, CatalogueEntrySeed[]> = {
  FUNDING_SOURCE: fundingSources,
  ACTIVITY_CONTENT: activityContents,
  ELIGIBLE_INDUSTRY: eligibleIndustries,
  LEGAL_FORM: legalForms,
  SUBJECT_CLASS: subjectClasses,
};
