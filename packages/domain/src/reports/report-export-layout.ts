import { formatFixedVi, formatMillionVi } from "../figures/format-vi";
import { formatDong } from "../format";
import { parseReportAmount, parseReportPercent } from "./report-checks";
import {
  cellKey,
  type ReportColumn,
  type ReportPartition,
  type ReportSection,
  type ReportTemplateVersion,
  type ReportValueKind,
  reportColumnCodes,
  reportColumns,
} from "./report-template";

/**
 * What a report's .docx and .xlsx print, laid out once so both files show the same numbered tables (issue 17
 * item 5): one table per section of the template ("Bảng 1. Kinh phí khuyến công"), the columns its rows use in the
 * template's order, the unit in the headers (triệu đồng for money sections, a "Đơn vị tính" column for counts), the
 * parts of a total grouped under "Trong đó" lines, and each cell as stored: amounts in đồng or counts, percentages
 * as the report prints them. Nothing is recomputed here: the printed percentages are the reported figures (Q5);
 * the generated checks judge them separately.
 */

export const MONEY_UNIT_VI = "triệu đồng";

export type ExportCell = {
  /** "AMOUNT" values are đồng (money rows) or whole counts; "PERCENT" the printed share ("26.59"). */
  kind: "MONEY" | "COUNT" | "PERCENT";
  /** The stored value: an integer string, or a decimal string for percentages. */
  value: string;
  /** Printed the Vietnamese way: "57.615,3" (triệu đồng, 1 decimal), "1.234", "26,59", "−1,64". */
  text: string;
  /** Decimals the value is printed with: 1 for triệu đồng, 0 for counts, the typed decimals for percentages. */
  decimals: number;
  /** An estimate made before the period ended ("ước thực hiện", Q1): marked in both files. */
  estimate: boolean;
};

export type ExportColumn = { code: ReportColumn; headerVi: string };

export type ExportRow =
  | { kind: "GROUP"; labelVi: string }
  | {
      kind: "ROW";
      code: string;
      /** "1", "2" for a row of its own; "" for a part of the total above it (printed "- label", indented). */
      number: string;
      labelVi: string;
      /** A part of a total is indented under it; a total is bold. */
      level: "TOTAL" | "PART" | "PLAIN";
      unitVi: string;
      /** One entry per table column: null where the template gives the row no such column, "missing" when empty. */
      cells: (ExportCell | "missing" | null)[];
    };

export type ExportTable = {
  number: number;
  /** "Bảng 1. Kinh phí khuyến công" */
  captionVi: string;
  /** "triệu đồng" printed above a money table; null when the table has a unit column. */
  unitVi: string | null;
  /** Count tables carry their units per row in a column after the label. */
  unitColumn: boolean;
  columns: ExportColumn[];
  rows: ExportRow[];
};

export type StoredExportCell = { value: string; valueKind: ReportValueKind };

const partitionHeadsVi: Record<ReportPartition, string> = {
  SOURCE: "Trong đó, theo nguồn kinh phí:",
  CONTENT: "Trong đó, theo nội dung hoạt động:",
};

/** "I. Kinh phí khuyến công (triệu đồng)" → "Kinh phí khuyến công": the table's own number replaces the numeral. */
export function sectionSubjectVi(section: Pick<ReportSection, "titleVi">): string {
  return section.titleVi
    .replace(/^[IVXLC]+\.\s*/u, "")
    .replace(/\s*\([^)]*\)\s*$/u, "")
    .trim();
}

function isMoneySection(section: ReportSection): boolean {
  return section.rows.every((row) => row.unit.kind === "MONEY");
}

function columnHeader(code: ReportColumn, money: boolean): string {
  const column = reportColumns[code];
  if (column.kind === "PERCENT")
    return column.labelVi.includes("%") ? column.labelVi : `${column.labelVi} (%)`;
  return money ? `${column.labelVi} (${MONEY_UNIT_VI})` : column.labelVi;
}

/** One stored cell as printed; a value that does not parse is printed as typed (the checks flag it). */
export function exportCell(
  unit: "MONEY" | "COUNT",
  column: ReportColumn,
  stored: StoredExportCell,
): ExportCell {
  const estimate = stored.valueKind === "ESTIMATE";
  if (reportColumns[column].kind === "PERCENT") {
    const percent = parseReportPercent(stored.value);
    return {
      kind: "PERCENT",
      value: stored.value,
      text: percent ? formatFixedVi(percent) : stored.value,
      decimals: percent?.scale ?? 0,
      estimate,
    };
  }
  const amount = parseReportAmount(stored.value);
  if (unit === "COUNT") {
    return {
      kind: "COUNT",
      value: stored.value,
      text: amount === null ? stored.value : formatDong(amount),
      decimals: 0,
      estimate,
    };
  }
  return {
    kind: "MONEY",
    value: stored.value,
    text: amount === null ? stored.value : formatMillionVi(amount),
    decimals: 1,
    estimate,
  };
}

/**
 * The numbered tables of a report: `cells` by "ROW/COLUMN" key. A section's columns are those its rows use, in
 * the template's column order, so a count table has no empty plan columns.
 */
export function reportExportTables(
  template: Pick<ReportTemplateVersion, "sections">,
  cells: ReadonlyMap<string, StoredExportCell>,
): ExportTable[] {
  return template.sections.map((section, index) => {
    const money = isMoneySection(section);
    const used = new Set(section.rows.flatMap((row) => row.columns));
    const columns = reportColumnCodes
      .filter((code) => used.has(code))
      .map((code) => ({ code, headerVi: columnHeader(code, money) }));
    const totals = new Set(section.rows.flatMap((row) => (row.partOf ? [row.partOf.row] : [])));
    const rows: ExportRow[] = [];
    let number = 0;
    let partition: string | null = null;
    for (const row of section.rows) {
      const group = row.partOf ? `${row.partOf.row}:${row.partOf.partition}` : null;
      if (row.partOf && group !== partition) {
        rows.push({ kind: "GROUP", labelVi: partitionHeadsVi[row.partOf.partition] });
      }
      partition = group;
      const unit = row.unit.kind;
      rows.push({
        kind: "ROW",
        code: row.code,
        number: row.partOf ? "" : String(++number),
        labelVi: row.labelVi,
        level: row.partOf ? "PART" : totals.has(row.code) ? "TOTAL" : "PLAIN",
        unitVi: row.unit.kind === "COUNT" ? row.unit.unitVi : MONEY_UNIT_VI,
        cells: columns.map(({ code }) => {
          if (!row.columns.includes(code)) return null;
          const stored = cells.get(cellKey(row.code, code));
          return stored ? exportCell(unit, code, stored) : "missing";
        }),
      });
    }
    return {
      number: index + 1,
      captionVi: `Bảng ${index + 1}. ${sectionSubjectVi(section)}`,
      unitVi: money ? MONEY_UNIT_VI : null,
      unitColumn: !money,
      columns,
      rows,
    };
  });
}

/**
 * The subject line under "BÁO CÁO" (Decree 30 Appendix I, trích yếu): the template's title without its leading
 * "Báo cáo" and period word, followed by the period: "Tình hình thực hiện hoạt động khuyến công 6 tháng đầu năm
 * 2024", "… năm 2024".
 */
export function reportSubjectVi(templateTitleVi: string, periodLabelVi: string): string {
  const subject = templateTitleVi
    .replace(/^Báo cáo\s+/iu, "")
    .replace(/^(6 tháng|năm|quý(\s+[IVX]+)?|nhanh)\s+/iu, "")
    .trim();
  const capitalised = subject.charAt(0).toLocaleUpperCase("vi") + subject.slice(1);
  const period = periodLabelVi.charAt(0).toLocaleLowerCase("vi") + periodLabelVi.slice(1);
  return `${capitalised} ${period}`;
}

/**
 * "UBND TỈNH ĐỒNG THÁP" / "UBND THÀNH PHỐ HÀ NỘI": the superior body of a province's Department of Industry and
 * Trade, named as the province was in the report's year (a centrally-run city is a "thành phố").
 */
export function provincialCommitteeVi(province: { name: string; kind: string }): string {
  const level = province.kind === "TP_TRUC_THUOC_TW" ? "thành phố" : "tỉnh";
  return `UBND ${level} ${province.name}`;
}
