import { formatDate } from "../format";
import { addDays } from "../projects/guards/guard-helpers";
import type { ReportRow, ReportSection, ReportTemplateVersion } from "./report-template";
import { prefilledRowIssues, type TemplateIssue, validateTemplateStructure } from "./template-structure";

/**
 * The versions of one template code as dated data (issue 17 item 1): their validity windows never overlap, so a
 * period falls under at most one version; a new version starts after every existing one and closes the version
 * in force the day before; a gap between two versions is only a warning the administrator accepts; a version on
 * which reports were opened may not end before their windows, and keeps its structure (only its end may change).
 */

/** A stored version as the validity rules see it, with the reports opened on it. */
export type VersionSpan = {
  id: string;
  version: number;
  validFrom: string;
  validTo: string | null;
  reportCount: number;
  /** The last day of the latest window among the reports opened on it, or null without reports. */
  lastReportWindowTo: string | null;
};

const windowVi = (span: Pick<VersionSpan, "validFrom" | "validTo">) =>
  `${formatDate(span.validFrom)} – ${span.validTo ? formatDate(span.validTo) : "nay"}`;

function gapWarning(path: string, from: string, to: string): TemplateIssue {
  return {
    code: "TEMPLATE_VALIDITY_GAP",
    severity: "WARNING",
    path,
    messageVi: `Từ ${formatDate(from)} đến ${formatDate(to)} sẽ không có phiên bản nào có hiệu lực: báo cáo của các kỳ kết thúc trong khoảng này không mở được`,
  };
}

function beforeReports(path: string, span: VersionSpan, end: string): TemplateIssue[] {
  if (span.lastReportWindowTo === null || span.lastReportWindowTo <= end) return [];
  return [
    {
      code: "TEMPLATE_VALIDITY_BEFORE_REPORTS",
      severity: "ERROR",
      path,
      messageVi: `Phiên bản ${span.version} đã có ${span.reportCount} báo cáo, kỳ muộn nhất đến ${formatDate(span.lastReportWindowTo)}: phiên bản này phải còn hiệu lực đến ngày đó`,
    },
  ];
}

export type NewVersionPlan = {
  /** The version in force that the new one closes, and its new last day; null when none is open then. */
  closes: { id: string; validTo: string } | null;
  issues: TemplateIssue[];
};

/** Where a new version starting on `validFrom` fits among the code's versions. */
export function planNewVersion(existing: readonly VersionSpan[], validFrom: string): NewVersionPlan {
  const ordered = [...existing].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const latest = ordered.at(-1);
  if (!latest) return { closes: null, issues: [] };
  if (latest.validFrom >= validFrom) {
    return {
      closes: null,
      issues: [
        {
          code: "TEMPLATE_VALIDITY_OVERLAP",
          severity: "ERROR",
          path: "validFrom",
          messageVi: `Phiên bản mới phải bắt đầu sau ngày ${formatDate(latest.validFrom)}, ngày bắt đầu của phiên bản ${latest.version} (${windowVi(latest)})`,
        },
      ],
    };
  }
  const dayBefore = addDays(validFrom, -1);
  if (latest.validTo !== null && latest.validTo < dayBefore) {
    return { closes: null, issues: [gapWarning("validFrom", addDays(latest.validTo, 1), dayBefore)] };
  }
  return {
    closes: { id: latest.id, validTo: dayBefore },
    issues: beforeReports("validFrom", latest, dayBefore),
  };
}

/** Whether `validTo` (null: in force with no end) may become the last day of the version `id`. */
export function validToIssues(
  existing: readonly VersionSpan[],
  id: string,
  validTo: string | null,
): TemplateIssue[] {
  const target = existing.find((span) => span.id === id);
  if (!target) return [];
  if (validTo !== null && validTo < target.validFrom) {
    return [
      {
        code: "TEMPLATE_VALIDITY_INVALID",
        severity: "ERROR",
        path: "validTo",
        messageVi: `Ngày hết hiệu lực phải từ ngày bắt đầu của phiên bản (${formatDate(target.validFrom)}) trở đi`,
      },
    ];
  }
  const next = existing
    .filter((span) => span.validFrom > target.validFrom)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0];
  const issues = validTo === null ? [] : beforeReports("validTo", target, validTo);
  if (next && (validTo === null || validTo >= next.validFrom)) {
    issues.push({
      code: "TEMPLATE_VALIDITY_OVERLAP",
      severity: "ERROR",
      path: "validTo",
      messageVi: `Phiên bản ${next.version} có hiệu lực từ ${formatDate(next.validFrom)}: phiên bản này phải hết hiệu lực trước ngày đó`,
    });
  } else if (next && validTo !== null && validTo < addDays(next.validFrom, -1)) {
    issues.push(gapWarning("validTo", addDays(validTo, 1), addDays(next.validFrom, -1)));
  }
  return issues;
}

/** What the administrator sends for a new version: metadata, the sections of rows, the narrative sections. */
export type NewVersionInput = Pick<
  ReportTemplateVersion,
  "titleVi" | "windowRule" | "deadlineDaysAfterWindow" | "validFrom" | "legalDocumentId" | "narrative"
> & {
  sections: readonly (Omit<ReportSection, "rows"> & { rows: readonly Omit<ReportRow, "prefill">[] })[];
};

/**
 * The new version built from its source and the administrator's input: the code, the period kind and the
 * acknowledgeable checks come from the source (another period kind is another template, not a version); a row
 * that keeps its code keeps its pre-fill; the version number follows the highest of the code.
 */
export function buildNextVersion(
  source: ReportTemplateVersion,
  input: NewVersionInput,
  highestVersion: number,
): { version: ReportTemplateVersion; issues: TemplateIssue[] } {
  const prefills = new Map(
    source.sections.flatMap((section) => section.rows).map((row) => [row.code, row.prefill]),
  );
  const version: ReportTemplateVersion = {
    code: source.code,
    version: highestVersion + 1,
    titleVi: input.titleVi,
    periodKind: source.periodKind,
    windowRule: input.windowRule,
    deadlineDaysAfterWindow: input.deadlineDaysAfterWindow,
    validFrom: input.validFrom,
    validTo: null,
    legalDocumentId: input.legalDocumentId,
    sections: input.sections.map((section) => ({
      code: section.code,
      titleVi: section.titleVi,
      rows: section.rows.map((row) => {
        const prefill = prefills.get(row.code);
        return prefill ? { ...row, prefill } : { ...row };
      }),
    })),
    narrative: input.narrative,
    acknowledgeable: source.acknowledgeable,
  };
  return {
    version,
    issues: [...validateTemplateStructure(version), ...prefilledRowIssues(source, version)],
  };
}

/** JSON with keys in order: a definition read back from jsonb has its keys in the database's order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === "object" && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );
}

/** Whether two values of a version's field are the same, whatever the order of their keys. */
export function sameTemplateValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

const structuralFields = [
  ["titleVi", "tên mẫu"],
  ["windowRule", "cách tính kỳ"],
  ["deadlineDaysAfterWindow", "hạn nộp"],
  ["validFrom", "ngày bắt đầu hiệu lực"],
  ["legalDocumentId", "văn bản pháp lý"],
  ["sections", "các phần và dòng chỉ tiêu"],
  ["narrative", "các mục thuyết minh"],
] as const;

/**
 * A version on which reports were opened keeps everything those reports were made under: only its last day may
 * change (`validToIssues` still applies). One finding per changed field.
 */
export function inUseChangeIssues(
  before: ReportTemplateVersion,
  after: ReportTemplateVersion,
  reportCount: number,
): TemplateIssue[] {
  if (reportCount === 0) return [];
  return structuralFields
    .filter(([field]) => !sameTemplateValue(before[field], after[field]))
    .map(([field, labelVi]) => ({
      code: "TEMPLATE_IN_USE",
      severity: "ERROR",
      path: field,
      messageVi: `Đã có ${reportCount} báo cáo mở theo phiên bản này nên không sửa được ${labelVi}; chỉ đặt được ngày hết hiệu lực. Hãy tạo phiên bản mới`,
    }));
}
