import { type ReportTemplateVersion, reportTemplateId } from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { reportTemplate } from "../../db/schema/index";

/**
 * The periodic report templates (issue 17, DOMAIN §8.3) are reference data like the legal documents they rest on
 * (decision 0003): upserted by id in the reference loader's transaction. A version in use is never edited in
 * practice: a new legal text is a new version with its own validity. A row the administrator created or changed
 * (source ADMIN) is never rewritten by a seed.
 */
export async function upsertReportTemplates(tx: Db, templates: readonly ReportTemplateVersion[]) {
  if (templates.length === 0) return;
  await tx
    .insert(reportTemplate)
    .values(
      templates.map((template) => ({
        id: reportTemplateId(template),
        code: template.code,
        version: template.version,
        titleVi: template.titleVi,
        periodKind: template.periodKind,
        windowRule: template.windowRule,
        deadlineDaysAfterWindow: template.deadlineDaysAfterWindow,
        validFrom: template.validFrom,
        validTo: template.validTo,
        legalDocumentId: template.legalDocumentId,
        definition: {
          sections: template.sections,
          narrative: template.narrative,
          acknowledgeable: template.acknowledgeable,
        },
      })),
    )
    .onConflictDoUpdate({
      target: reportTemplate.id,
      set: Object.fromEntries(
        [
          ["titleVi", "title_vi"],
          ["periodKind", "period_kind"],
          ["windowRule", "window_rule"],
          ["deadlineDaysAfterWindow", "deadline_days_after_window"],
          ["validFrom", "valid_from"],
          ["validTo", "valid_to"],
          ["legalDocumentId", "legal_document_id"],
          ["definition", "definition"],
        ].map(([key, column]) => [key, sql.raw(`excluded."${column}"`)]),
      ),
      setWhere: sql`${reportTemplate.source} = 'SEED'`,
    });
}
