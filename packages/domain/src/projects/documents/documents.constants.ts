/**
 * Kinds of document that back a project step. Every state change is backed by a decision, a minute, a form or
 * a contract (DOMAIN §9.3 rule 1); a transition lists the kinds it accepts in `lifecycle-*.data.ts`. Form
 * numbers are those of Circ. 36/2013/TT-BCT Appendix 1 (✅); they may differ under Circ. 28/2018/TT-BCT (❓).
 */

/** Broad class, for grouping on the project timeline and choosing which fields a document must carry. */
export const documentCategoryCodes = [
  "QUYET_DINH",
  "BIEN_BAN",
  "BIEU_MAU",
  "HOP_DONG",
  "BAO_CAO",
  "VAN_BAN",
] as const;
export type DocumentCategory = (typeof documentCategoryCodes)[number];

export const documentCategoryLabels: Record<DocumentCategory, string> = {
  QUYET_DINH: "Quyết định",
  BIEN_BAN: "Biên bản",
  BIEU_MAU: "Biểu mẫu",
  HOP_DONG: "Hợp đồng",
  BAO_CAO: "Báo cáo",
  VAN_BAN: "Văn bản, công văn",
};

export const documentKindCodes = [
  "CONG_VAN_DE_NGHI",
  "DON_DE_NGHI_HO_TRO",
  "VAN_BAN_YEU_CAU_BO_SUNG",
  "PHIEU_THAM_DINH_4A",
  "PHIEU_THAM_DINH_4B",
  "BIEU_TONG_HOP_2",
  "BAO_CAO_DANG_KY",
  "BIEN_BAN_THAM_DINH",
  "QD_PHE_DUYET_KE_HOACH",
  "THONG_BAO",
  "QD_GIAO_KE_HOACH",
  "KE_HOACH_11",
  "QD_KE_HOACH_LCNT",
  "QD_KET_QUA_DAU_THAU",
  "HOP_DONG",
  "QD_GIAO_NHIEM_VU",
  "DE_NGHI_TAM_UNG",
  "BAO_CAO_TIEN_DO_3A",
  "BAO_CAO_KHOI_LUONG_3B",
  "BAO_CAO_TONG_KET",
  "VAN_BAN_DE_NGHI_DIEU_CHINH",
  "XAC_NHAN_CUA_SO",
  "QD_DIEU_CHINH",
  "PHU_LUC_HOP_DONG",
  "VAN_BAN_TRA_LOI",
  "QD_NGUNG",
  "QD_GIA_HAN",
  "BIEN_BAN_NGHIEM_THU_5A",
  "BIEN_BAN_NGHIEM_THU_5B",
  "BIEN_BAN_NGHIEM_THU_5C",
  "BIEN_BAN_XAC_NHAN_KHOI_LUONG",
  "HO_SO_QUYET_TOAN",
  "BIEN_BAN_THANH_LY_6",
  "QD_PHE_DUYET_QUYET_TOAN",
  "BANG_DOI_CHIEU_10",
  "CHUNG_TU_HOAN_TRA",
  "KHAC",
] as const;
export type DocumentKind = (typeof documentKindCodes)[number];

type DocumentKindInfo = { labelVi: string; category: DocumentCategory; form?: string };

export const documentKinds: Record<DocumentKind, DocumentKindInfo> = {
  CONG_VAN_DE_NGHI: { labelVi: "Công văn đề nghị thẩm định, hỗ trợ kinh phí", category: "VAN_BAN" },
  DON_DE_NGHI_HO_TRO: { labelVi: "Văn bản đề nghị hỗ trợ của đơn vị thụ hưởng", category: "VAN_BAN" },
  VAN_BAN_YEU_CAU_BO_SUNG: { labelVi: "Văn bản yêu cầu hoàn thiện hồ sơ", category: "VAN_BAN" },
  PHIEU_THAM_DINH_4A: { labelVi: "Phiếu thẩm định cấp cơ sở", category: "BIEU_MAU", form: "4a" },
  PHIEU_THAM_DINH_4B: {
    labelVi: "Phiếu thẩm định cấp cơ sở đề án theo mục tiêu",
    category: "BIEU_MAU",
    form: "4b",
  },
  BIEU_TONG_HOP_2: { labelVi: "Biểu tổng hợp chi tiết đề án", category: "BIEU_MAU", form: "2" },
  BAO_CAO_DANG_KY: { labelVi: "Báo cáo đăng ký kế hoạch khuyến công quốc gia", category: "BAO_CAO" },
  BIEN_BAN_THAM_DINH: { labelVi: "Biên bản, ý kiến thẩm định cấp Bộ", category: "BIEN_BAN" },
  QD_PHE_DUYET_KE_HOACH: { labelVi: "Quyết định phê duyệt kế hoạch khuyến công", category: "QUYET_DINH" },
  THONG_BAO: { labelVi: "Thông báo", category: "VAN_BAN" },
  QD_GIAO_KE_HOACH: { labelVi: "Quyết định giao kế hoạch", category: "QUYET_DINH" },
  KE_HOACH_11: {
    labelVi: "Kế hoạch triển khai đề án nhóm được Sở phê duyệt",
    category: "BIEU_MAU",
    form: "11",
  },
  QD_KE_HOACH_LCNT: { labelVi: "Quyết định phê duyệt kế hoạch lựa chọn nhà thầu", category: "QUYET_DINH" },
  QD_KET_QUA_DAU_THAU: { labelVi: "Quyết định phê duyệt kết quả đấu thầu", category: "QUYET_DINH" },
  HOP_DONG: { labelVi: "Hợp đồng thực hiện đề án", category: "HOP_DONG" },
  QD_GIAO_NHIEM_VU: { labelVi: "Quyết định giao nhiệm vụ", category: "QUYET_DINH" },
  DE_NGHI_TAM_UNG: { labelVi: "Giấy đề nghị tạm ứng", category: "VAN_BAN" },
  BAO_CAO_TIEN_DO_3A: { labelVi: "Báo cáo tiến độ thực hiện hợp đồng", category: "BAO_CAO", form: "3a" },
  BAO_CAO_KHOI_LUONG_3B: {
    labelVi: "Báo cáo khối lượng hoàn thành và kinh phí thực hiện",
    category: "BAO_CAO",
    form: "3b",
  },
  BAO_CAO_TONG_KET: { labelVi: "Báo cáo tổng kết kết quả thực hiện đề án", category: "BAO_CAO" },
  VAN_BAN_DE_NGHI_DIEU_CHINH: { labelVi: "Văn bản đề nghị điều chỉnh, bổ sung, ngừng", category: "VAN_BAN" },
  XAC_NHAN_CUA_SO: { labelVi: "Văn bản xác nhận, đề nghị của Sở Công Thương", category: "VAN_BAN" },
  QD_DIEU_CHINH: { labelVi: "Quyết định điều chỉnh", category: "QUYET_DINH" },
  PHU_LUC_HOP_DONG: { labelVi: "Phụ lục hợp đồng", category: "HOP_DONG" },
  VAN_BAN_TRA_LOI: { labelVi: "Văn bản trả lời không chấp thuận đề nghị", category: "VAN_BAN" },
  QD_NGUNG: { labelVi: "Quyết định ngừng triển khai đề án", category: "QUYET_DINH" },
  QD_GIA_HAN: { labelVi: "Quyết định gia hạn sang năm sau", category: "QUYET_DINH" },
  BIEN_BAN_NGHIEM_THU_5A: {
    labelVi: "Biên bản nghiệm thu cơ sở cho từng địa điểm",
    category: "BIEN_BAN",
    form: "5a",
  },
  BIEN_BAN_NGHIEM_THU_5B: { labelVi: "Biên bản nghiệm thu cơ sở", category: "BIEN_BAN", form: "5b" },
  BIEN_BAN_NGHIEM_THU_5C: {
    labelVi: "Biên bản nghiệm thu cơ sở đề án do Cục nghiệm thu",
    category: "BIEN_BAN",
    form: "5c",
  },
  BIEN_BAN_XAC_NHAN_KHOI_LUONG: { labelVi: "Biên bản xác nhận khối lượng thực hiện", category: "BIEN_BAN" },
  HO_SO_QUYET_TOAN: {
    labelVi: "Hồ sơ quyết toán (Mẫu 7, 8a/8b, 9 hoặc hóa đơn tài chính)",
    category: "BIEU_MAU",
    form: "7",
  },
  BIEN_BAN_THANH_LY_6: { labelVi: "Biên bản thanh lý hợp đồng", category: "BIEN_BAN", form: "6" },
  QD_PHE_DUYET_QUYET_TOAN: { labelVi: "Văn bản phê duyệt quyết toán", category: "QUYET_DINH" },
  BANG_DOI_CHIEU_10: { labelVi: "Bảng đối chiếu kinh phí", category: "BIEU_MAU", form: "10" },
  CHUNG_TU_HOAN_TRA: { labelVi: "Chứng từ nộp hoàn trả kinh phí", category: "VAN_BAN" },
  KHAC: { labelVi: "Văn bản khác", category: "VAN_BAN" },
};

/** The three acceptance minutes; any one of them is a base acceptance (DOMAIN §9.2 AcceptanceMinuteForm). */
export const acceptanceMinuteKinds: readonly DocumentKind[] = [
  "BIEN_BAN_NGHIEM_THU_5A",
  "BIEN_BAN_NGHIEM_THU_5B",
  "BIEN_BAN_NGHIEM_THU_5C",
];

/** Fields a backing document may be required to carry; the file itself is attached by the server. */
export const documentFieldCodes = ["number", "date", "signer"] as const;
export type DocumentField = (typeof documentFieldCodes)[number];

export const documentFieldLabels: Record<DocumentField, string> = {
  number: "số văn bản",
  date: "ngày ký",
  signer: "người ký",
};

/** Fields each class of document carries: minutes and forms have no number of their own. */
const fieldsByCategory: Record<DocumentCategory, readonly DocumentField[]> = {
  QUYET_DINH: ["number", "date", "signer"],
  HOP_DONG: ["number", "date", "signer"],
  VAN_BAN: ["number", "date"],
  BIEN_BAN: ["date", "signer"],
  BIEU_MAU: ["date"],
  BAO_CAO: ["date"],
};

/** One backing document: any one of `anyOf`, carrying `fields`. */
export type DocumentRequirement = {
  anyOf: readonly DocumentKind[];
  fields: readonly DocumentField[];
  /** The document must be signed at the level's `authority` (or above — `authoritySatisfies`). */
  signedByAuthority: boolean;
};

/**
 * A requirement for one document among `anyOf`. Its fields are those every accepted kind carries; a document
 * that must be signed at an authority level also needs its signer.
 */
export function documentRequirement(
  anyOf: readonly DocumentKind[],
  signedByAuthority = false,
): DocumentRequirement {
  const fields = documentFieldCodes.filter(
    (field) =>
      (signedByAuthority && field === "signer") ||
      anyOf.every((kind) => fieldsByCategory[documentKinds[kind].category].includes(field)),
  );
  return { anyOf, fields, signedByAuthority };
}
