import {
  buildNextVersion,
  inUseChangeIssues,
  type NewVersionInput,
  type ReportTemplateVersion,
  sameTemplateValue,
  type TemplateIssue,
  validToIssues,
} from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { reportTemplate } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { findTemplateCode, lockTemplateCode, templateVersionRecords } from "./template-admin.queries";
import { assertLegalDocument, definitionOf, refuseTemplateIssues } from "./template-refusals";

/** Fields left out are unchanged; `validTo: null` puts the version back in force with no end. */
export type ChangeVersionInput = Partial<Omit<NewVersionInput, "validFrom">> & {
  validTo?: string | null;
  revision: number;
  acknowledgeGap: boolean;
};

const changedKeys = (before: ReportTemplateVersion, after: ReportTemplateVersion) =>
  (Object.keys(after) as (keyof ReportTemplateVersion)[]).filter(
    (key) => !sameTemplateValue(before[key], after[key]),
  );

/**
 * Changes one version (issue 17 item 1): its last day, and — while no report was opened on it — its metadata and
 * structure. A version in use keeps everything its reports were made under (409 REPORT_TEMPLATE_IN_USE, one
 * finding per field); its last day may neither overlap the next version nor cut off its reports' windows; a gap
 * must be confirmed. Under the template's lock, version-checked (409), audited, in one transaction.
 */
export async function changeTemplateVersion(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: ChangeVersionInput;
}): Promise<void> {
  const { db, actor, meta, id, input } = options;
  await db.transaction(async (tx) => {
    const code = await findTemplateCode(tx, id);
    if (code === undefined) throw new AppError("NOT_FOUND");
    await lockTemplateCode(tx, code);
    const records = await templateVersionRecords(tx, code);
    const target = records.find((record) => record.id === id);
    if (!target) throw new AppError("NOT_FOUND");
    if (target.revision !== input.revision) throw new AppError("VERSION_CONFLICT");

    const before = target.template;
    const rebuilt = buildNextVersion(
      before,
      {
        titleVi: input.titleVi ?? before.titleVi,
        windowRule: input.windowRule ?? before.windowRule,
        deadlineDaysAfterWindow: input.deadlineDaysAfterWindow ?? before.deadlineDaysAfterWindow,
        validFrom: before.validFrom,
        legalDocumentId: input.legalDocumentId ?? before.legalDocumentId,
        narrative: input.narrative ?? before.narrative,
        sections: input.sections ?? before.sections,
      },
      before.version - 1,
    );
    const after: ReportTemplateVersion = {
      ...rebuilt.version,
      validTo: input.validTo === undefined ? before.validTo : input.validTo,
    };
    const changed = changedKeys(before, after);
    if (changed.length === 0) return;
    const inUse = inUseChangeIssues(before, after, target.span.reportCount);
    refuseTemplateIssues(inUse, false);
    const issues: TemplateIssue[] = input.sections || input.narrative ? [...rebuilt.issues] : [];
    if (changed.includes("validTo")) {
      issues.push(
        ...validToIssues(
          records.map((record) => record.span),
          id,
          after.validTo,
        ),
      );
    }
    refuseTemplateIssues(issues, input.acknowledgeGap);
    if (changed.includes("legalDocumentId")) await assertLegalDocument(tx, after.legalDocumentId);

    const updated = await tx
      .update(reportTemplate)
      .set({
        titleVi: after.titleVi,
        windowRule: after.windowRule,
        deadlineDaysAfterWindow: after.deadlineDaysAfterWindow,
        validTo: after.validTo,
        legalDocumentId: after.legalDocumentId,
        definition: definitionOf(after),
        source: "ADMIN",
        revision: target.revision + 1,
        updatedAt: new Date(),
        updatedBy: actor.userId,
      })
      .where(and(eq(reportTemplate.id, id), eq(reportTemplate.revision, target.revision)))
      .returning({ id: reportTemplate.id });
    if (updated.length === 0) throw new AppError("VERSION_CONFLICT");
    const pick = (version: ReportTemplateVersion) =>
      Object.fromEntries(changed.map((key) => [key, version[key]]));
    await writeAudit(tx, actor, meta, {
      action: "REPORT_TEMPLATE_VERSION_CHANGED",
      entity: "report_template",
      entityId: id,
      before: pick(before),
      after: pick(after),
    });
  });
}
