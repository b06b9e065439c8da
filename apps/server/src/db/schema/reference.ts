import type { AdminUnitKind } from "@kc/domain";
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { isNfc } from "./checks";

/** Dated reference data (DOMAIN.md §6, §7, §9.1). Rows are never renamed in place: a change is a new row. */

const dated = {
  validFrom: date("valid_from", { mode: "string" }).notNull(),
  validTo: date("valid_to", { mode: "string" }),
};

export const legalDocument = pgTable(
  "legal_document",
  {
    id: text("id").primaryKey(),
    number: text("number").notNull(),
    type: text("type").notNull(),
    issuer: text("issuer").notNull(),
    title: text("title").notNull(),
    signedDate: date("signed_date", { mode: "string" }),
    effectiveDate: date("effective_date", { mode: "string" }),
    expiryDate: date("expiry_date", { mode: "string" }),
    status: text("status").notNull(),
    confidence: text("confidence").notNull(),
    note: text("note"),
    replacesIds: text("replaces_ids").array().notNull().default(sql`'{}'::text[]`),
    amendsIds: text("amends_ids").array().notNull().default(sql`'{}'::text[]`),
    searchText: text("search_text").notNull(),
  },
  (t) => [index("legal_document_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`)],
);

export const adminUnit = pgTable(
  "admin_unit",
  {
    id: text("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    level: text("level").notNull(),
    kind: text("kind").$type<AdminUnitKind>().notNull(),
    parentId: text("parent_id"),
    ...dated,
    legalBasisId: text("legal_basis_id").references(() => legalDocument.id),
    searchText: text("search_text").notNull(),
    sortKey: text("sort_key").notNull(),
    source: text("source").notNull().default("SEED"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("admin_unit_level_dates_idx").on(t.level, t.validFrom, t.validTo),
    index("admin_unit_parent_idx").on(t.parentId, t.level),
    index("admin_unit_code_idx").on(t.code),
    index("admin_unit_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("admin_unit_name_nfc", isNfc(t.name)),
    check("admin_unit_dates_ck", sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

export const adminUnitSuccession = pgTable(
  "admin_unit_succession",
  {
    id: serial("id").primaryKey(),
    predecessorId: text("predecessor_id")
      .notNull()
      .references(() => adminUnit.id),
    successorId: text("successor_id")
      .notNull()
      .references(() => adminUnit.id),
    effectiveDate: date("effective_date", { mode: "string" }).notNull(),
    kind: text("kind").notNull(),
    legalBasisId: text("legal_basis_id").references(() => legalDocument.id),
  },
  (t) => [
    unique("admin_unit_succession_pair_uq").on(t.predecessorId, t.successorId),
    index("admin_unit_succession_successor_idx").on(t.successorId),
  ],
);

export const region = pgTable("region", {
  code: text("code").primaryKey(),
  labelVi: text("label_vi").notNull(),
  labelEn: text("label_en").notNull(),
});

export const regionMembership = pgTable(
  "region_membership",
  {
    id: serial("id").primaryKey(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    provinceId: text("province_id")
      .notNull()
      .references(() => adminUnit.id),
    ...dated,
    legalBasisId: text("legal_basis_id").references(() => legalDocument.id),
    confidence: text("confidence").notNull(),
  },
  (t) => [unique("region_membership_uq").on(t.provinceId, t.validFrom)],
);

export const organisation = pgTable(
  "organisation",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    adminUnitId: text("admin_unit_id").references(() => adminUnit.id),
    regionCode: text("region_code"),
    parentId: text("parent_id"),
    ...dated,
    successorId: text("successor_id"),
  },
  (t) => [index("organisation_unit_idx").on(t.adminUnitId)],
);

export const organisationName = pgTable(
  "organisation_name",
  {
    id: serial("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisation.id),
    name: text("name").notNull(),
    shortName: text("short_name"),
    ...dated,
    legalBasisId: text("legal_basis_id").references(() => legalDocument.id),
    confidence: text("confidence").notNull(),
    searchText: text("search_text").notNull(),
  },
  (t) => [
    unique("organisation_name_uq").on(t.organisationId, t.validFrom),
    index("organisation_name_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("organisation_name_nfc", isNfc(t.name)),
  ],
);

export const catalogueEntry = pgTable(
  "catalogue_entry",
  {
    kind: text("kind").notNull(),
    code: text("code").notNull(),
    labelVi: text("label_vi").notNull(),
    labelEn: text("label_en").notNull(),
    ...dated,
    legalBasisId: text("legal_basis_id").references(() => legalDocument.id),
    sortOrder: integer("sort_order").notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.code] })],
);

/** Small key/value facts about the database itself, e.g. the fingerprint of the loaded reference data. */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
