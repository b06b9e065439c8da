import { roles } from "../access/index";
import {
  eligibilityVerdictLabels,
  eligibleIndustryLabels,
  establishmentStatusLabels,
  legalFormLabels,
  subjectClassLabels,
} from "../establishments/index";
import { consultingContractStateLabels } from "../extension-centres/contract-state";
import {
  CENTRAL_UNIT_ID,
  CENTRAL_UNIT_LABEL,
  fundingSourceLabels,
  reportedIndicators,
  valueKindLabels,
} from "../plans/index";
import { documentKindLabels, supportActivityLabels } from "../project-labels";
import { fundingLevelLabels, projectKindLabels, projectStatusLabels } from "../projects/index";
import {
  brandStatusLabels,
  fairDocumentKindLabels,
  fairKindLabels,
  fairLevelLabels,
  fairStatusLabels,
  markKindLabels,
  showroomKindLabels,
} from "../trade-promotion/trade-promotion.codes";
import { selectionEntityFields } from "./selection-audit-fields";

/**
 * What each field of an audit snapshot means, for showing a change in words (issue 14, item 3): its Vietnamese
 * label and how its value reads. The snapshots are written by the modules (establishmentSnapshot,
 * projectAuditSnapshot, the users' auditSnapshot, the plans' rows); a field missing here still shows, under its
 * own name and with its value formatted by shape, so a new snapshot field never breaks the history.
 */
export type ReferenceKind = "adminUnit" | "organisation" | "user";

export type FieldFormat =
  | { kind: "text" }
  | { kind: "money" }
  | { kind: "percent" }
  | { kind: "number" }
  | { kind: "year" }
  | { kind: "skip" }
  | { kind: "codes"; labels: Readonly<Record<string, string>> }
  | { kind: "reference"; to: ReferenceKind; fallback?: Readonly<Record<string, string>> };

type FieldDefinition = { label: string; format?: FieldFormat };

const codes = (labels: Readonly<Record<string, string>>): FieldFormat => ({ kind: "codes", labels });
const money: FieldFormat = { kind: "money" };
const adminUnit: FieldFormat = { kind: "reference", to: "adminUnit" };
const organisation: FieldFormat = { kind: "reference", to: "organisation" };

const roleLabels = Object.fromEntries(Object.entries(roles).map(([code, role]) => [code, role.labelVi]));

const scopeKindLabels = {
  NATIONAL: "Toàn quốc",
  REGION: "Vùng",
  PROVINCE: "Tỉnh, thành phố",
  ORGANISATION: "Tổ chức",
  SELECTION_MEMBER: "Các đợt bình chọn được phân công",
};

const regionLabels = { BAC: "Miền Bắc", TRUNG_TAY_NGUYEN: "Miền Trung – Tây Nguyên", NAM: "Miền Nam" };

const indicatorLabels = Object.fromEntries(
  Object.entries(reportedIndicators).map(([code, indicator]) => [code, indicator.labelVi]),
);

const planContentLabels = { ...supportActivityLabels, QUAN_LY: "Quản lý chương trình" };

const disbursementKindLabels = { ADVANCE: "Tạm ứng", PAYMENT: "Thanh toán", REFUND: "Thu hồi" };

/** Fields every entity shares, and the establishment's (the richest snapshot). */
const commonFields: Record<string, FieldDefinition> = {
  version: { label: "Phiên bản", format: { kind: "skip" } },
  name: { label: "Tên" },
  code: { label: "Mã" },
  title: { label: "Tên" },
  legalForm: { label: "Loại hình", format: codes(legalFormLabels) },
  subjectClass: { label: "Đối tượng", format: codes(subjectClassLabels) },
  taxCode: { label: "Mã số thuế" },
  businessRegNo: { label: "Số đăng ký kinh doanh" },
  ownerName: { label: "Chủ cơ sở" },
  communeId: { label: "Xã, phường", format: adminUnit },
  provinceId: { label: "Tỉnh, thành phố", format: adminUnit },
  addressText: { label: "Địa chỉ" },
  industries: { label: "Ngành nghề", format: codes(eligibleIndustryLabels) },
  vsicCodes: { label: "Mã ngành VSIC" },
  mainProducts: { label: "Sản phẩm chính" },
  phone: { label: "Điện thoại" },
  email: { label: "Thư điện tử" },
  website: { label: "Trang thông tin" },
  eligibility: { label: "Kết quả xét điều kiện", format: codes(eligibilityVerdictLabels) },
  status: { label: "Trạng thái" },
  sites: { label: "Địa điểm sản xuất" },
  yearData: { label: "Số liệu theo năm" },
  year: { label: "Năm", format: { kind: "year" } },
  employees: { label: "Lao động", format: { kind: "number" } },
  totalCapital: { label: "Tổng nguồn vốn", format: money },
  totalAssets: { label: "Tổng tài sản", format: money },
  revenue: { label: "Doanh thu", format: money },
  localMaterialSharePct: { label: "Nguyên liệu trong tỉnh", format: { kind: "percent" } },
  hasExportContract: { label: "Hợp đồng xuất khẩu" },
  cnhtProduct: { label: "Sản phẩm CNHT" },
  // Users
  role: { label: "Vai trò", format: codes(roleLabels) },
  scopeKind: { label: "Phạm vi dữ liệu", format: codes(scopeKindLabels) },
  scopeRegionCode: { label: "Vùng được xem", format: codes(regionLabels) },
  scopeProvinceId: { label: "Tỉnh được xem", format: adminUnit },
  scopeOrganisationId: { label: "Tổ chức được xem", format: organisation },
  organisationId: { label: "Đơn vị công tác", format: organisation },
  disabled: { label: "Bị khóa" },
  // Projects
  kind: { label: "Loại", format: codes(projectKindLabels) },
  fundingLevel: { label: "Cấp kinh phí", format: codes(fundingLevelLabels) },
  planYear: { label: "Năm kế hoạch", format: { kind: "year" } },
  implementerName: { label: "Đơn vị thực hiện" },
  activities: { label: "Hoạt động hỗ trợ", format: codes(supportActivityLabels) },
  kcTotal: { label: "Kinh phí khuyến công", format: money },
  counterpartTotal: { label: "Vốn đối ứng", format: money },
  otherTotal: { label: "Nguồn khác", format: money },
  contractSupport: { label: "Kinh phí hợp đồng", format: money },
  disbursedTotal: { label: "Đã giải ngân", format: money },
  payment: { label: "Khoản chi" },
  amount: { label: "Số tiền", format: money },
  paidOn: { label: "Ngày chi" },
  documentId: { label: "Văn bản", format: { kind: "skip" } },
  fileName: { label: "Tệp" },
  size: { label: "Dung lượng (byte)", format: { kind: "number" } },
  sha256: { label: "Mã băm", format: { kind: "skip" } },
  // Plans, figures, norms
  revision: { label: "Lần điều chỉnh", format: { kind: "number" } },
  decisionNumber: { label: "Số quyết định" },
  total: { label: "Tổng kinh phí", format: money },
  lines: { label: "Các dòng kế hoạch" },
  unitId: {
    label: "Đơn vị",
    format: { kind: "reference", to: "adminUnit", fallback: { [CENTRAL_UNIT_ID]: CENTRAL_UNIT_LABEL } },
  },
  valueKind: { label: "Loại số liệu", format: codes(valueKindLabels) },
  values: { label: "Số liệu" },
  items: { label: "Số liệu" },
  indicator: { label: "Chỉ tiêu", format: codes(indicatorLabels) },
  labelVi: { label: "Tên chỉ tiêu", format: { kind: "skip" } },
  value: { label: "Giá trị", format: { kind: "number" } },
  source: { label: "Nguồn kinh phí", format: codes(fundingSourceLabels) },
  content: { label: "Nội dung", format: codes(planContentLabels) },
  effectiveFrom: { label: "Hiệu lực từ" },
  effectiveTo: { label: "Hiệu lực đến" },
};

/** Where one entity's field means something else than the common one (a status is an entity's own list). */
const entityFields: Record<string, Record<string, FieldDefinition>> = {
  establishment: {
    name: { label: "Tên cơ sở" },
    status: { label: "Trạng thái", format: codes(establishmentStatusLabels) },
  },
  project: {
    code: { label: "Mã đề án" },
    title: { label: "Tên đề án" },
    status: { label: "Trạng thái", format: codes(projectStatusLabels) },
    kind: { label: "Loại đề án", format: codes({ ...projectKindLabels, ...documentKindLabels }) },
  },
  user: { name: { label: "Họ và tên" } },
  payment: { kind: { label: "Loại", format: codes(disbursementKindLabels) } },
  fair: {
    code: { label: "Mã hội chợ" },
    name: { label: "Tên hội chợ" },
    level: { label: "Cấp hội chợ", format: codes(fairLevelLabels) },
    kind: { label: "Loại hội chợ", format: codes({ ...fairKindLabels, ...fairDocumentKindLabels }) },
    status: { label: "Trạng thái", format: codes(fairStatusLabels) },
    hostOrgId: { label: "Đơn vị chủ trì (danh mục)", format: organisation },
    hostName: { label: "Đơn vị chủ trì" },
    organiserOrgId: { label: "Đơn vị tổ chức (danh mục)", format: organisation },
    organiserName: { label: "Đơn vị tổ chức" },
    venueUnitId: { label: "Địa điểm", format: adminUnit },
    venueCountryCode: { label: "Quốc gia" },
    venueCity: { label: "Thành phố" },
    venueText: { label: "Địa điểm cụ thể" },
    startDate: { label: "Ngày khai mạc" },
    endDate: { label: "Ngày bế mạc" },
    plannedBooths: { label: "Số gian hàng dự kiến", format: { kind: "number" } },
    actualBooths: { label: "Số gian hàng thực tế", format: { kind: "number" } },
    boothPrice: { label: "Giá thuê một gian hàng", format: money },
    fundingProjectId: { label: "Đề án kinh phí" },
    cancelReason: { label: "Lý do hủy" },
    provinceId: { label: "Tỉnh ghi nhận", format: adminUnit },
  },
  fair_participation: {
    fairId: { label: "Hội chợ" },
    establishmentId: { label: "Cơ sở" },
    provinceId: { label: "Tỉnh của cơ sở", format: adminUnit },
    abroad: { label: "Ở nước ngoài" },
    wholeBooths: { label: "Số gian hàng tiêu chuẩn", format: { kind: "number" } },
    sharedBoothKey: { label: "Gian hàng chung" },
    sharedBoothShareBps: { label: "Phần chia gian hàng chung (phần vạn)", format: { kind: "number" } },
    boothRent: { label: "Tiền thuê gian hàng", format: money },
    otherListedCosts: { label: "Chi phí khác được liệt kê", format: money },
    approvedPrice: { label: "Giá được duyệt", format: money },
    supportShareBps: { label: "Tỷ lệ hỗ trợ (phần vạn)", format: { kind: "number" } },
    supportAmount: { label: "Số tiền hỗ trợ", format: money },
    normCode: { label: "Định mức áp dụng" },
    normSetId: { label: "Bộ định mức" },
    payingProjectId: { label: "Đề án chi trả" },
    productsShown: { label: "Sản phẩm trưng bày" },
    sales: { label: "Doanh thu bán hàng", format: money },
    contractsSigned: { label: "Số hợp đồng ký kết", format: { kind: "number" } },
    contractsValue: { label: "Giá trị hợp đồng", format: money },
  },
  showroom: {
    name: { label: "Tên phòng trưng bày" },
    kind: { label: "Nơi đặt", format: codes(showroomKindLabels) },
    centreOrgId: { label: "Trung tâm", format: organisation },
    establishmentId: { label: "Cơ sở" },
    provinceId: { label: "Tỉnh", format: adminUnit },
    communeId: { label: "Xã, phường", format: adminUnit },
    addressText: { label: "Địa chỉ" },
    productsShown: { label: "Sản phẩm trưng bày" },
    openedOn: { label: "Ngày khai trương" },
    closedOn: { label: "Ngày đóng cửa" },
    fundingProjectId: { label: "Đề án kinh phí" },
    supportAmount: { label: "Số tiền hỗ trợ", format: money },
  },
  brand_support: {
    brandName: { label: "Tên thương hiệu, nhãn hiệu" },
    markKind: { label: "Loại nhãn hiệu", format: codes(markKindLabels) },
    establishmentId: { label: "Cơ sở" },
    collectiveName: { label: "Tập thể chủ sở hữu" },
    memberEstablishmentIds: { label: "Cơ sở thành viên" },
    provinceId: { label: "Tỉnh", format: adminUnit },
    applicationNumber: { label: "Số đơn" },
    applicationDate: { label: "Ngày nộp đơn" },
    registrationNumber: { label: "Số văn bằng" },
    registrationDate: { label: "Ngày cấp văn bằng" },
    year: { label: "Năm hỗ trợ", format: { kind: "year" } },
    cost: { label: "Chi phí", format: money },
    supportAmount: { label: "Số tiền hỗ trợ", format: money },
    normCode: { label: "Định mức áp dụng" },
    projectId: { label: "Đề án" },
    status: { label: "Trạng thái", format: codes(brandStatusLabels) },
  },
  staffing_snapshot: {
    centreOrgId: { label: "Trung tâm", format: organisation },
    asOf: { label: "Ngày số liệu" },
    total: { label: "Tổng số người làm việc", format: { kind: "number" } },
    permanent: { label: "Biên chế", format: { kind: "number" } },
    contract: { label: "Hợp đồng", format: { kind: "number" } },
    partTime: { label: "Kiêm nhiệm", format: { kind: "number" } },
    collaborators: { label: "Cộng tác viên khuyến công", format: { kind: "number" } },
  },
  consulting_contract: {
    centreOrgId: { label: "Trung tâm", format: organisation },
    clientEstablishmentId: { label: "Cơ sở khách hàng" },
    clientName: { label: "Tên khách hàng" },
    subject: { label: "Nội dung tư vấn, dịch vụ" },
    contractNumber: { label: "Số hợp đồng" },
    value: { label: "Giá trị hợp đồng", format: money },
    signedOn: { label: "Ngày ký" },
    finishedOn: { label: "Ngày hoàn thành" },
    revenueReceived: { label: "Doanh thu đã thu", format: money },
    state: { label: "Tình trạng", format: codes(consultingContractStateLabels) },
  },
  consulting_plan: {
    centreOrgId: { label: "Trung tâm", format: organisation },
    year: { label: "Năm", format: { kind: "year" } },
    revenuePlan: { label: "Kế hoạch doanh thu", format: money },
    plannedProjects: { label: "Số dự án kế hoạch", format: { kind: "number" } },
  },
  conference: {
    ordinal: { label: "Lần thứ", format: { kind: "number" } },
    heldOn: { label: "Ngày tổ chức" },
    hostProvinceId: { label: "Tỉnh đăng cai", format: adminUnit },
    nextHostProvinceId: { label: "Tỉnh nhận cờ lần sau", format: adminUnit },
    organisers: { label: "Đơn vị tổ chức" },
    venue: { label: "Địa điểm" },
    periodFrom: { label: "Số liệu từ ngày" },
    periodTo: { label: "Số liệu đến ngày" },
  },
  ...selectionEntityFields,
};

export function auditField(entity: string | null, field: string): FieldDefinition {
  return (entity ? entityFields[entity]?.[field] : undefined) ?? commonFields[field] ?? { label: field };
}

const order = new Map(Object.keys(commonFields).map((field, index) => [field, index]));

/**
 * Fields in the catalogue's order (the form's order), unknown ones after them by name: PostgreSQL's jsonb keeps
 * no key order, so a snapshot's own order cannot be the reading order.
 */
export function compareAuditFields(a: string, b: string): number {
  const rankA = order.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rankB = order.get(b) ?? Number.MAX_SAFE_INTEGER;
  return rankA - rankB || a.localeCompare(b);
}
