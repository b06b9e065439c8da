import type { ReportTemplateVersion, VersionSpan } from "@kc/domain";
import { asc, count, eq, inArray, max, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { legalDocument, periodicReport, reportTemplate } from "../../../db/schema/index";
import { templateOf } from "../reports.queries";

/**
 * Reads of the report template admin screen: the stored versions with what the validity rules need (how many
 * reports were opened on each, and the last day of their latest window) and the legal documents they rest on.
 * Templates are national reference data, so no data scope applies.
 */

export type TemplateVersionRecord = {
  id: string;
  template: ReportTemplateVersion;
  source: "SEED" | "ADMIN";
  revision: number;
  span: VersionSpan;
};

/** Every change to one template's versions takes this lock first, so two checks of validity never both pass. */
export async function lockTemplateCode(tx: Db, code: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7142017, hashtext(${code}))`);
}

export async function templateVersionRecords(db: Db, code?: string): Promise<TemplateVersionRecord[]> {
  const rows = await db
    .select()
    .from(reportTemplate)
    .where(code === undefined ? undefined : eq(reportTemplate.code, code))
    .orderBy(asc(reportTemplate.code), asc(reportTemplate.validFrom));
  const usage =
    rows.length === 0
      ? []
      : await db
          .select({
            templateId: periodicReport.templateId,
            reports: count(),
            lastWindowTo: max(periodicReport.windowTo),
          })
          .from(periodicReport)
          .where(
            inArray(
              periodicReport.templateId,
              rows.map((row) => row.id),
            ),
          )
          .groupBy(periodicReport.templateId);
  const usageOf = new Map(usage.map((entry) => [entry.templateId, entry]));
  return rows.map((row) => {
    const used = usageOf.get(row.id);
    return {
      id: row.id,
      template: templateOf(row),
      source: row.source,
      revision: row.revision,
      span: {
        id: row.id,
        version: row.version,
        validFrom: row.validFrom,
        validTo: row.validTo,
        reportCount: used?.reports ?? 0,
        lastReportWindowTo: used?.lastWindowTo ?? null,
      },
    };
  });
}

export async function findTemplateCode(db: Db, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ code: reportTemplate.code })
    .from(reportTemplate)
    .where(eq(reportTemplate.id, id));
  return row?.code;
}

export type LegalBasis = {
  id: string;
  number: string;
  title: string;
  signedDate: string | null;
  issuer: string;
};

export async function legalBases(db: Db, ids: readonly string[]): Promise<Map<string, LegalBasis>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: legalDocument.id,
      number: legalDocument.number,
      title: legalDocument.title,
      signedDate: legalDocument.signedDate,
      issuer: legalDocument.issuer,
    })
    .from(legalDocument)
    .where(inArray(legalDocument.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}
