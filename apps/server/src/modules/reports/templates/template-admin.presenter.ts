import { z } from "@hono/zod-openapi";
import {
  type ActionAvailability,
  actionReason,
  availability,
  can,
  previewTemplateChecks,
  removableRowCodes,
  reportPeriodKindLabels,
  reportPeriodKinds,
  reportWindowRules,
  templateIssueCodes,
} from "@kc/domain";
import { actionAvailabilitySchema } from "../../../platform/action-availability";
import type { Actor } from "../../../platform/context";
import { presentTemplate, templateSchema } from "../report-page";
import type { LegalBasis, TemplateVersionRecord } from "./template-admin.queries";

const legalBasisSchema = z
  .object({
    id: z.string(),
    number: z.string().describe("Số, ký hiệu văn bản: 28/2018/TT-BCT"),
    title: z.string(),
    signedDate: z.string().nullable(),
    issuer: z.string(),
  })
  .nullable();

export const templateVersionSummarySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    version: z.number().int(),
    titleVi: z.string(),
    periodKind: z.enum(reportPeriodKinds),
    periodKindLabelVi: z.string(),
    windowRule: z.enum(reportWindowRules),
    deadlineDaysAfterWindow: z.number().int(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    inForce: z.boolean().describe("Có hiệu lực vào hôm nay"),
    legalDocument: legalBasisSchema,
    reportCount: z.number().int().describe("Số báo cáo đã mở theo phiên bản này"),
    lastReportWindowTo: z.string().nullable(),
    source: z.enum(["SEED", "ADMIN"]),
    revision: z.number().int().describe("Gửi lại khi sửa (xung đột phiên bản: 409)"),
  })
  .openapi("ReportTemplateVersionSummary");

export const templateCodeSchema = z
  .object({
    code: z.string(),
    titleVi: z.string().describe("Tên của phiên bản mới nhất"),
    periodKind: z.enum(reportPeriodKinds),
    versions: z.array(templateVersionSummarySchema).describe("Theo ngày bắt đầu hiệu lực, mới nhất trước"),
  })
  .openapi("ReportTemplateCode");

export const checkPreviewSchema = z.object({
  id: z.string(),
  kind: z.enum(["SUM", "PERCENT", "GROWTH", "RECOVERED_PLAN", "AT_MOST"]),
  severity: z.enum(["ERROR", "WARNING"]),
  formula: z.string().describe("Ví dụ: KP = KP_KCQG + KP_KCDP (thực hiện kỳ báo cáo)"),
  descriptionVi: z.string(),
});

export const templateVersionDetailSchema = templateVersionSummarySchema
  .extend({
    definition: templateSchema,
    checks: z.array(checkPreviewSchema).describe("Các kiểm tra tự động sinh từ cấu trúc của phiên bản"),
    removableRows: z.array(z.string()).describe("Các dòng không được dòng nào khác tham chiếu"),
    latest: z
      .object({ id: z.string(), version: z.number().int(), revision: z.number().int() })
      .describe("Phiên bản bắt đầu muộn nhất của mẫu: phiên bản mới sẽ kết thúc nó"),
    actions: z.record(z.string(), actionAvailabilitySchema),
  })
  .openapi("ReportTemplateVersionDetail");

export const templateIssueSchema = z.object({
  code: z.enum(templateIssueCodes),
  severity: z.enum(["ERROR", "WARNING"]),
  path: z.string(),
  messageVi: z.string(),
});

export function presentVersionSummary(
  record: TemplateVersionRecord,
  bases: ReadonlyMap<string, LegalBasis>,
  today: string,
) {
  const { template, span } = record;
  return {
    id: record.id,
    code: template.code,
    version: template.version,
    titleVi: template.titleVi,
    periodKind: template.periodKind,
    periodKindLabelVi: reportPeriodKindLabels[template.periodKind],
    windowRule: template.windowRule,
    deadlineDaysAfterWindow: template.deadlineDaysAfterWindow,
    validFrom: template.validFrom,
    validTo: template.validTo,
    inForce: template.validFrom <= today && (template.validTo === null || today <= template.validTo),
    legalDocument: bases.get(template.legalDocumentId) ?? null,
    reportCount: span.reportCount,
    lastReportWindowTo: span.lastReportWindowTo,
    source: record.source,
    revision: record.revision,
  };
}

/** The versions grouped by template code, the newest version first within each. */
export function presentTemplateCodes(
  records: readonly TemplateVersionRecord[],
  bases: ReadonlyMap<string, LegalBasis>,
  today: string,
) {
  const codes = [...new Set(records.map((record) => record.template.code))];
  return codes.map((code) => {
    const versions = records
      .filter((record) => record.template.code === code)
      .sort((a, b) => b.template.validFrom.localeCompare(a.template.validFrom));
    const newest = versions[0]?.template;
    return {
      code,
      titleVi: newest?.titleVi ?? code,
      periodKind: newest?.periodKind ?? "YEAR",
      versions: versions.map((record) => presentVersionSummary(record, bases, today)),
    };
  });
}

/**
 * What the page offers to the caller: a new version copied from this one, and an edit of this one — which,
 * once reports were opened on it, may only set its last day (`inUseChangeIssues`).
 */
function versionActions(actor: Actor, record: TemplateVersionRecord): Record<string, ActionAvailability> {
  if (!can(actor.role, "reportTemplates.manage")) return {};
  const inUse = record.span.reportCount > 0;
  return {
    createVersion: availability([]),
    setValidTo: availability([]),
    editStructure: availability([
      inUse &&
        actionReason(
          "REPORT_TEMPLATE_IN_USE",
          `Đã có ${record.span.reportCount} báo cáo mở theo phiên bản này: chỉ đặt được ngày hết hiệu lực`,
        ),
    ]),
  };
}

export function presentVersionDetail(
  actor: Actor,
  record: TemplateVersionRecord,
  siblings: readonly TemplateVersionRecord[],
  bases: ReadonlyMap<string, LegalBasis>,
  today: string,
) {
  const latest = [...siblings].sort((a, b) => b.template.validFrom.localeCompare(a.template.validFrom))[0];
  return {
    ...presentVersionSummary(record, bases, today),
    definition: presentTemplate(record.id, record.template),
    checks: previewTemplateChecks(record.template),
    removableRows: [...removableRowCodes(record.template)],
    latest: {
      id: latest?.id ?? record.id,
      version: latest?.template.version ?? record.template.version,
      revision: latest?.revision ?? record.revision,
    },
    actions: versionActions(actor, record),
  };
}
