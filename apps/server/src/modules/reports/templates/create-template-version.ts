import { buildNextVersion, type NewVersionInput, planNewVersion, reportTemplateId } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { reportTemplate } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { lockTemplateCode, templateVersionRecords } from "./template-admin.queries";
import { assertLegalDocument, definitionOf, refuseTemplateIssues } from "./template-refusals";

export type CreateVersionInput = NewVersionInput & { previousRevision: number; acknowledgeGap: boolean };

/**
 * A new version of a report template, copied from an existing version and changed by the administrator (issue
 * 17 item 1): a new legal text, title, deadline, window rule, rows added, removed, relabelled or reordered,
 * narrative sections. Under the template's lock, in one transaction: the structure and the validity are checked
 * (every finding listed; nothing written on refusal), the version in force is closed the day before the new one
 * starts (409 when it changed since the administrator read it), the new row is inserted, both are audited.
 */
export async function createTemplateVersion(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  sourceId: string;
  input: CreateVersionInput;
}): Promise<string> {
  const { db, actor, meta, sourceId, input } = options;
  return db.transaction(async (tx) => {
    const [sourceRow] = await tx
      .select({ code: reportTemplate.code })
      .from(reportTemplate)
      .where(eq(reportTemplate.id, sourceId));
    if (!sourceRow) throw new AppError("NOT_FOUND");
    await lockTemplateCode(tx, sourceRow.code);
    const records = await templateVersionRecords(tx, sourceRow.code);
    const source = records.find((record) => record.id === sourceId);
    if (!source) throw new AppError("NOT_FOUND");
    const latest = [...records].sort((a, b) => b.template.validFrom.localeCompare(a.template.validFrom))[0];
    if (latest && latest.revision !== input.previousRevision) throw new AppError("VERSION_CONFLICT");

    const highest = Math.max(...records.map((record) => record.template.version));
    const { version, issues } = buildNextVersion(source.template, input, highest);
    const plan = planNewVersion(
      records.map((record) => record.span),
      input.validFrom,
    );
    refuseTemplateIssues([...issues, ...plan.issues], input.acknowledgeGap);
    await assertLegalDocument(tx, input.legalDocumentId);

    if (plan.closes) {
      const closed = records.find((record) => record.id === plan.closes?.id);
      if (!closed) throw new AppError("INTERNAL");
      const updated = await tx
        .update(reportTemplate)
        .set({
          validTo: plan.closes.validTo,
          source: "ADMIN",
          revision: closed.revision + 1,
          updatedAt: new Date(),
          updatedBy: actor.userId,
        })
        .where(and(eq(reportTemplate.id, closed.id), eq(reportTemplate.revision, closed.revision)))
        .returning({ id: reportTemplate.id });
      if (updated.length === 0) throw new AppError("VERSION_CONFLICT");
      await writeAudit(tx, actor, meta, {
        action: "REPORT_TEMPLATE_VERSION_CHANGED",
        entity: "report_template",
        entityId: closed.id,
        before: { validTo: closed.template.validTo },
        after: { validTo: plan.closes.validTo, closedBy: reportTemplateId(version) },
      });
    }
    const id = reportTemplateId(version);
    await tx.insert(reportTemplate).values({
      id,
      code: version.code,
      version: version.version,
      titleVi: version.titleVi,
      periodKind: version.periodKind,
      windowRule: version.windowRule,
      deadlineDaysAfterWindow: version.deadlineDaysAfterWindow,
      validFrom: version.validFrom,
      validTo: null,
      legalDocumentId: version.legalDocumentId,
      definition: definitionOf(version),
      source: "ADMIN",
      updatedBy: actor.userId,
    });
    await writeAudit(tx, actor, meta, {
      action: "REPORT_TEMPLATE_VERSION_CREATED",
      entity: "report_template",
      entityId: id,
      after: {
        copiedFrom: sourceId,
        titleVi: version.titleVi,
        validFrom: version.validFrom,
        legalDocumentId: version.legalDocumentId,
        windowRule: version.windowRule,
        deadlineDaysAfterWindow: version.deadlineDaysAfterWindow,
        rows: version.sections.flatMap((section) => section.rows.map((row) => row.code)),
        narrative: version.narrative.map((section) => section.code),
      },
    });
    return id;
  });
}
