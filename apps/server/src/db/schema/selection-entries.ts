import {
  type EntryDocumentKind,
  type EntryStatus,
  entryDocumentKindCodes,
  entryStatusCodes,
  type PhotoAngle,
  type ProductGroup,
  photoAngleCodes,
  photoMediaTypes,
  productGroupCodes,
  type RecordedCertificateStatus,
  recordedCertificateStatusCodes,
  type SelectionLevel,
  selectionLevelCodes,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { inList, isNfc } from "./checks";
import { at, bytea, day, money } from "./columns";
import { establishment } from "./establishments";
import { storedFile } from "./projects";
import { adminUnit, region } from "./reference";
import { selectionRound } from "./selection";

/*
 * What enters a selection round and what it certifies: entries with their photos and dossier, certificates and
 * the holders' yearly reports. Entries and certificates share this file because each points at the other (an
 * entry at the lower-level certificate it relies on, a certificate at the entry it honours).
 */
/**
 * An establishment's product (or product set) in a round. The eligibility verdict is stored as evaluated at the
 * round date, with the rule version and reasons, so a later registry change does not rewrite a past round. The
 * mean score and rank are written by the summary step from stored sheets only.
 */
export const selectionEntry = pgTable(
  "selection_entry",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => selectionRound.id, { onDelete: "cascade" }),
    establishmentId: text("establishment_id")
      .notNull()
      .references(() => establishment.id),
    /** The establishment's province when it entered (regional and national rounds are read per province). */
    provinceId: text("province_id").references(() => adminUnit.id),
    productName: text("product_name").notNull(),
    /** Folded product name (no diacritics, lower case, single spaces): one entry per product and round. */
    productNameFolded: text("product_name_folded").notNull(),
    isSet: boolean("is_set").notNull().default(false),
    productGroup: text("product_group").$type<ProductGroup>().notNull(),
    description: text("description").notNull().default(""),
    eligibilityResult: text("eligibility_result"),
    eligibilityRuleVersion: text("eligibility_rule_version"),
    eligibilityReasons: jsonb("eligibility_reasons").notNull().default(sql`'[]'::jsonb`),
    eligibilityCheckedOn: day("eligibility_checked_on"),
    lowerCertificateId: text("lower_certificate_id").references((): AnyPgColumn => selectionCertificate.id),
    recommendationText: text("recommendation_text"),
    nominatedFromRoundId: text("nominated_from_round_id").references((): AnyPgColumn => selectionRound.id),
    status: text("status").$type<EntryStatus>().notNull().default("REGISTERED"),
    meanScore: numeric("mean_score", { precision: 9, scale: 4 }),
    rank: integer("rank"),
    proposed: boolean("proposed").notNull().default(false),
    searchText: text("search_text").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    uniqueIndex("selection_entry_product_uq").on(t.roundId, t.establishmentId, t.productNameFolded),
    index("selection_entry_round_idx").on(t.roundId, t.status),
    index("selection_entry_establishment_idx").on(t.establishmentId),
    index("selection_entry_lower_certificate_idx").on(t.lowerCertificateId),
    index("selection_entry_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("selection_entry_product_nfc", isNfc(t.productName)),
    check("selection_entry_group_ck", inList(t.productGroup, productGroupCodes)),
    check("selection_entry_status_ck", inList(t.status, entryStatusCodes)),
    check("selection_entry_rank_ck", sql`${t.rank} IS NULL OR ${t.rank} >= 1`),
    check("selection_entry_mean_ck", sql`${t.meanScore} IS NULL OR ${t.meanScore} >= 0`),
  ],
);

/** The three photos of an entry, checked and resized on upload; the thumbnail is what lists and the catalogue serve. */
export const selectionEntryPhoto = pgTable(
  "selection_entry_photo",
  {
    id: text("id").primaryKey(),
    entryId: text("entry_id")
      .notNull()
      .references(() => selectionEntry.id, { onDelete: "cascade" }),
    angle: text("angle").$type<PhotoAngle>().notNull(),
    mediaType: text("media_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    original: bytea("original").notNull(),
    thumbnail: bytea("thumbnail").notNull(),
    thumbnailMediaType: text("thumbnail_media_type").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    uniqueIndex("selection_entry_photo_angle_uq").on(t.entryId, t.angle),
    check("selection_entry_photo_angle_ck", inList(t.angle, photoAngleCodes)),
    check("selection_entry_photo_type_ck", inList(t.mediaType, photoMediaTypes)),
    check("selection_entry_photo_size_ck", sql`${t.width} > 0 AND ${t.height} > 0 AND ${t.size} > 0`),
  ],
);

/** Dossier documents of an entry (Art. 12), files kept as projects keep theirs. */
export const selectionEntryDocument = pgTable(
  "selection_entry_document",
  {
    id: text("id").primaryKey(),
    entryId: text("entry_id")
      .notNull()
      .references(() => selectionEntry.id, { onDelete: "cascade" }),
    kind: text("kind").$type<EntryDocumentKind>().notNull(),
    name: text("name").notNull(),
    number: text("number"),
    issuedOn: day("issued_on"),
    fileId: text("file_id").references(() => storedFile.id),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("selection_entry_document_entry_idx").on(t.entryId),
    check("selection_entry_document_kind_ck", inList(t.kind, entryDocumentKindCodes)),
    check("selection_entry_document_name_nfc", isNfc(t.name)),
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
    // The catalogue order (NULLS FIRST as ORDER BY ... DESC sorts, or no order can walk it), for its bounded count.
    index("selection_certificate_order_idx").on(
      t.year.desc().nullsFirst(),
      t.issuedOn.desc().nullsFirst(),
      t.number,
    ),
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
