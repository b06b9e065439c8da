import { check, index, pgTable, text } from "drizzle-orm/pg-core";
import { isNfc } from "./checks";
import { at } from "./columns";
import { storedFile } from "./projects";
import { periodicReport } from "./reports";

/**
 * Files attached to a province's periodic report (issue 17 item 2): the signed scanned report, annex tables,
 * photos. The bytes live in `stored_file` like every document; this row ties one file to one report, with an
 * optional note. Rows change only while the report is with the province (DRAFT, RETURNED); each submission's
 * snapshot records the names and digests of the files sent with it.
 */
export const reportAttachment = pgTable(
  "report_attachment",
  {
    id: text("id").primaryKey(),
    reportId: text("report_id")
      .notNull()
      .references(() => periodicReport.id, { onDelete: "cascade" }),
    fileId: text("file_id")
      .notNull()
      .references(() => storedFile.id),
    /** What the file is ("Báo cáo có chữ ký, đóng dấu", "Phụ lục 2"), empty when the name says it. */
    description: text("description").notNull().default(""),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("report_attachment_report_idx").on(t.reportId, t.createdAt),
    check("report_attachment_description_nfc", isNfc(t.description)),
  ],
);
