import {
  formatDate,
  legalDocumentTypeLabels,
  ORG_KEYS,
  type ReportState,
  type ReportTemplateVersion,
  reportExportTables,
  todayInVietnam,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { rowsOf } from "../../../db/rows";
import type { Actor } from "../../../platform/context";
import { reportPage } from "../report-page";
import type { ReportRow } from "../reports.queries";

/** States in which the province has sent the report: the document then bears the day it was sent. */
const SENT: readonly ReportState[] = ["SUBMITTED", "RESUBMITTED", "APPROVED", "LOCKED"];
/** Until the centre approves it, the printed report is a draft (Decree 30 "Dự thảo"). */
const FINAL: readonly ReportState[] = ["APPROVED", "LOCKED"];

export type ReportExport = Awaited<ReturnType<typeof reportExportData>>;

/** The province as it was in the report's year: its name and whether it is a centrally-run city. */
async function provinceOf(db: Db, id: string) {
  const result = await db.execute(sql`SELECT name, kind FROM admin_unit WHERE id = ${id}`);
  return rowsOf<{ name: string; kind: string }>(result)[0] ?? { name: id, kind: "TINH" };
}

/** The central agency's name on a day (renamed in 2017 and 2025, DOMAIN §6.1). */
async function agencyNameOn(db: Db, day: string) {
  const result = await db.execute(sql`
    SELECT name FROM organisation_name WHERE organisation_id = ${ORG_KEYS.centralAgency}
      AND valid_from <= ${day}::date AND (valid_to IS NULL OR valid_to >= ${day}::date)
    ORDER BY valid_from DESC LIMIT 1`);
  return rowsOf<{ name: string }>(result)[0]?.name ?? "Cục quản lý khuyến công";
}

/**
 * The first citation of the template's legal basis, as Decree 30 asks (type, number, issuer, subject; the date
 * only where it is confirmed), or null when the reference data does not hold it.
 */
async function legalBasisOf(db: Db, id: string): Promise<string | null> {
  const result = await db.execute(
    sql`SELECT type, number, issuer, title, signed_date AS "signedDate", confidence FROM legal_document WHERE id = ${id}`,
  );
  const doc = rowsOf<{
    type: string;
    number: string;
    issuer: string;
    title: string;
    signedDate: string | null;
    confidence: string;
  }>(result)[0];
  if (!doc) return null;
  const type = legalDocumentTypeLabels[doc.type] ?? "Văn bản";
  const day = doc.signedDate && doc.confidence === "CONFIRMED" ? ` ngày ${formatDate(doc.signedDate)}` : "";
  const subject = doc.title.replace(new RegExp(`^${type}\\s+`, "iu"), "");
  return `${type} số ${doc.number}${day} của ${doc.issuer} ${subject.charAt(0).toLocaleLowerCase("vi")}${subject.slice(1)}`;
}

/**
 * Everything a report's .docx and .xlsx print, read once: the report page the screen shows (cells, checks,
 * narrative, sendings; the row already found in the caller's scope), the numbered tables laid out by the
 * domain, the province and the central agency as they were named, and the document's day: the day it was last
 * sent, or none for a report not yet sent (the clerk fills it in when it is issued).
 */
export async function reportExportData(
  db: Db,
  actor: Actor,
  row: ReportRow,
  template: ReportTemplateVersion,
  now: Date = new Date(),
) {
  const page = await reportPage(db, actor, row, template);
  const documentDay =
    SENT.includes(row.state) && row.lastSubmittedAt ? todayInVietnam(row.lastSubmittedAt) : null;
  const [province, agencyName, legalBasis] = await Promise.all([
    provinceOf(db, row.provinceId),
    agencyNameOn(db, documentDay ?? row.windowTo),
    legalBasisOf(db, template.legalDocumentId),
  ]);
  const stored = new Map(page.cells.map((cell) => [cell.cell, cell]));
  return {
    page,
    template,
    province,
    agencyName,
    legalBasis,
    documentDay,
    draft: !FINAL.includes(row.state),
    tables: reportExportTables(template, stored),
    exportedOn: todayInVietnam(now),
  };
}
