import { type ActivityContent, activityContentCodes } from "../projects/project.constants";
import { activityContents } from "../reference/catalogues.data";
import type {
  NarrativeSection,
  ReportColumn,
  ReportRow,
  ReportSection,
  ReportTemplateVersion,
} from "./report-template";

/**
 * The periodic report of a province's Department of Industry and Trade (DOMAIN §8.1 R3/R5/R14, §8.3): its
 * template is not published (Circ. 28/2018/TT-BCT ❓), so the rows follow the indicator catalogue (§8.2) and the
 * columns what the conference reports print (plan, execution, % of plan, same period last year, growth). Seeded
 * as reference data (decision 0003); a new legal text becomes a new version with its own validity, never an edit.
 */

const MONEY = { kind: "MONEY" } as const;
const count = (unitVi: string) => ({ kind: "COUNT", unitVi }) as const;

const BUDGET_COLUMNS: readonly ReportColumn[] = [
  "PLAN",
  "PERIOD",
  "PCT_OF_PLAN",
  "PREVIOUS",
  "GROWTH",
  "PREVIOUS_PLAN",
  "PLAN_GROWTH",
];
const PART_COLUMNS: readonly ReportColumn[] = ["PLAN", "PERIOD", "PCT_OF_PLAN", "PREVIOUS", "GROWTH"];
const COUNT_COLUMNS: readonly ReportColumn[] = ["PERIOD", "PREVIOUS"];

function contentLabel(code: ActivityContent): string {
  return activityContents.find((entry) => entry.code === code)?.labelVi ?? code;
}

/** Kinh phí khuyến công: the total, its split by source (KCQG / KCĐP) and by activity content (Decree 45 Art. 4). */
export const budgetSection: ReportSection = {
  code: "KINH_PHI",
  titleVi: "I. Kinh phí khuyến công (triệu đồng)",
  rows: [
    {
      code: "KP",
      labelVi: "Tổng kinh phí khuyến công",
      indicator: "BUDGET_EXEC",
      unit: MONEY,
      columns: BUDGET_COLUMNS,
      prefill: { kind: "SUMMARY", indicator: "BUDGET_EXEC" },
    },
    {
      code: "KP_KCQG",
      labelVi: "Khuyến công quốc gia",
      indicator: "BUDGET_EXEC",
      unit: MONEY,
      columns: PART_COLUMNS,
      partOf: { row: "KP", partition: "SOURCE" },
      prefill: { kind: "SUMMARY", indicator: "BUDGET_EXEC", source: "KCQG" },
    },
    {
      code: "KP_KCDP",
      labelVi: "Khuyến công địa phương",
      indicator: "BUDGET_EXEC",
      unit: MONEY,
      columns: PART_COLUMNS,
      partOf: { row: "KP", partition: "SOURCE" },
      prefill: { kind: "SUMMARY", indicator: "BUDGET_EXEC", source: "KCDP" },
    },
    ...activityContentCodes.map(
      (content): ReportRow => ({
        code: `KP_${content.slice(0, 2)}`,
        labelVi: contentLabel(content),
        indicator: "BUDGET_EXEC",
        unit: MONEY,
        columns: ["PLAN", "PERIOD"],
        partOf: { row: "KP", partition: "CONTENT" },
        prefill: { kind: "SUMMARY", indicator: "BUDGET_EXEC", content },
      }),
    ),
    {
      code: "KP_QUAN_LY",
      labelVi: "Quản lý chương trình, đề án",
      indicator: "BUDGET_EXEC",
      unit: MONEY,
      columns: ["PLAN", "PERIOD"],
      partOf: { row: "KP", partition: "CONTENT" },
      prefill: { kind: "SUMMARY", indicator: "BUDGET_EXEC", content: "QUAN_LY" as ActivityContent },
    },
  ],
};

/** Projects by state in the period (PROJECTS_COUNT): approved into a plan, completed, stopped. */
export const projectsSection: ReportSection = {
  code: "DE_AN",
  titleVi: "II. Đề án khuyến công",
  rows: [
    {
      code: "DA_DUYET",
      labelVi: "Số đề án được phê duyệt, giao kế hoạch",
      indicator: "PROJECTS_COUNT",
      unit: count("đề án"),
      columns: COUNT_COLUMNS,
      prefill: { kind: "PROJECTS", states: "APPROVED" },
    },
    {
      code: "DA_HOAN_THANH",
      labelVi: "Số đề án hoàn thành, nghiệm thu",
      indicator: "PROJECTS_COUNT",
      unit: count("đề án"),
      columns: COUNT_COLUMNS,
      prefill: { kind: "PROJECTS", states: "COMPLETED" },
    },
    {
      code: "DA_NGUNG",
      labelVi: "Số đề án dừng thực hiện",
      indicator: "PROJECTS_COUNT",
      unit: count("đề án"),
      columns: COUNT_COLUMNS,
      prefill: { kind: "PROJECTS", states: "STOPPED" },
    },
  ],
};

function outputRow(code: string, indicator: string, labelVi: string, unitVi: string, fromRecords: boolean) {
  return {
    code,
    labelVi,
    indicator,
    unit: count(unitVi),
    columns: COUNT_COLUMNS,
    ...(fromRecords ? { prefill: { kind: "SUMMARY", indicator } as const } : {}),
  } satisfies ReportRow;
}

/**
 * Outputs (§8.2): fairs, booths, participations and the distinct establishments behind them (Q4: never more
 * than the participations), selection rounds, entries, certified products, brands, showrooms from the records;
 * trainees, models, machinery and cleaner production from the projects' reported outputs, typed in until the
 * projects' acceptance records carry them.
 */
export const outputsSection: ReportSection = {
  code: "KET_QUA",
  titleVi: "III. Kết quả thực hiện các hoạt động",
  rows: [
    outputRow("TRAINEES", "TRAINEES", "Số lao động được đào tạo nghề, truyền nghề", "người", false),
    outputRow("DEMO_MODELS", "DEMO_MODELS", "Số mô hình trình diễn kỹ thuật", "mô hình", false),
    outputRow(
      "MACHINERY",
      "MACHINERY_ESTAB",
      "Số cơ sở được hỗ trợ máy móc thiết bị tiên tiến",
      "cơ sở",
      false,
    ),
    outputRow("SXSH", "SXSH_ASSESS", "Số cơ sở được đánh giá sản xuất sạch hơn", "cơ sở", false),
    outputRow("FAIRS", "FAIRS_ORGANISED", "Số hội chợ, triển lãm được tổ chức", "hội chợ", true),
    outputRow("BOOTHS", "BOOTHS", "Số gian hàng được hỗ trợ", "gian hàng", true),
    outputRow("FAIR_PARTICIPATIONS", "FAIR_PARTICIPATIONS", "Số lượt cơ sở tham gia hội chợ", "lượt", true),
    {
      code: "FAIR_ESTABLISHMENTS",
      labelVi: "Số cơ sở (không trùng lặp) tham gia hội chợ",
      indicator: "ESTAB_SUPPORTED",
      unit: count("cơ sở"),
      columns: COUNT_COLUMNS,
      atMost: "FAIR_PARTICIPATIONS",
      prefill: { kind: "FAIR_ESTABLISHMENTS" },
    },
    outputRow("SELECTION_ROUNDS", "SELECTION_ROUNDS", "Số cuộc bình chọn sản phẩm", "cuộc", true),
    outputRow("SELECTION_ENTRIES", "SELECTION_ENTRIES", "Số sản phẩm tham gia bình chọn", "sản phẩm", true),
    outputRow(
      "PRODUCTS_CERTIFIED",
      "PRODUCTS_CERTIFIED",
      "Số sản phẩm CNNT tiêu biểu được công nhận",
      "sản phẩm",
      true,
    ),
    outputRow("BRANDS", "BRANDS", "Số cơ sở được hỗ trợ xây dựng thương hiệu", "cơ sở", true),
    outputRow("SHOWROOMS", "SHOWROOMS", "Số phòng trưng bày, điểm giới thiệu sản phẩm", "điểm", true),
  ],
};

export const reportNarrativeSections: readonly NarrativeSection[] = [
  { code: "DANH_GIA", titleVi: "Đánh giá chung tình hình thực hiện" },
  { code: "KHO_KHAN", titleVi: "Khó khăn, vướng mắc" },
  { code: "KIEN_NGHI", titleVi: "Kiến nghị, đề xuất" },
  { code: "PHUONG_HUONG", titleVi: "Phương hướng, nhiệm vụ kỳ tới" },
];

const common = {
  version: 1,
  windowRule: "CALENDAR",
  validFrom: "2018-01-01",
  validTo: null,
  legalDocumentId: "TT_28_2018_BCT",
  sections: [budgetSection, projectsSection, outputsSection],
  narrative: reportNarrativeSections,
  // A growth's basis is often unstated in practice ("−1,64 % so với 2017", DOMAIN §2.2): the submitter may
  // explain a disagreeing growth instead of changing it; sums, percentages of plan and bounds must be right.
  acknowledgeable: ["GROWTH"],
} as const satisfies Partial<ReportTemplateVersion>;

/** The 6-month report, due 15 days after 30 June. */
export const sixMonthReportTemplate: ReportTemplateVersion = {
  ...common,
  code: "BC_6_THANG",
  titleVi: "Báo cáo 6 tháng tình hình thực hiện hoạt động khuyến công",
  periodKind: "HALF_YEAR",
  deadlineDaysAfterWindow: 15,
};

/** The annual report, due 15 days after 31 December. */
export const annualReportTemplate: ReportTemplateVersion = {
  ...common,
  code: "BC_NAM",
  titleVi: "Báo cáo năm tình hình thực hiện hoạt động khuyến công",
  periodKind: "YEAR",
  deadlineDaysAfterWindow: 15,
};

/** Seeded template versions, in the order the reports list offers them. */
export const reportTemplateSeeds: readonly ReportTemplateVersion[] = [
  sixMonthReportTemplate,
  annualReportTemplate,
];

/** A template version's stable id: its code and version ("BC_6_THANG-V1"). */
export function reportTemplateId(template: Pick<ReportTemplateVersion, "code" | "version">): string {
  return `${template.code}-V${template.version}`;
}
