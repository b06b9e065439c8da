import {
  type ReportColumn,
  type ReportRow,
  type ReportTemplateVersion,
  type ReportUnit,
  reportColumns,
} from "./report-template";

/**
 * The structural rules a template version must keep before it is stored (issue 17 item 1, the admin screen):
 * the generated checks read `partOf` and `atMost` blindly, so a reference to a missing row, a part in another
 * unit or a loop would make them silently wrong. Every finding names the field it is about (the path of the
 * request body), so the form can show it beside the field, and carries a stable code.
 */

export const templateIssueCodes = [
  "TEMPLATE_EMPTY",
  "TEMPLATE_CODE_INVALID",
  "TEMPLATE_CODE_DUPLICATE",
  "TEMPLATE_REFERENCE_MISSING",
  "TEMPLATE_REFERENCE_UNIT_MISMATCH",
  "TEMPLATE_REFERENCE_CYCLE",
  "TEMPLATE_COLUMN_NOT_ALLOWED",
  "TEMPLATE_COLUMN_INPUT_MISSING",
  "TEMPLATE_PREFILLED_ROW_CHANGED",
  "TEMPLATE_ROW_REFERENCED",
  "TEMPLATE_VALIDITY_INVALID",
  "TEMPLATE_VALIDITY_OVERLAP",
  "TEMPLATE_VALIDITY_GAP",
  "TEMPLATE_VALIDITY_BEFORE_REPORTS",
  "TEMPLATE_IN_USE",
] as const;
export type TemplateIssueCode = (typeof templateIssueCodes)[number];

export type TemplateIssue = {
  code: TemplateIssueCode;
  /** A WARNING (a gap in validity) may be accepted by the administrator; an ERROR refuses the write. */
  severity: "ERROR" | "WARNING";
  /** Where in the request body: "sections.0.rows.3.partOf.row". */
  path: string;
  messageVi: string;
};

type Structure = Pick<ReportTemplateVersion, "sections" | "narrative">;

/** Row, section and narrative codes: upper-case ASCII, as cells and comments store them ("KP_KCQG"). */
export const TEMPLATE_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,39}$/;

/**
 * The columns a row of each unit may have. A count has no plan of the previous year nor a plan growth: the
 * conference reports print those for money only, and a count's plan growth would be checked against nothing.
 */
export const columnsAllowedFor: Record<ReportUnit["kind"], readonly ReportColumn[]> = {
  MONEY: ["PLAN", "PERIOD", "PCT_OF_PLAN", "PREVIOUS", "GROWTH", "PREVIOUS_PLAN", "PLAN_GROWTH"],
  COUNT: ["PLAN", "PERIOD", "PCT_OF_PLAN", "PREVIOUS", "GROWTH"],
};

/** A printed percentage is recomputed from these columns of its row, which must therefore be there too. */
const percentInputs: Partial<Record<ReportColumn, readonly ReportColumn[]>> = {
  PCT_OF_PLAN: ["PERIOD", "PLAN"],
  GROWTH: ["PERIOD", "PREVIOUS"],
  PLAN_GROWTH: ["PLAN", "PREVIOUS_PLAN"],
};

const sameUnit = (a: ReportUnit, b: ReportUnit) =>
  a.kind === b.kind && (a.kind === "MONEY" || (b.kind === "COUNT" && a.unitVi === b.unitVi));

const unitVi = (unit: ReportUnit) => (unit.kind === "MONEY" ? "đồng" : unit.unitVi);

function error(code: TemplateIssueCode, path: string, messageVi: string): TemplateIssue {
  return { code, severity: "ERROR", path, messageVi };
}

type Located = { row: ReportRow; path: string };

function locateRows(structure: Structure): Located[] {
  return structure.sections.flatMap((section, s) =>
    section.rows.map((row, r) => ({ row, path: `sections.${s}.rows.${r}` })),
  );
}

function codeIssues(structure: Structure, rows: readonly Located[]): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const checkCodes = (entries: { code: string; path: string }[], whatVi: string) => {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      if (!TEMPLATE_CODE_PATTERN.test(entry.code)) {
        issues.push(
          error(
            "TEMPLATE_CODE_INVALID",
            `${entry.path}.code`,
            `Mã ${whatVi} "${entry.code}" chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, tối đa 40 ký tự`,
          ),
        );
      }
      if (seen.has(entry.code)) {
        issues.push(
          error("TEMPLATE_CODE_DUPLICATE", `${entry.path}.code`, `Mã ${whatVi} "${entry.code}" bị trùng`),
        );
      } else seen.set(entry.code, entry.path);
    }
  };
  checkCodes(
    structure.sections.map((section, s) => ({ code: section.code, path: `sections.${s}` })),
    "phần",
  );
  checkCodes(
    rows.map(({ row, path }) => ({ code: row.code, path })),
    "dòng",
  );
  checkCodes(
    structure.narrative.map((section, n) => ({ code: section.code, path: `narrative.${n}` })),
    "mục thuyết minh",
  );
  if (rows.length === 0) {
    issues.push(error("TEMPLATE_EMPTY", "sections", "Mẫu báo cáo cần ít nhất một dòng chỉ tiêu"));
  }
  structure.sections.forEach((section, s) => {
    if (section.rows.length === 0) {
      issues.push(
        error("TEMPLATE_EMPTY", `sections.${s}.rows`, `Phần "${section.titleVi}" chưa có dòng chỉ tiêu nào`),
      );
    }
  });
  return issues;
}

function columnIssues({ row, path }: Located): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const allowed = columnsAllowedFor[row.unit.kind];
  row.columns.forEach((column, c) => {
    const labelVi = reportColumns[column].labelVi;
    if (!allowed.includes(column)) {
      issues.push(
        error(
          "TEMPLATE_COLUMN_NOT_ALLOWED",
          `${path}.columns.${c}`,
          `Dòng "${row.labelVi}" tính bằng ${unitVi(row.unit)} không có cột "${labelVi}"`,
        ),
      );
    }
    const missing = (percentInputs[column] ?? []).filter((input) => !row.columns.includes(input));
    if (missing.length > 0) {
      const names = missing.map((input) => `"${reportColumns[input].labelVi}"`).join(" và ");
      issues.push(
        error(
          "TEMPLATE_COLUMN_INPUT_MISSING",
          `${path}.columns.${c}`,
          `Cột "${labelVi}" của dòng "${row.labelVi}" được tính lại từ ${names}, nên dòng cần có các cột đó`,
        ),
      );
    }
  });
  if (!row.columns.includes("PERIOD")) {
    issues.push(
      error(
        "TEMPLATE_COLUMN_INPUT_MISSING",
        `${path}.columns`,
        `Dòng "${row.labelVi}" cần cột "${reportColumns.PERIOD.labelVi}": đó là số liệu của kỳ báo cáo`,
      ),
    );
  }
  if (new Set(row.columns).size !== row.columns.length) {
    issues.push(
      error("TEMPLATE_CODE_DUPLICATE", `${path}.columns`, `Dòng "${row.labelVi}" có cột bị lặp lại`),
    );
  }
  return issues;
}

/**
 * References: a part belongs to an existing row of the same unit (parts add up to it), a bound is an existing
 * row of the same kind of unit (distinct establishments ≤ participations: "cơ sở" against "lượt", both counts).
 */
function referenceIssues(rows: readonly Located[]): TemplateIssue[] {
  const byCode = new Map(rows.map((located) => [located.row.code, located]));
  const issues: TemplateIssue[] = [];
  for (const { row, path } of rows) {
    const references = [
      row.partOf ? { field: "partOf.row", target: row.partOf.row, whatVi: "là phần của" } : null,
      row.atMost ? { field: "atMost", target: row.atMost, whatVi: "không vượt quá" } : null,
    ];
    for (const reference of references) {
      if (!reference) continue;
      const target = byCode.get(reference.target)?.row;
      const at = `${path}.${reference.field}`;
      if (!target) {
        issues.push(
          error(
            "TEMPLATE_REFERENCE_MISSING",
            at,
            `Dòng "${row.labelVi}" ${reference.whatVi} dòng "${reference.target}", nhưng mẫu không có dòng này`,
          ),
        );
        continue;
      }
      const fits =
        reference.field === "atMost" ? target.unit.kind === row.unit.kind : sameUnit(target.unit, row.unit);
      if (!fits) {
        issues.push(
          error(
            "TEMPLATE_REFERENCE_UNIT_MISMATCH",
            at,
            `Dòng "${row.labelVi}" (${unitVi(row.unit)}) ${reference.whatVi} dòng "${target.labelVi}" (${unitVi(target.unit)}): hai dòng phải cùng đơn vị`,
          ),
        );
      }
    }
  }
  return [...issues, ...cycleIssues(rows, "partOf.row"), ...cycleIssues(rows, "atMost")];
}

/** A row that is, through its chain of totals (or of bounds), a part of itself. Reported once per loop. */
function cycleIssues(rows: readonly Located[], field: "partOf.row" | "atMost"): TemplateIssue[] {
  const next = new Map(
    rows.map(({ row }) => [row.code, field === "atMost" ? row.atMost : row.partOf?.row] as const),
  );
  const paths = new Map(rows.map(({ row, path }) => [row.code, path]));
  const reported = new Set<string>();
  const issues: TemplateIssue[] = [];
  for (const { row } of rows) {
    const chain: string[] = [];
    let current: string | undefined = row.code;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = next.get(current);
    }
    if (current !== row.code || reported.has(row.code)) continue;
    for (const code of chain) reported.add(code);
    const loop = [...chain, row.code].join(field === "atMost" ? " ≤ " : " → ");
    issues.push(
      error(
        "TEMPLATE_REFERENCE_CYCLE",
        `${paths.get(row.code)}.${field}`,
        field === "atMost"
          ? `Các dòng giới hạn lẫn nhau thành vòng: ${loop}`
          : `Các dòng là phần của nhau thành vòng: ${loop}`,
      ),
    );
  }
  return issues;
}

/** Every structural error of a template version, in the order of the form's fields; none when it may be stored. */
export function validateTemplateStructure(structure: Structure): TemplateIssue[] {
  const rows = locateRows(structure);
  return [...codeIssues(structure, rows), ...rows.flatMap(columnIssues), ...referenceIssues(rows)];
}

/**
 * A new version is copied from an existing one: a row that keeps its code keeps what the pre-fill reads (its
 * indicator and unit), since the pre-fill of that row is code, not data; and a row another row refers to cannot
 * be removed (that is reported as a missing reference by `validateTemplateStructure`). Its label, columns, order
 * and section may change.
 */
export function prefilledRowIssues(source: Structure, next: Structure): TemplateIssue[] {
  const before = new Map(locateRows(source).map(({ row }) => [row.code, row]));
  return locateRows(next).flatMap(({ row, path }) => {
    const old = before.get(row.code);
    if (!old?.prefill) return [];
    if (old.indicator === row.indicator && sameUnit(old.unit, row.unit)) return [];
    return [
      error(
        "TEMPLATE_PREFILLED_ROW_CHANGED",
        `${path}.unit`,
        `Dòng "${row.code}" lấy số liệu từ hồ sơ (${old.indicator}, ${unitVi(old.unit)}); giữ chỉ tiêu và đơn vị, hoặc thêm dòng mới với mã khác`,
      ),
    ];
  });
}

/** The rows no other row refers to: the ones the form lets the administrator remove. */
export function removableRowCodes(structure: Structure): Set<string> {
  const rows = locateRows(structure).map(({ row }) => row);
  const referenced = new Set(rows.flatMap((row) => [row.partOf?.row, row.atMost]).filter(Boolean));
  return new Set(rows.map((row) => row.code).filter((code) => !referenced.has(code)));
}
