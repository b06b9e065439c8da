import type { ActivityContent } from "../project.constants";

/**
 * Support activities (DOMAIN §5, the sub-types of the nine activity contents) with what the rules need to know
 * about each: the norm codes that cap it (§3.5.1), the first advance (Circ. 36/2013 Art. 13), whether bidding is
 * mandatory (Art. 3) and the evidence acceptance and the final payment require (Art. 14; §5 last column).
 * All ✅ from Circ. 36/2013 unless marked; that circular was replaced by Circ. 28/2018/TT-BCT (❓ text unknown),
 * so this table is data a later version can replace, not logic.
 */

/** Chứng từ, tài liệu nghiệm thu (DOMAIN §3.4 Art. 14, §5). */
export const evidenceLabels = {
  QD_CAP_CHUNG_CHI: "Quyết định cấp chứng chỉ nghề",
  DS_HOC_VIEN_CHUNG_CHI: "Danh sách học viên được cấp chứng chỉ có ký nhận",
  DS_LAO_DONG_CO_VIEC_LAM:
    "Danh sách lao động có việc làm sau đào tạo, có xác nhận của cơ sở sử dụng lao động",
  GIAY_DANG_KY_DOANH_NGHIEP: "Bản sao giấy chứng nhận đăng ký doanh nghiệp",
  DS_THAM_DU_KY_NHAN: "Danh sách người tham dự có ký nhận",
  TAI_LIEU_GIAO_TRINH: "Tài liệu, giáo trình",
  HOA_DON_HANG_MUC: "Hóa đơn các hạng mục được hỗ trợ",
  DS_THAM_DU_TRINH_DIEN: "Danh sách tham dự trình diễn có xác nhận của đơn vị thực hiện và thụ hưởng",
  THUYET_MINH_MO_HINH: "Thuyết minh mô hình",
  HD_MUA_BAN: "Hợp đồng mua bán máy móc thiết bị",
  HD_CHUYEN_GIAO: "Hợp đồng chuyển giao công nghệ",
  HD_TU_VAN: "Hợp đồng tư vấn",
  HD_CUNG_CAP_DICH_VU: "Hợp đồng với đơn vị cung cấp dịch vụ",
  BB_NGHIEM_THU_THANH_LY: "Biên bản nghiệm thu, thanh lý hợp đồng",
  SAN_PHAM_TU_VAN: "Sản phẩm tư vấn",
  BANG_KE_CHUNG_TU: "Bảng kê chứng từ chi (100 % khoản chi)",
  BC_DANH_GIA_SXSH: "Báo cáo đánh giá sản xuất sạch hơn được cơ quan có thẩm quyền phê duyệt",
  DS_THUE_GIAN_HANG: "Danh sách đơn vị thuê gian hàng có xác nhận của Sở Công Thương nơi tổ chức (bản gốc)",
  DS_CO_SO_DUOC_HO_TRO: "Danh sách cơ sở được hỗ trợ có xác nhận của Sở Công Thương",
  HD_THUE_GIAN_HANG: "Hợp đồng thuê gian hàng ghi vị trí, số gian hàng, giá và mức hỗ trợ",
  VE_MAY_BAY: "Vé máy bay",
  QD_CU_DOAN: "Quyết định cử đoàn",
  QD_HOI_DONG_GIAM_KHAO: "Quyết định thành lập hội đồng, ban giám khảo",
  QD_CONG_NHAN_GIAI_THUONG: "Quyết định công nhận và danh sách giải thưởng",
  GCN_NHAN_HIEU: "Giấy chứng nhận đăng ký nhãn hiệu",
  KE_HOACH_THUONG_HIEU: "Chiến lược, kế hoạch xây dựng thương hiệu",
  QUY_CHE_NHAN_HIEU_TAP_THE: "Quy chế sử dụng nhãn hiệu tập thể",
  SAN_PHAM_MAU: "Danh mục sản phẩm và bản mẫu",
  GIAY_PHEP_WEBSITE: "Giấy phép trang thông tin điện tử",
  QD_THANH_LAP_DIEU_LE: "Quyết định thành lập và điều lệ được phê duyệt",
  DS_HOI_VIEN: "Danh sách hội viên",
  QD_PHE_DUYET_CUM_LIEN_KET: "Quyết định phê duyệt cụm liên kết",
  QD_PHE_DUYET_QUY_HOACH: "Quyết định phê duyệt quy hoạch chi tiết cụm công nghiệp",
  BB_DUA_VAO_SU_DUNG: "Biên bản nghiệm thu đưa vào sử dụng và giá trị khối lượng hoàn thành của chủ đầu tư",
  XAC_NHAN_DAT_CHUAN: "Chứng nhận chất thải sau xử lý đạt tiêu chuẩn",
  KIEM_TOAN_DOC_LAP: "Báo cáo kiểm toán độc lập quyết toán hạng mục",
  HD_TIN_DUNG: "Hợp đồng tín dụng",
  CHUNG_TU_TRA_LAI: "Chứng từ trả lãi vay hai năm đầu",
} as const;
export type EvidenceCode = keyof typeof evidenceLabels;

/** First advance (Art. 13). `progressAbovePct`: a progress report must show more than this share done. */
export type FirstAdvanceRule = { maxPercent: number; progressAbovePct?: number; afterAcceptance?: boolean };

export type SupportActivityInfo = {
  labelVi: string;
  content: ActivityContent;
  /** §3.5.1 codes; empty when the activity follows the general finance norms (Art. 6.1) or has no cap. */
  normCodes: readonly string[];
  firstAdvance: FirstAdvanceRule;
  /** Art. 3: contracted only after a bid-result decision (§9.3 rule 4). */
  biddingMandatory: boolean;
  /** Evidence the acceptance guard checks. */
  evidence: readonly EvidenceCode[];
  /** Evidence needed only in some cases (the case is in `noteVi`); shown to officers, not enforced. */
  conditionalEvidence?: readonly EvidenceCode[];
  noteVi?: string;
};

const ADVANCE_70: FirstAdvanceRule = { maxPercent: 70 };
/** Demo models, machinery, technology, pollution at establishments: > 70 % of the investment done first. */
const ADVANCE_70_AFTER_WORK: FirstAdvanceRule = { maxPercent: 70, progressAbovePct: 70 };
const ADVANCE_30_AFTER_HALF: FirstAdvanceRule = { maxPercent: 30, progressAbovePct: 50 };
const PAID_AFTER_ACCEPTANCE: FirstAdvanceRule = { maxPercent: 100, afterAcceptance: true };
const UNLISTED_70 = "Tạm ứng lần đầu không được quy định riêng tại Điều 13; tạm tính 70 % (🟡 suy luận).";

const table = {
  DAO_TAO_NGHE: {
    labelVi: "Đào tạo nghề, truyền nghề",
    content: "A1_DAO_TAO_NGHE",
    normCodes: [],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["QD_CAP_CHUNG_CHI", "DS_HOC_VIEN_CHUNG_CHI", "DS_LAO_DONG_CO_VIEC_LAM"],
  },
  KHOI_SU_DOANH_NGHIEP: {
    labelVi: "Hỗ trợ khởi sự, thành lập doanh nghiệp công nghiệp nông thôn",
    content: "A2_NANG_LUC_QUAN_LY",
    normCodes: ["a"],
    firstAdvance: PAID_AFTER_ACCEPTANCE,
    biddingMandatory: false,
    evidence: ["GIAY_DANG_KY_DOANH_NGHIEP"],
  },
  NANG_LUC_QUAN_LY: {
    labelVi: "Tư vấn, tập huấn, hội thảo, tham quan nâng cao năng lực quản lý, SXSH",
    content: "A2_NANG_LUC_QUAN_LY",
    normCodes: [],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["DS_THAM_DU_KY_NHAN", "TAI_LIEU_GIAO_TRINH"],
  },
  KHAO_SAT_NUOC_NGOAI: {
    labelVi: "Khảo sát, học tập kinh nghiệm ở nước ngoài",
    content: "A2_NANG_LUC_QUAN_LY",
    normCodes: ["e"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["VE_MAY_BAY", "QD_CU_DOAN"],
  },
  MO_HINH_CONG_NGHE_MOI: {
    labelVi: "Mô hình trình diễn kỹ thuật phổ biến công nghệ mới, sản phẩm mới",
    content: "A3_MO_HINH_CONG_NGHE",
    normCodes: ["b1"],
    firstAdvance: ADVANCE_70_AFTER_WORK,
    biddingMandatory: false,
    evidence: ["HOA_DON_HANG_MUC", "DS_THAM_DU_TRINH_DIEN", "THUYET_MINH_MO_HINH"],
  },
  MO_HINH_CO_SO_HIEU_QUA: {
    labelVi: "Mô hình trình diễn tại cơ sở đang hoạt động hiệu quả",
    content: "A3_MO_HINH_CONG_NGHE",
    normCodes: ["b2"],
    firstAdvance: ADVANCE_70_AFTER_WORK,
    biddingMandatory: false,
    evidence: ["HOA_DON_HANG_MUC", "DS_THAM_DU_TRINH_DIEN", "THUYET_MINH_MO_HINH"],
  },
  MAY_MOC_THIET_BI: {
    labelVi: "Ứng dụng máy móc thiết bị tiên tiến",
    content: "A3_MO_HINH_CONG_NGHE",
    normCodes: ["c"],
    firstAdvance: ADVANCE_70_AFTER_WORK,
    biddingMandatory: false,
    evidence: ["HD_MUA_BAN", "BB_NGHIEM_THU_THANH_LY"],
  },
  CHUYEN_GIAO_CONG_NGHE: {
    labelVi: "Chuyển giao công nghệ",
    content: "A3_MO_HINH_CONG_NGHE",
    normCodes: ["c"],
    firstAdvance: ADVANCE_70_AFTER_WORK,
    biddingMandatory: false,
    evidence: ["HD_CHUYEN_GIAO", "BB_NGHIEM_THU_THANH_LY"],
  },
  SAN_XUAT_SACH_HON: {
    labelVi: "Tư vấn, đánh giá sản xuất sạch hơn; mô hình thí điểm SXSH",
    content: "A3_MO_HINH_CONG_NGHE",
    normCodes: [],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["BC_DANH_GIA_SXSH"],
  },
  TO_CHUC_HOI_CHO: {
    labelVi: "Tổ chức hội chợ triển lãm",
    content: "A4_SAN_PHAM_THI_TRUONG",
    normCodes: ["d1", "dd"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: true,
    evidence: ["DS_THUE_GIAN_HANG", "HD_THUE_GIAN_HANG"],
  },
  THAM_GIA_HOI_CHO: {
    labelVi: "Hỗ trợ tham gia hội chợ triển lãm",
    content: "A4_SAN_PHAM_THI_TRUONG",
    normCodes: ["d2", "dd"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["DS_CO_SO_DUOC_HO_TRO", "HD_THUE_GIAN_HANG", "HOA_DON_HANG_MUC"],
    noteVi:
      "Phải đấu thầu khi kinh phí khuyến công quốc gia hỗ trợ tham gia một hội chợ: chọn phương thức Đấu thầu.",
  },
  BINH_CHON_SAN_PHAM: {
    labelVi: "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu",
    content: "A4_SAN_PHAM_THI_TRUONG",
    normCodes: ["g1", "g2", "g3", "g4"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["QD_HOI_DONG_GIAM_KHAO", "QD_CONG_NHAN_GIAI_THUONG"],
    noteVi: UNLISTED_70,
  },
  THUONG_HIEU: {
    labelVi: "Xây dựng, đăng ký thương hiệu",
    content: "A4_SAN_PHAM_THI_TRUONG",
    normCodes: ["h"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["GCN_NHAN_HIEU", "KE_HOACH_THUONG_HIEU", "BANG_KE_CHUNG_TU"],
    conditionalEvidence: ["QUY_CHE_NHAN_HIEU_TAP_THE"],
    noteVi: "Quy chế sử dụng chỉ cần với nhãn hiệu tập thể.",
  },
  PHONG_TRUNG_BAY: {
    labelVi: "Phòng trưng bày; sàn thương mại điện tử",
    content: "A4_SAN_PHAM_THI_TRUONG",
    normCodes: [],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["HD_CUNG_CAP_DICH_VU", "BB_NGHIEM_THU_THANH_LY"],
    noteVi: `Không có trong bảng mức hỗ trợ 2014. ${UNLISTED_70}`,
  },
  TU_VAN: {
    labelVi: "Tư vấn (dự án đầu tư, marketing, quản lý, mẫu mã, bao bì…)",
    content: "A5_TU_VAN",
    normCodes: ["i"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["HD_TU_VAN", "BB_NGHIEM_THU_THANH_LY", "SAN_PHAM_TU_VAN", "BANG_KE_CHUNG_TU"],
  },
  TRUYEN_THONG: {
    labelVi: "Truyền thông (truyền hình, bản tin, website, tờ rơi)",
    content: "A6_THONG_TIN",
    normCodes: ["k"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: true,
    evidence: ["HD_CUNG_CAP_DICH_VU", "BB_NGHIEM_THU_THANH_LY", "SAN_PHAM_MAU"],
    conditionalEvidence: ["GIAY_PHEP_WEBSITE"],
    noteVi: "Giấy phép chỉ cần với trang thông tin điện tử.",
  },
  HIEP_HOI: {
    labelVi: "Thành lập hiệp hội, hội ngành nghề",
    content: "A7_LIEN_KET_CCN_MOI_TRUONG",
    normCodes: ["l1", "l2"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["QD_THANH_LAP_DIEU_LE", "DS_HOI_VIEN", "BANG_KE_CHUNG_TU"],
  },
  CUM_LIEN_KET: {
    labelVi: "Cụm liên kết doanh nghiệp công nghiệp",
    content: "A7_LIEN_KET_CCN_MOI_TRUONG",
    normCodes: ["m"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["QD_PHE_DUYET_CUM_LIEN_KET", "BANG_KE_CHUNG_TU"],
  },
  QUY_HOACH_CCN: {
    labelVi: "Lập quy hoạch chi tiết cụm công nghiệp",
    content: "A7_LIEN_KET_CCN_MOI_TRUONG",
    normCodes: ["q"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: ["QD_PHE_DUYET_QUY_HOACH", "BANG_KE_CHUNG_TU"],
  },
  HA_TANG_CCN: {
    labelVi: "Đầu tư hạ tầng cụm công nghiệp",
    content: "A7_LIEN_KET_CCN_MOI_TRUONG",
    normCodes: ["r"],
    firstAdvance: ADVANCE_30_AFTER_HALF,
    biddingMandatory: true,
    evidence: ["BB_DUA_VAO_SU_DUNG"],
    conditionalEvidence: ["KIEM_TOAN_DOC_LAP"],
    noteVi: "Kiểm toán độc lập khi chủ đầu tư là doanh nghiệp.",
  },
  XU_LY_O_NHIEM_CCN: {
    labelVi: "Xử lý ô nhiễm môi trường tại cụm công nghiệp",
    content: "A7_LIEN_KET_CCN_MOI_TRUONG",
    normCodes: ["p"],
    firstAdvance: ADVANCE_30_AFTER_HALF,
    biddingMandatory: true,
    evidence: ["BB_DUA_VAO_SU_DUNG", "XAC_NHAN_DAT_CHUAN"],
    conditionalEvidence: ["KIEM_TOAN_DOC_LAP"],
    noteVi: "Kiểm toán độc lập khi chủ đầu tư là doanh nghiệp.",
  },
  XU_LY_O_NHIEM_CO_SO: {
    labelVi: "Xử lý ô nhiễm môi trường tại cơ sở công nghiệp nông thôn",
    content: "A7_LIEN_KET_CCN_MOI_TRUONG",
    normCodes: ["o"],
    firstAdvance: ADVANCE_70_AFTER_WORK,
    biddingMandatory: false,
    evidence: ["BB_DUA_VAO_SU_DUNG", "XAC_NHAN_DAT_CHUAN"],
  },
  DI_DOI_LAI_SUAT: {
    labelVi: "Hỗ trợ lãi suất vốn vay di dời cơ sở gây ô nhiễm",
    content: "A7_LIEN_KET_CCN_MOI_TRUONG",
    normCodes: ["n"],
    firstAdvance: PAID_AFTER_ACCEPTANCE,
    biddingMandatory: false,
    evidence: ["HD_TIN_DUNG", "CHUNG_TU_TRA_LAI"],
    noteVi: "Thanh toán theo hồ sơ sau nghiệm thu (Mẫu 5a, 3b, chứng từ trả lãi) — 🟡 suy luận từ Điều 15.",
  },
  NANG_LUC_KHUYEN_CONG: {
    labelVi: "Nâng cao năng lực hệ thống khuyến công",
    content: "A9_NANG_LUC_KHUYEN_CONG",
    normCodes: ["s1"],
    firstAdvance: ADVANCE_70,
    biddingMandatory: false,
    evidence: [],
    noteVi: `Chứng từ theo từng nhiệm vụ. ${UNLISTED_70}`,
  },
} satisfies Record<string, SupportActivityInfo>;

/** Hoạt động hỗ trợ (DOMAIN §5 rows; pollution treatment split because CCN and establishment rules differ). */
export type SupportActivity = keyof typeof table;
export const supportActivities: Record<SupportActivity, SupportActivityInfo> = table;
export const supportActivityCodes = Object.keys(table) as SupportActivity[];
