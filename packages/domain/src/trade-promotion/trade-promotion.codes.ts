/**
 * The codes trade promotion (xúc tiến thương mại: fairs, participations, showrooms, brands — DOMAIN §5, §8.2)
 * shares between its schema, its rules and its screens. Labels are the Vietnamese the officers use.
 */

/** Level of a fair; FAIRS_ORGANISED is counted by it. ABROAD fairs have a country and city instead of a unit. */
export const fairLevelCodes = ["PROVINCIAL", "REGIONAL", "NATIONAL", "ABROAD"] as const;
export type FairLevel = (typeof fairLevelCodes)[number];
export const fairLevelLabels: Record<FairLevel, string> = {
  PROVINCIAL: "Cấp tỉnh",
  REGIONAL: "Cấp khu vực",
  NATIONAL: "Cấp quốc gia",
  ABROAD: "Ở nước ngoài",
};

export const fairKindCodes = ["CNNT", "HANDICRAFT", "OTHER"] as const;
export type FairKind = (typeof fairKindCodes)[number];
export const fairKindLabels: Record<FairKind, string> = {
  CNNT: "Hàng công nghiệp nông thôn",
  HANDICRAFT: "Hàng thủ công mỹ nghệ",
  OTHER: "Khác",
};

/** States of a fair, in the order a fair goes through them; CANCELLED can be reached before it is held. */
export const fairStatusCodes = ["PLANNED", "REGISTRATION_OPEN", "HELD", "REPORTED", "CANCELLED"] as const;
export type FairStatus = (typeof fairStatusCodes)[number];
export const fairStatusLabels: Record<FairStatus, string> = {
  PLANNED: "Đã lập kế hoạch",
  REGISTRATION_OPEN: "Đang nhận đăng ký",
  HELD: "Đã tổ chức",
  REPORTED: "Đã báo cáo (có danh sách xác nhận)",
  CANCELLED: "Đã hủy",
};

/** Documents of a fair: the plan, the decision, and the host's confirmed booth-holder list (DOMAIN §5 evidence). */
export const fairDocumentKindCodes = ["PLAN", "DECISION", "CONFIRMED_LIST", "OTHER"] as const;
export type FairDocumentKind = (typeof fairDocumentKindCodes)[number];
export const fairDocumentKindLabels: Record<FairDocumentKind, string> = {
  PLAN: "Kế hoạch tổ chức",
  DECISION: "Quyết định",
  CONFIRMED_LIST: "Danh sách gian hàng được đơn vị chủ trì xác nhận",
  OTHER: "Văn bản khác",
};

export const showroomKindCodes = ["AT_CENTRE", "AT_ESTABLISHMENT"] as const;
export type ShowroomKind = (typeof showroomKindCodes)[number];
export const showroomKindLabels: Record<ShowroomKind, string> = {
  AT_CENTRE: "Tại trung tâm khuyến công",
  AT_ESTABLISHMENT: "Tại cơ sở CNNT",
};

/** Kinds of mark under the IP law: individual (nhãn hiệu thông thường), collective (tập thể), certification. */
export const markKindCodes = ["INDIVIDUAL", "COLLECTIVE", "CERTIFICATION"] as const;
export type MarkKind = (typeof markKindCodes)[number];
export const markKindLabels: Record<MarkKind, string> = {
  INDIVIDUAL: "Nhãn hiệu thông thường",
  COLLECTIVE: "Nhãn hiệu tập thể",
  CERTIFICATION: "Nhãn hiệu chứng nhận",
};

export const brandStatusCodes = ["APPLIED", "REGISTERED", "REFUSED"] as const;
export type BrandStatus = (typeof brandStatusCodes)[number];
export const brandStatusLabels: Record<BrandStatus, string> = {
  APPLIED: "Đã nộp đơn",
  REGISTERED: "Đã được cấp văn bằng",
  REFUSED: "Bị từ chối",
};

/** Norm codes of Joint Circ. 26/2014 §3.5.1 the rules read (unaccented: "dd" is đ). */
export const tradePromotionNormCodes = {
  organiseDomesticFair: "d1",
  attendDomesticFair: "d2",
  fairAbroad: "dd",
  brand: "h",
} as const;

/** E10 (Circ. 46/2012 Art. 4): supported overseas fairs per establishment and calendar year. */
export const OVERSEAS_FAIRS_PER_YEAR_MAX = 2;
