/**
 * Output indicators a project sets targets for and reports against (DOMAIN §8.2): the subset that belongs to one
 * project. Budget and count indicators (BUDGET_*, PROJECTS_COUNT) are derived by the reports, not entered here.
 */
export const projectIndicators = {
  ESTAB_SUPPORTED: { labelVi: "Số cơ sở CNNT được hỗ trợ", unitVi: "cơ sở" },
  TRAINEES: { labelVi: "Số lao động được đào tạo nghề, truyền nghề", unitVi: "người" },
  DEMO_MODELS: { labelVi: "Số mô hình trình diễn kỹ thuật", unitVi: "mô hình" },
  MACHINERY_ESTAB: { labelVi: "Số cơ sở được hỗ trợ máy móc thiết bị tiên tiến", unitVi: "cơ sở" },
  TECH_TRANSFER: { labelVi: "Số hợp đồng chuyển giao công nghệ", unitVi: "hợp đồng" },
  SXSH_ASSESS: { labelVi: "Số cơ sở được đánh giá sản xuất sạch hơn", unitVi: "cơ sở" },
  BOOTHS: { labelVi: "Số gian hàng được hỗ trợ", unitVi: "gian hàng" },
  FAIR_PARTICIPATIONS: { labelVi: "Số lượt cơ sở tham gia hội chợ", unitVi: "lượt" },
  PRODUCTS_CERTIFIED: { labelVi: "Số sản phẩm CNNT tiêu biểu được công nhận", unitVi: "sản phẩm" },
  BRANDS: { labelVi: "Số cơ sở được hỗ trợ xây dựng thương hiệu", unitVi: "cơ sở" },
  SHOWROOMS: { labelVi: "Số phòng trưng bày, điểm giới thiệu sản phẩm", unitVi: "điểm" },
  CONSULTING: { labelVi: "Số hợp đồng tư vấn", unitVi: "hợp đồng" },
  CCN_PLANNING: { labelVi: "Số cụm công nghiệp được hỗ trợ lập quy hoạch", unitVi: "cụm" },
  CCN_INFRA: { labelVi: "Số cụm công nghiệp được hỗ trợ hạ tầng", unitVi: "cụm" },
  POLLUTION: { labelVi: "Số hệ thống xử lý ô nhiễm được hỗ trợ", unitVi: "hệ thống" },
  RELOCATION: { labelVi: "Số cơ sở di dời được hỗ trợ lãi suất", unitVi: "cơ sở" },
  MEDIA: { labelVi: "Số chương trình, bản tin, ấn phẩm", unitVi: "sản phẩm" },
  EVENTS: { labelVi: "Số hội nghị, hội thảo, tập huấn, tham quan", unitVi: "cuộc" },
} as const;
export type ProjectIndicator = keyof typeof projectIndicators;
export const projectIndicatorCodes = Object.keys(projectIndicators) as ProjectIndicator[];
