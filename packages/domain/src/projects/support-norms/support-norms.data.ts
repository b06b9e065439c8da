import type { CapUnit, PercentBase, SupportNorm, SupportNormSet } from "./support-norms";

/**
 * The national norm sets (DOMAIN §3.5.1–3.5.2). Version 1 is the KCQG cap table of Joint Circular
 * 26/2014/TTLT-BTC-BCT Art. 6.2 (✅ text via the official codification). Its successor, Circular
 * 28/2018/TT-BTC, is known only by name (🟡) and its values are not available (❓): it ships as an EMPTY set so
 * that a project approved under it shows "no norm" instead of silently using the 2014 caps; a domain user
 * fills it from the official text through the admin screen. KCĐP sets are per province and added the same way.
 */

const M = 1_000_000n;
const BASIS_2014 = "Thông tư liên tịch 26/2014/TTLT-BTC-BCT, Điều 6.2";
/** Row t: priority areas and industries may receive up to 1.5 × the caps of rows a–r, approved by MOIT. */
const PRIORITY_MAX_BPS = 15_000;
const NO_PRIORITY_BPS = 10_000;
const AT_BID_PRICE = "theo giá trúng thầu hoặc đơn giá được cấp có thẩm quyền phê duyệt";

type Row = [
  code: string,
  point: string,
  activityVi: string,
  maxPercent: number | null,
  capMillions: bigint | null,
  capUnit: CapUnit | null,
  noteVi?: string,
];

function norm2014([code, point, activityVi, maxPercent, capMillions, capUnit, noteVi]: Row): SupportNorm {
  return {
    code,
    activityVi,
    maxShareBps: maxPercent === null ? null : Math.round(maxPercent * 100),
    percentBase: "ITEM_COST",
    capDong: capMillions === null ? null : capMillions * M,
    capUnit,
    priorityMultiplierMaxBps: PRIORITY_MAX_BPS,
    ...(noteVi ? { noteVi } : {}),
    legalBasis: `${BASIS_2014}.${point}`,
    confidence: "CONFIRMED",
  };
}

/** Management overheads (rows s): a share of a budget, never raised for priority. */
function overhead(
  code: string,
  point: string,
  activityVi: string,
  maxPercent: number,
  base: PercentBase,
  capUnit: CapUnit,
): SupportNorm {
  return {
    code,
    activityVi,
    maxShareBps: Math.round(maxPercent * 100),
    percentBase: base,
    capDong: null,
    capUnit,
    priorityMultiplierMaxBps: NO_PRIORITY_BPS,
    legalBasis: `${BASIS_2014}.${point}`,
    confidence: "CONFIRMED",
  };
}

const rows2014: Row[] = [
  [
    "a",
    "a",
    "Thành lập doanh nghiệp CNNT ở địa bàn khó khăn, đặc biệt khó khăn",
    null,
    10n,
    "PER_ENTERPRISE",
  ],
  ["b1", "b", "Mô hình trình diễn kỹ thuật phổ biến công nghệ mới, sản phẩm mới", 30, 500n, "PER_MODEL"],
  ["b2", "b", "Mô hình trình diễn tại cơ sở CNNT đang hoạt động hiệu quả", null, 100n, "PER_MODEL"],
  ["c", "c", "Ứng dụng máy móc thiết bị, chuyển giao công nghệ tiên tiến", 50, 200n, "PER_ESTABLISHMENT"],
  [
    "d1",
    "d",
    "Tổ chức hội chợ triển lãm hàng CNNT, thủ công mỹ nghệ trong nước",
    100,
    null,
    "PER_FAIR",
    `100 % tiền thuê gian hàng, tuyên truyền và chi phí ban tổ chức, ${AT_BID_PRICE}`,
  ],
  [
    "d2",
    "d",
    "Cơ sở CNNT tham gia hội chợ triển lãm khác trong nước",
    80,
    null,
    "PER_BOOTH",
    "80 % tiền thuê gian hàng",
  ],
  [
    "dd",
    "đ",
    "Tổ chức, tham gia hội chợ triển lãm ở nước ngoài",
    100,
    null,
    "PER_FAIR",
    `100 % các khoản chi được liệt kê, ${AT_BID_PRICE}`,
  ],
  ["e", "e", "Vé máy bay khảo sát học tập ở nước ngoài", 100, null, "PER_PERSON", "số người theo quyết định"],
  ["g1", "g", "Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp khu vực", null, 100n, "PER_ROUND"],
  ["g2", "g", "Tổ chức bình chọn sản phẩm CNNT tiêu biểu cấp quốc gia", null, 200n, "PER_ROUND"],
  ["g3", "g", "Giải thưởng sản phẩm CNNT tiêu biểu cấp khu vực", null, 5n, "PER_PRODUCT"],
  ["g4", "g", "Giải thưởng sản phẩm CNNT tiêu biểu cấp quốc gia", null, 10n, "PER_PRODUCT"],
  ["h", "h", "Xây dựng, đăng ký thương hiệu sản phẩm CNNT", 50, 35n, "PER_BRAND"],
  ["i", "i", "Thuê tư vấn, trợ giúp cơ sở CNNT", 50, 35n, "PER_ESTABLISHMENT"],
  [
    "k",
    "k",
    "Chương trình truyền hình, truyền thanh, bản tin, ấn phẩm, tờ rơi",
    null,
    null,
    null,
    AT_BID_PRICE,
  ],
  ["l1", "l", "Thành lập hiệp hội, hội ngành nghề cấp vùng", 30, 70n, "PER_ASSOCIATION"],
  ["l2", "l", "Thành lập hiệp hội, hội ngành nghề cấp quốc gia", 30, 100n, "PER_ASSOCIATION"],
  ["m", "m", "Thành lập cụm liên kết doanh nghiệp công nghiệp", 50, 150n, "PER_CLUSTER"],
  [
    "n",
    "n",
    "Hỗ trợ lãi suất vốn vay di dời cơ sở CNNT gây ô nhiễm vào khu, cụm công nghiệp",
    50,
    500n,
    "PER_ESTABLISHMENT",
    "50 % lãi suất vốn vay đầu tư nhà xưởng, máy móc trong 02 năm đầu; vay trung, dài hạn trả đúng hạn",
  ],
  ["o", "o", "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm tại cơ sở CNNT", 30, 300n, "PER_ESTABLISHMENT"],
  ["p", "p", "Sửa chữa, nâng cấp hệ thống xử lý ô nhiễm tại cụm công nghiệp", 30, 1_500n, "PER_CCN"],
  ["q", "q", "Lập quy hoạch chi tiết cụm công nghiệp", 50, 500n, "PER_CCN"],
  [
    "r",
    "r",
    "Đầu tư hạ tầng cụm công nghiệp (san lấp, đường nội bộ, cấp thoát nước)",
    null,
    3_000n,
    "PER_CCN",
  ],
];

export const KCQG_NORMS_2014: SupportNormSet = {
  id: "KCQG_TTLT_26_2014",
  version: 1,
  labelVi: "Mức hỗ trợ khuyến công quốc gia theo Thông tư liên tịch 26/2014/TTLT-BTC-BCT",
  legalDocumentKey: "TTLT_26_2014_BTC_BCT",
  fundingLevel: "KCQG",
  provinceId: null,
  validFrom: "2014-04-08",
  // ❓ The day before the assumed start of Circ. 28/2018/TT-BTC (see below).
  validTo: "2018-05-11",
  confidence: "CONFIRMED",
  datesConfidence: "UNCONFIRMED",
  noteVi:
    "Giá trị theo Điều 6.2 (đã xác nhận). Ngày hết hiệu lực giả định là ngày trước khi Thông tư 28/2018/TT-BTC có hiệu lực (chưa xác nhận).",
  norms: [
    ...rows2014.map(norm2014),
    overhead(
      "s1",
      "s",
      "Chi quản lý chương trình của cơ quan quản lý kinh phí",
      1.5,
      "ANNUAL_KC_BUDGET",
      "PER_AGENCY_YEAR",
    ),
    overhead("s2", "s", "Chi quản lý của đơn vị thực hiện đề án", 2.5, "PROJECT_ESTIMATE", "PER_PROJECT"),
  ],
};

export const KCQG_NORMS_2018: SupportNormSet = {
  id: "KCQG_TT_28_2018_BTC",
  version: 1,
  labelVi: "Mức hỗ trợ khuyến công theo Thông tư 28/2018/TT-BTC (chưa nhập số liệu)",
  legalDocumentKey: "TT_28_2018_BTC",
  fundingLevel: "KCQG",
  provinceId: null,
  // ❓ Signed 28/03/2018 (🟡); a circular takes effect no earlier than 45 days after signing, so 12/05/2018 is
  // the earliest possible start. Correct both dates when the official text is entered.
  validFrom: "2018-05-12",
  validTo: null,
  confidence: "UNCONFIRMED",
  datesConfidence: "UNCONFIRMED",
  noteVi:
    "Chưa có số liệu: các mức hỗ trợ của Thông tư 28/2018/TT-BTC chưa được nhập từ văn bản gốc; đề án phê duyệt trong thời gian này chưa kiểm tra được mức trần.",
  norms: [],
};

export const nationalSupportNormSets: readonly SupportNormSet[] = [KCQG_NORMS_2014, KCQG_NORMS_2018];
