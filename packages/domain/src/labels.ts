/** Vietnamese labels of reference codes shown in lists and exports (DOMAIN.md §9.2). */
import type { Confidence, LegalDocumentType, OrganisationType } from "./reference/index";

export const adminUnitKindLabels: Record<string, string> = {
  TINH: "Tỉnh",
  TP_TRUC_THUOC_TW: "Thành phố trực thuộc trung ương",
  HUYEN: "Huyện",
  QUAN: "Quận",
  THI_XA: "Thị xã",
  TP_THUOC_TINH: "Thành phố thuộc tỉnh",
  XA: "Xã",
  PHUONG: "Phường",
  THI_TRAN: "Thị trấn",
  DAC_KHU: "Đặc khu",
};

export const legalDocumentTypeLabels: Record<string, string> = {
  LUAT: "Luật",
  NGHI_QUYET: "Nghị quyết",
  NGHI_DINH: "Nghị định",
  QUYET_DINH: "Quyết định",
  THONG_TU: "Thông tư",
  THONG_TU_LIEN_TICH: "Thông tư liên tịch",
  CHI_THI: "Chỉ thị",
  CONG_VAN: "Công văn",
};

export const legalDocumentStatusLabels: Record<string, string> = {
  IN_FORCE: "Còn hiệu lực",
  AMENDED: "Còn hiệu lực, đã được sửa đổi",
  REPLACED: "Đã được thay thế",
  EXPIRED: "Hết hiệu lực",
  UNKNOWN: "Chưa xác định",
};

export const confidenceLabels: Record<string, string> = {
  CONFIRMED: "Đã xác nhận",
  SECONDARY: "Nguồn thứ cấp",
  UNCONFIRMED: "Chưa xác nhận",
};

export const organisationTypeLabels: Record<string, string> = {
  BO_CONG_THUONG: "Bộ Công Thương",
  CUC_KHUYEN_CONG: "Cục quản lý khuyến công",
  VU_TAI_CHINH_BO: "Vụ Tài chính (Bộ)",
  TT_KHUYEN_CONG_VUNG: "Trung tâm khuyến công vùng",
  UBND_TINH: "Ủy ban nhân dân tỉnh",
  HDND_TINH: "Hội đồng nhân dân tỉnh",
  SO_CONG_THUONG: "Sở Công Thương",
  SO_TAI_CHINH: "Sở Tài chính",
  TT_KHUYEN_CONG_TINH: "Trung tâm khuyến công tỉnh",
  CHI_NHANH_TT: "Chi nhánh trung tâm",
  UBND_HUYEN: "Ủy ban nhân dân huyện",
  UBND_XA: "Ủy ban nhân dân xã",
  TO_CHUC_DICH_VU_KC: "Tổ chức dịch vụ khuyến công",
  CO_SO_CNNT: "Cơ sở công nghiệp nông thôn",
  KHO_BAC: "Kho bạc Nhà nước",
  DON_VI_TO_CHUC_SU_KIEN: "Đơn vị tổ chức sự kiện",
  VAN_HANH_HE_THONG: "Đơn vị vận hành hệ thống",
};

export const catalogueKindLabels: Record<string, string> = {
  FUNDING_SOURCE: "Nguồn kinh phí",
  ACTIVITY_CONTENT: "Nội dung hoạt động khuyến công",
  ELIGIBLE_INDUSTRY: "Ngành nghề được hưởng chính sách",
  LEGAL_FORM: "Loại hình cơ sở",
  SUBJECT_CLASS: "Đối tượng",
};

/** The codes of the tables above, in their order, for select boxes (the tables stay string-keyed for lookups). */
export const legalDocumentTypeCodes = Object.keys(legalDocumentTypeLabels) as LegalDocumentType[];
export const confidenceCodes = Object.keys(confidenceLabels) as Confidence[];
export const organisationTypeCodes = Object.keys(organisationTypeLabels) as OrganisationType[];
