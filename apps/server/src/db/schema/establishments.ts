import { type EstablishmentStatus, establishmentStatusCodes } from "@kc/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  bit,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { inList, isNfc } from "./checks";
import { bytea } from "./columns";
import { adminUnit } from "./reference";

/**
 * Establishments (cơ sở CNNT, DOMAIN.md §9.1). `province_id` is the province of the registered commune and is
 * the tenant column every query filters on. The eligibility verdict is evaluated by packages/domain at each
 * write and stored with its rule-set version, so lists can filter on it and the basis used stays on record.
 */
export const establishment = pgTable(
  "establishment",
  {
    id: text("id").primaryKey(),
    provinceId: text("province_id")
      .notNull()
      .references(() => adminUnit.id),
    communeId: text("commune_id")
      .notNull()
      .references(() => adminUnit.id),
    addressText: text("address_text").notNull().default(""),
    name: text("name").notNull(),
    legalForm: text("legal_form").notNull(),
    subjectClass: text("subject_class").notNull(),
    taxCode: text("tax_code"),
    businessRegNo: text("business_reg_no"),
    ownerName: text("owner_name"),
    industries: text("industries").array().notNull(),
    vsicCodes: text("vsic_codes").array().notNull().default(sql`'{}'::text[]`),
    mainProducts: text("main_products").notNull().default(""),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    searchText: text("search_text").notNull(),
    sortKey: text("sort_key").notNull(),
    eligibilityVerdict: text("eligibility_verdict").notNull(),
    eligibilityEvaluatedOn: date("eligibility_evaluated_on", { mode: "string" }).notNull(),
    hasSupport: boolean("has_support").notNull().default(false),
    status: text("status").$type<EstablishmentStatus>().notNull().default("ACTIVE"),
    importBatchId: text("import_batch_id"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    uniqueIndex("establishment_tax_code_uq").on(t.taxCode).where(sql`${t.taxCode} is not null`),
    // The list's default order, nationally and in one province. Migration 0005 adds INCLUDE (legal_form,
    // commune_id, eligibility_verdict, has_support, search_text) by hand (drizzle-kit cannot express INCLUDE), so
    // a page is read in order from the index alone, the filters and the search tested on the index tuples, and
    // only the 50 rows shown are fetched from the table (docs/decisions/0005-list-search-and-counts.md).
    index("establishment_list_idx").on(t.status, t.sortKey, t.id),
    index("establishment_province_list_idx").on(t.provinceId, t.status, t.sortKey, t.id),
    index("establishment_province_updated_idx").on(t.provinceId, t.status, t.updatedAt),
    index("establishment_commune_idx").on(t.communeId),
    index("establishment_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("establishment_industries_idx").using("gin", t.industries),
    check("establishment_name_nfc", isNfc(t.name)),
    check("establishment_status_ck", inList(t.status, establishmentStatusCodes)),
    // Keeps an index tuple of the covering list indexes (which include search_text) well under the 8 kB page.
    check("establishment_search_text_len_ck", sql`octet_length(${t.searchText}) <= 1500`),
  ],
);

/**
 * A skip index for searches in name order (docs/decisions/0008-search-blocks.md): the register cut into ranges of
 * the name order, each with a 8,192-bit signature of every 3-character piece of its rows' search texts. A search
 * reads only the ranges whose signature holds every piece of the query, so a word that is common but clustered in
 * the order ("thêu" in "Hộ kinh doanh thêu …") does not walk the thousands of names before it. Kept by trigger
 * (migration 0012): bits are only ever set, so a range may claim more than its rows hold (a wasted read), never
 * less (a lost match).
 */
export const establishmentSearchBlock = pgTable("establishment_search_block", {
  /** The range holds the rows with first_key <= sort_key < the next block's first_key; the first block's is ''. */
  firstKey: text("first_key").primaryKey(),
  bits: bit("bits", { dimensions: 8192 }).notNull(),
});

/**
 * The stored eligibility evaluation (rules, reasons, priority flags, rule-set version) of an establishment, one row
 * each. Kept beside the register rather than in it: at about 1.1 kB it was two thirds of every register row, and
 * every list search that reads rows read it too (docs/decisions/0005-list-search-and-counts.md).
 */
export const establishmentEligibility = pgTable("establishment_eligibility", {
  establishmentId: text("establishment_id")
    .primaryKey()
    .references(() => establishment.id, { onDelete: "cascade" }),
  document: jsonb("document").notNull(),
});

export const establishmentSite = pgTable(
  "establishment_site",
  {
    id: serial("id").primaryKey(),
    establishmentId: text("establishment_id")
      .notNull()
      .references(() => establishment.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    communeId: text("commune_id")
      .notNull()
      .references(() => adminUnit.id),
    addressText: text("address_text").notNull().default(""),
  },
  (t) => [index("establishment_site_establishment_idx").on(t.establishmentId)],
);

/** Figures by year (DOMAIN.md §9.1 EstablishmentYearData): money in integer đồng. */
export const establishmentYearData = pgTable(
  "establishment_year_data",
  {
    establishmentId: text("establishment_id")
      .notNull()
      .references(() => establishment.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    employees: integer("employees"),
    totalCapital: bigint("total_capital", { mode: "bigint" }),
    totalAssets: bigint("total_assets", { mode: "bigint" }),
    revenue: bigint("revenue", { mode: "bigint" }),
    localMaterialSharePct: numeric("local_material_share_pct", { precision: 5, scale: 2 }),
    hasExportContract: boolean("has_export_contract"),
    cnhtProduct: boolean("cnht_product"),
  },
  (t) => [
    primaryKey({ columns: [t.establishmentId, t.year] }),
    check(
      "establishment_year_data_share_ck",
      sql`${t.localMaterialSharePct} IS NULL OR (${t.localMaterialSharePct} >= 0 AND ${t.localMaterialSharePct} <= 100)`,
    ),
    check("establishment_year_data_employees_ck", sql`${t.employees} IS NULL OR ${t.employees} >= 0`),
  ],
);

/** Effective-dated attributes of administrative units used by eligibility rules (DOMAIN.md §9.1, §7.3 item 6). */
export const adminUnitAttribute = pgTable(
  "admin_unit_attribute",
  {
    id: serial("id").primaryKey(),
    unitId: text("unit_id")
      .notNull()
      .references(() => adminUnit.id),
    attr: text("attr").notNull(),
    value: text("value").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    source: text("source"),
  },
  (t) => [index("admin_unit_attribute_unit_idx").on(t.unitId, t.attr)],
);

/** Long work (imports, exports) as jobs with progress, so the UI can show a bar (DESIGN.md). */
export const job = pgTable(
  "job",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    status: text("status").notNull(),
    progressDone: integer("progress_done").notNull().default(0),
    progressTotal: integer("progress_total").notNull().default(0),
    params: jsonb("params").notNull(),
    result: jsonb("result"),
    error: jsonb("error"),
    provinceId: text("province_id"),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    /** What the handler needs to run the job in any process (the actor, the request's meta, the module's inputs). */
    payload: jsonb("payload"),
    /** Same key while QUEUED or RUNNING: the same file sent twice is one job (decision 0020). */
    dedupeKey: text("dedupe_key"),
    /** Runs taken so far; an interrupted or crashed run is retried until `max_attempts`. */
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(2),
    /** Not taken before this instant (a retry waits a little). */
    availableAt: timestamp("available_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** The process running the job, and its last sign of life (PostgreSQL; decision 0020). */
    lockedBy: text("locked_by"),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true, mode: "date" }),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("job_created_by_idx").on(t.createdBy, t.createdAt),
    index("job_queued_idx").on(t.availableAt).where(sql`status = 'QUEUED'`),
    index("job_running_idx").on(t.heartbeatAt).where(sql`status = 'RUNNING'`),
    uniqueIndex("job_dedupe_uq").on(t.dedupeKey).where(sql`status IN ('QUEUED', 'RUNNING')`),
  ],
);

/** The uploaded file of a job, where every process can read it; deleted when the job ends. */
export const jobFile = pgTable("job_file", {
  jobId: text("job_id")
    .primaryKey()
    .references(() => job.id, { onDelete: "cascade" }),
  content: bytea("content").notNull(),
});

/**
 * One committed import: written in the same transaction as its rows, keyed by the file's SHA-256, so the same file
 * cannot be imported twice and a killed import leaves neither rows nor a batch.
 */
export const importBatch = pgTable(
  "import_batch",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    fileSha256: text("file_sha256").notNull(),
    fileName: text("file_name").notNull(),
    provinceId: text("province_id"),
    rows: integer("rows").notNull(),
    created: integer("created").notNull(),
    updated: integer("updated").notNull(),
    jobId: text("job_id"),
    committedBy: text("committed_by").notNull(),
    committedAt: timestamp("committed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("import_batch_file_uq").on(t.kind, t.fileSha256)],
);
