import { type ComplaintStatus, complaintStatusCodes } from "@kc/domain";
import { sql } from "drizzle-orm";
import { check, index, integer, numeric, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { inList, isNfc } from "./checks";
import { at, day } from "./columns";
import { selectionCriterion, selectionMember, selectionRound } from "./selection";
import { selectionEntry } from "./selection-entries";

/* What judging produces: the jurors' score sheets and the complaints after notification. */

/**
 * One juror's sheet for one entry. The points per criterion are rows of `selection_score` (not a jsonb): the
 * database then ties each score to a criterion of the same round and checks it against that criterion's maximum
 * (trigger in the migration), and the summary reads exact numerics with no parsing. `total` is kept with the rows.
 */
export const selectionScoreSheet = pgTable(
  "selection_score_sheet",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => selectionRound.id, { onDelete: "cascade" }),
    entryId: text("entry_id")
      .notNull()
      .references(() => selectionEntry.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references(() => selectionMember.id),
    total: numeric("total", { precision: 7, scale: 2 }).notNull(),
    note: text("note").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("selection_score_sheet_entry_member_uq").on(t.entryId, t.memberId),
    index("selection_score_sheet_member_idx").on(t.roundId, t.memberId),
    check("selection_score_sheet_total_ck", sql`${t.total} >= 0`),
  ],
);

/** The points one sheet gives one criterion (0 ≤ points ≤ the criterion's maximum, two decimals). */
export const selectionScore = pgTable(
  "selection_score",
  {
    sheetId: text("sheet_id")
      .notNull()
      .references(() => selectionScoreSheet.id, { onDelete: "cascade" }),
    criterionId: text("criterion_id")
      .notNull()
      .references(() => selectionCriterion.id),
    points: numeric("points", { precision: 6, scale: 2 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sheetId, t.criterionId] }),
    check("selection_score_points_ck", sql`${t.points} >= 0`),
  ],
);

/** Complaints after notification (S6): due on is computed from the working-day calendar when received. */
export const selectionComplaint = pgTable(
  "selection_complaint",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => selectionRound.id, { onDelete: "cascade" }),
    entryId: text("entry_id").references(() => selectionEntry.id),
    filedOn: day("filed_on").notNull(),
    filedByName: text("filed_by_name").notNull(),
    content: text("content").notNull(),
    receivedOn: day("received_on").notNull(),
    dueOn: day("due_on").notNull(),
    status: text("status").$type<ComplaintStatus>().notNull().default("OPEN"),
    resolution: text("resolution").notNull().default(""),
    resolvedOn: day("resolved_on"),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("selection_complaint_round_idx").on(t.roundId, t.status),
    check("selection_complaint_status_ck", inList(t.status, complaintStatusCodes)),
    check("selection_complaint_name_nfc", isNfc(t.filedByName)),
    check(
      "selection_complaint_dates_ck",
      sql`${t.receivedOn} >= ${t.filedOn} AND ${t.dueOn} >= ${t.receivedOn}`,
    ),
    check(
      "selection_complaint_resolved_ck",
      sql`(${t.status} = 'OPEN') = (${t.resolvedOn} IS NULL) AND (${t.resolvedOn} IS NULL OR ${t.resolvedOn} >= ${t.receivedOn})`,
    ),
  ],
);
