import {
  type ComplaintStatus,
  complaintStatusCodes,
  type ProductGroup,
  productGroupCodes,
  type RecordedCertificateStatus,
  recordedCertificateStatusCodes,
  type SelectionLevel,
  selectionLevelCodes,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { inList, isNfc } from "./checks";
import { at, day, money } from "./columns";
import { establishment } from "./establishments";
import { adminUnit, region } from "./reference";
import { selectionCriterion, selectionEntry, selectionMember, selectionRound } from "./selection";

/*
 * What a round produces: score sheets, complaints, certificates and the holders' yearly reports. Every reference
 * to selection.ts is a callback, so the two files may import each other (selection_entry points back at the
 * lower-level certificate).
 */

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
      .references((): AnyPgColumn => selectionRound.id, { onDelete: "cascade" }),
    entryId: text("entry_id")
      .notNull()
      .references((): AnyPgColumn => selectionEntry.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references((): AnyPgColumn => selectionMember.id),
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
      .references((): AnyPgColumn => selectionCriterion.id),
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
      .references((): AnyPgColumn => selectionRound.id, { onDelete: "cascade" }),
    entryId: text("entry_id").references((): AnyPgColumn => selectionEntry.id),
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

/**
 * Certificates (Appendix 6, S5, S8). The row records VALID or REVOKED; EXPIRED is read from `valid_until` against
 * the day asked about, so no job has to flip rows at midnight on 31 December. `number` is
 * "<sequence>/<year>/CNNT-<LEVEL>[-<issuer>]" (packages/domain certificateNumber), unique; the sequence restarts
 * per level, year and issuer (a province, a region, or the ministry). Province, region, product and business
 * name are copied at issue so the public page and catalogue read one row and a later rename does not change a
 * certificate already printed. `public_id` is the unguessable id of the QR URL.
 */
export const selectionCertificate = pgTable(
  "selection_certificate",
  {
    id: text("id").primaryKey(),
    number: text("number").notNull(),
    sequence: integer("sequence").notNull(),
    issuerKey: text("issuer_key").notNull(),
    level: text("level").$type<SelectionLevel>().notNull(),
    year: integer("year").notNull(),
    roundId: text("round_id")
      .notNull()
      .references((): AnyPgColumn => selectionRound.id),
    entryId: text("entry_id").references((): AnyPgColumn => selectionEntry.id),
    establishmentId: text("establishment_id")
      .notNull()
      .references(() => establishment.id),
    establishmentName: text("establishment_name").notNull(),
    productName: text("product_name").notNull(),
    productGroup: text("product_group").$type<ProductGroup>().notNull(),
    issuedOn: day("issued_on").notNull(),
    validUntil: day("valid_until").notNull(),
    decisionNumber: text("decision_number").notNull(),
    decisionOn: day("decision_on").notNull(),
    decisionSigner: text("decision_signer").notNull(),
    status: text("status").$type<RecordedCertificateStatus>().notNull().default("VALID"),
    revokedOn: day("revoked_on"),
    revokingDecisionNumber: text("revoking_decision_number"),
    revokingDecisionOn: day("revoking_decision_on"),
    revokedReason: text("revoked_reason"),
    publicId: text("public_id").notNull(),
    provinceId: text("province_id").references(() => adminUnit.id),
    regionCode: text("region_code").references(() => region.code),
    searchText: text("search_text").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    uniqueIndex("selection_certificate_number_uq").on(t.number),
    uniqueIndex("selection_certificate_sequence_uq").on(t.level, t.year, t.issuerKey, t.sequence),
    // One certificate per entry; historic certificates (demo counts, imports) may have no entry row.
    uniqueIndex("selection_certificate_entry_uq").on(t.entryId),
    uniqueIndex("selection_certificate_public_id_uq").on(t.publicId),
    index("selection_certificate_establishment_idx").on(t.establishmentId),
    index("selection_certificate_round_idx").on(t.roundId),
    // Public catalogue: trigram search plus the filters, newest first.
    index("selection_certificate_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("selection_certificate_catalogue_idx").on(t.year, t.level, t.productGroup),
    index("selection_certificate_province_idx").on(t.provinceId, t.year),
    index("selection_certificate_region_idx").on(t.regionCode, t.year),
    index("selection_certificate_valid_until_idx").on(t.validUntil),
    check("selection_certificate_level_ck", inList(t.level, selectionLevelCodes)),
    check("selection_certificate_group_ck", inList(t.productGroup, productGroupCodes)),
    check("selection_certificate_status_ck", inList(t.status, recordedCertificateStatusCodes)),
    check("selection_certificate_sequence_ck", sql`${t.sequence} >= 1`),
    check("selection_certificate_names_nfc", sql`${isNfc(t.productName)} AND ${isNfc(t.establishmentName)}`),
    // S5: valid from issue to 31 December of the issue year + 2; the year is the issue year.
    check(
      "selection_certificate_validity_ck",
      sql`${t.year} = extract(year from ${t.issuedOn})::int AND ${t.validUntil} = make_date(${t.year} + 2, 12, 31)`,
    ),
    // S8: a revoked certificate carries its revoking decision; a valid one carries none.
    check(
      "selection_certificate_revoked_ck",
      sql`CASE ${t.status} WHEN 'REVOKED' THEN ${t.revokedOn} IS NOT NULL AND ${t.revokingDecisionNumber} IS NOT NULL AND ${t.revokedOn} >= ${t.issuedOn}
        ELSE ${t.revokedOn} IS NULL AND ${t.revokingDecisionNumber} IS NULL AND ${t.revokingDecisionOn} IS NULL END`,
    ),
  ],
);

/** The holder's annual report (R8) against a certificate: support received and revenue in integer đồng. */
export const certificateHolderReport = pgTable(
  "certificate_holder_report",
  {
    certificateId: text("certificate_id")
      .notNull()
      .references(() => selectionCertificate.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    supportReceived: money("support_received"),
    revenue: money("revenue"),
    notes: text("notes").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    primaryKey({ columns: [t.certificateId, t.year] }),
    check(
      "certificate_holder_report_money_ck",
      sql`(${t.supportReceived} IS NULL OR ${t.supportReceived} >= 0) AND (${t.revenue} IS NULL OR ${t.revenue} >= 0)`,
    ),
  ],
);
