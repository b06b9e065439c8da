/**
 * Codes and Vietnamese labels of the establishment register (DOMAIN.md §9.1, §9.2), and the input limits that
 * the server, the forms and the Excel import share (STYLE.md rule 3). Codes are stable and unaccented; labels
 * are what officers read.
 */

/** Loại hình (DOMAIN §9.2 LegalForm). */
export const legalFormCodes = [
  "DNNVV",
  "HTX",
  "THT",
  "HKD",
  "DN_KHAC",
  "DVSN",
  "HIEP_HOI",
  "CA_NHAN",
] as const;
export type LegalForm = (typeof legalFormCodes)[number];

export const legalFormLabels: Record<LegalForm, string> = {
  DNNVV: "Doanh nghiệp nhỏ và vừa",
  HTX: "Hợp tác xã",
  THT: "Tổ hợp tác",
  HKD: "Hộ kinh doanh",
  DN_KHAC: "Doanh nghiệp khác",
  DVSN: "Đơn vị sự nghiệp",
  HIEP_HOI: "Hiệp hội, hội ngành nghề",
  CA_NHAN: "Cá nhân",
};

/** Đối tượng (Decree 45/2012 Art. 1.2; DOMAIN §3.2). */
export const subjectClassCodes = ["CNNT", "SXSH", "DICH_VU"] as const;
export type SubjectClass = (typeof subjectClassCodes)[number];

export const subjectClassLabels: Record<SubjectClass, string> = {
  CNNT: "Cơ sở công nghiệp nông thôn",
  SXSH: "Cơ sở sản xuất công nghiệp áp dụng SXSH",
  DICH_VU: "Tổ chức, cá nhân tham gia quản lý, dịch vụ khuyến công",
};

/** Ngành nghề được hưởng chính sách (Decree 45/2012 Art. 5.1 a–g). */
export const eligibleIndustryCodes = ["N_A", "N_B", "N_C", "N_D", "N_DD", "N_E", "N_G"] as const;
export type EligibleIndustry = (typeof eligibleIndustryCodes)[number];

export const eligibleIndustryLabels: Record<EligibleIndustry, string> = {
  N_A: "Chế biến nông – lâm – thủy sản, thực phẩm",
  N_B: "Hàng công nghiệp tiêu dùng, xuất khẩu, thay thế nhập khẩu",
  N_C: "Hóa chất phục vụ nông nghiệp, nông thôn; vật liệu xây dựng",
  N_D: "Cơ khí, điện, điện tử – tin học; chi tiết, bán thành phẩm, công nghiệp hỗ trợ",
  N_DD: "Hàng tiểu thủ công nghiệp",
  N_E: "Khai thác, chế biến khoáng sản tại địa bàn khó khăn",
  N_G: "SXSH; xử lý ô nhiễm tại CCN, cơ sở CNNT",
};

/** Archiving hides a record from lists without deleting its history (projects keep pointing at it). */
export const establishmentStatusCodes = ["ACTIVE", "ARCHIVED"] as const;
export type EstablishmentStatus = (typeof establishmentStatusCodes)[number];

export const establishmentStatusLabels: Record<EstablishmentStatus, string> = {
  ACTIVE: "Đang hoạt động",
  ARCHIVED: "Đã lưu trữ",
};

/** Three values, because missing data must never be guessed into a yes or a no (DOMAIN §9.4). */
export const eligibilityVerdictCodes = ["ELIGIBLE", "NOT_ELIGIBLE", "UNKNOWN"] as const;
export type EligibilityVerdict = (typeof eligibilityVerdictCodes)[number];

export const eligibilityVerdictLabels: Record<EligibilityVerdict, string> = {
  ELIGIBLE: "Đủ điều kiện",
  NOT_ELIGIBLE: "Không đủ điều kiện",
  UNKNOWN: "Chưa xác định được",
};

/**
 * Địa bàn ưu tiên, in the order funds are allocated (Decree 45 Art. 6; Circ. 46/2012 Art. 6). The codes are
 * DOMAIN §9.2's; the labels paraphrase §3.2 (🟡: not the official wording).
 */
export const priorityAreaCodes = [
  "P1_VUNG_CAO_HAI_DAO_BIEN_GIOI_DTTS",
  "P2_HUYEN_NGHEO_30A",
  "P3_XA_NONG_THON_MOI",
  "P4_DBKK_KK",
] as const;
export type PriorityArea = (typeof priorityAreaCodes)[number];

export const priorityAreaLabels: Record<PriorityArea, string> = {
  P1_VUNG_CAO_HAI_DAO_BIEN_GIOI_DTTS: "Vùng cao, hải đảo, biên giới, vùng đồng bào dân tộc thiểu số",
  P2_HUYEN_NGHEO_30A: "Huyện nghèo theo Nghị quyết 30a/2008/NQ-CP",
  P3_XA_NONG_THON_MOI: "Xã trong kế hoạch xây dựng nông thôn mới",
  P4_DBKK_KK: "Địa bàn có điều kiện kinh tế – xã hội khó khăn, đặc biệt khó khăn",
};

/** Ngành nghề ưu tiên: group B is considered before group A; SXSH is ranked outside the order (§3.2). */
export const priorityIndustryCodes = [
  "SP_TIEU_BIEU",
  "SP_CHU_LUC_MUI_NHON",
  "XUAT_KHAU",
  "NGUYEN_LIEU_TAI_CHO",
  "NHIEU_LAO_DONG",
  "CO_KHI_HOA_CHAT_NN",
  "CHE_BIEN_NLTS",
  "CNHT",
  "SXSH",
] as const;
export type PriorityIndustry = (typeof priorityIndustryCodes)[number];

export const priorityIndustryLabels: Record<PriorityIndustry, string> = {
  SP_TIEU_BIEU: "Sản phẩm công nghiệp nông thôn tiêu biểu",
  SP_CHU_LUC_MUI_NHON: "Sản phẩm thuộc ngành nghề chủ lực, mũi nhọn",
  XUAT_KHAU: "Sản phẩm xuất khẩu",
  NGUYEN_LIEU_TAI_CHO: "Sử dụng nguyên liệu tại chỗ",
  NHIEU_LAO_DONG: "Sử dụng nhiều lao động",
  CO_KHI_HOA_CHAT_NN: "Cơ khí, hóa chất phục vụ nông nghiệp",
  CHE_BIEN_NLTS: "Chế biến nông – lâm – thủy sản",
  CNHT: "Sản phẩm công nghiệp hỗ trợ",
  SXSH: "Sản xuất sạch hơn",
};

/** Sort orders the list accepts; anything else is rejected, never passed to SQL (RELIABILITY §1.5). */
export const establishmentSortValues = ["name", "-name", "updatedAt", "-updatedAt", "taxCode"] as const;
export type EstablishmentSort = (typeof establishmentSortValues)[number];

/**
 * Input limits. Text lengths count UTF-16 code units after NFC, which equals letters for Vietnamese (every
 * precomposed letter is one BMP code point). Money is at most 18 digits so it fits a PostgreSQL `bigint`.
 */
export const establishmentLimits = {
  nameMax: 250,
  ownerNameMax: 150,
  addressMax: 500,
  mainProductsMax: 1000,
  businessRegNoMax: 30,
  phoneMax: 20,
  emailMax: 254,
  websiteMax: 255,
  idMax: 64,
  sitesMax: 20,
  industriesMin: 1,
  industriesMax: 7,
  vsicCodesMax: 10,
  yearDataMax: 50,
  yearMin: 2000,
  yearMax: 2100,
  employeesMax: 1_000_000,
  dongDigitsMax: 18,
  queryMax: 200,
  pageSizeDefault: 50,
  pageSizeMax: 200,
} as const;
