import {
  type BrandStatus,
  brandStatusCodes,
  type FairDocumentKind,
  type FairKind,
  type FairLevel,
  type FairStatus,
  fairDocumentKindCodes,
  fairKindCodes,
  fairLevelCodes,
  fairStatusCodes,
  type MarkKind,
  markKindCodes,
  type ShowroomKind,
  showroomKindCodes,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { inList, isNfc } from "./checks";
import { at, day, money } from "./columns";
import { establishment } from "./establishments";
import { project, storedFile, supportNormSet } from "./projects";
import { adminUnit, organisation } from "./reference";

/**
 * Trade promotion (issue 15, DOMAIN §5, §8.2): fairs, participations (lượt tham gia), showrooms and brand support.
 * `province_id` is the tenant column of every table. Counts keep their meaning (§9.7 Q4): a participation is one
 * establishment at one fair; booths are whole standard booths plus shared booths counted once by their key.
 */
export const fair = pgTable(
  "fair",
  {
    id: text("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    level: text("level").$type<FairLevel>().notNull(),
    kind: text("kind").$type<FairKind>().notNull(),
    hostOrgId: text("host_org_id").references(() => organisation.id),
    hostName: text("host_name").notNull(),
    organiserOrgId: text("organiser_org_id").references(() => organisation.id),
    organiserName: text("organiser_name").notNull(),
    /** Domestic fairs: the province or commune as it was on the start date (dated admin unit). */
    venueUnitId: text("venue_unit_id").references(() => adminUnit.id),
    /**
     * The venue's province (the unit itself, or a commune's parent), kept by a trigger on every write of the venue,
     * so the region and province filters read a column of the list index instead of joining the unit for each fair.
     */
    venueProvinceId: text("venue_province_id").references(() => adminUnit.id),
    /** Fairs abroad: ISO 3166-1 alpha-2 country and the city as written. */
    venueCountryCode: text("venue_country_code"),
    venueCity: text("venue_city"),
    venueText: text("venue_text").notNull().default(""),
    startDate: day("start_date").notNull(),
    endDate: day("end_date").notNull(),
    /** Start year, for the list and summary indexes. */
    year: integer("year").notNull(),
    plannedBooths: integer("planned_booths").notNull().default(0),
    actualBooths: integer("actual_booths"),
    boothPrice: money("booth_price"),
    fundingProjectId: text("funding_project_id").references(() => project.id),
    status: text("status").$type<FairStatus>().notNull().default("PLANNED"),
    statusChangedAt: at("status_changed_at").notNull().defaultNow(),
    cancelReason: text("cancel_reason"),
    /** The province whose DoIT/centre records the fair; null for the central agency's fairs (national scope). */
    provinceId: text("province_id").references(() => adminUnit.id),
    // Counters kept by the participation write use cases in the same transaction, so lists never sum raw rows.
    // Distinct establishments of one fair equal its participations (one row per fair × establishment).
    participationCount: integer("participation_count").notNull().default(0),
    boothsTaken: integer("booths_taken").notNull().default(0),
    supportTotal: money("support_total").notNull().default(sql`0`),
    searchText: text("search_text").notNull(),
    sortKey: text("sort_key").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
  },
  (t) => [
    uniqueIndex("fair_code_uq").on(t.code),
    // NULLS FIRST as `ORDER BY year DESC` sorts, so the list can walk it (NULLS LAST cannot serve that order).
    index("fair_list_idx").on(t.year.desc().nullsFirst(), t.code),
    index("fair_province_list_idx").on(t.provinceId, t.year, t.code),
    index("fair_host_list_idx").on(t.hostOrgId, t.year.desc().nullsFirst(), t.code),
    index("fair_level_list_idx").on(t.level, t.year),
    index("fair_start_idx").on(t.startDate),
    index("fair_funding_project_idx").on(t.fundingProjectId),
    index("fair_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("fair_name_nfc", isNfc(t.name)),
    check("fair_codes_ck", sql`${inList(t.level, fairLevelCodes)} AND ${inList(t.kind, fairKindCodes)}`),
    check("fair_status_ck", inList(t.status, fairStatusCodes)),
    check("fair_dates_ck", sql`${t.endDate} >= ${t.startDate}`),
    check(
      "fair_venue_ck",
      sql`(${t.level} = 'ABROAD' AND ${t.venueUnitId} IS NULL AND ${t.venueCountryCode} ~ '^[A-Z]{2}$' AND ${t.venueCountryCode} <> 'VN' AND ${t.venueCity} IS NOT NULL) OR (${t.level} <> 'ABROAD' AND ${t.venueUnitId} IS NOT NULL AND ${t.venueCountryCode} IS NULL AND ${t.venueCity} IS NULL)`,
    ),
    check(
      "fair_numbers_ck",
      sql`${t.plannedBooths} >= 0 AND (${t.actualBooths} IS NULL OR ${t.actualBooths} >= 0) AND (${t.boothPrice} IS NULL OR ${t.boothPrice} >= 0) AND ${t.participationCount} >= 0 AND ${t.boothsTaken} >= 0 AND ${t.supportTotal} >= 0`,
    ),
    check("fair_cancel_ck", sql`(${t.status} = 'CANCELLED') = (${t.cancelReason} IS NOT NULL)`),
  ],
);

/** Plan, decision, the host's confirmed list: register fields and the file, stored like project documents. */
export const fairDocument = pgTable(
  "fair_document",
  {
    id: text("id").primaryKey(),
    fairId: text("fair_id")
      .notNull()
      .references(() => fair.id, { onDelete: "cascade" }),
    kind: text("kind").$type<FairDocumentKind>().notNull(),
    number: text("number"),
    issuedOn: day("issued_on"),
    signer: text("signer"),
    title: text("title").notNull().default(""),
    fileId: text("file_id").references(() => storedFile.id),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("fair_document_fair_idx").on(t.fairId, t.kind),
    check("fair_document_kind_ck", inList(t.kind, fairDocumentKindCodes)),
  ],
);

/**
 * One establishment at one fair. Booths: `whole_booths` standard booths it rents alone, and/or a share of one
 * physical shared booth named by `shared_booth_key` (unique within the fair), so BOOTHS = Σ whole_booths + the
 * number of distinct shared keys and a shared booth is never counted twice. Support is capped by d2 (domestic:
 * share of booth rent) or đ (abroad: listed costs up to the approved price), the norm recorded with the row.
 */
export const fairParticipation = pgTable(
  "fair_participation",
  {
    id: text("id").primaryKey(),
    fairId: text("fair_id")
      .notNull()
      .references(() => fair.id),
    establishmentId: text("establishment_id")
      .notNull()
      .references(() => establishment.id),
    /** The establishment's province on the fair's start date (tenant column; counts by home province). */
    provinceId: text("province_id")
      .notNull()
      .references(() => adminUnit.id),
    /** Copied from the fair (level ABROAD) and its start year, for E10 and the counts without a join. */
    abroad: boolean("abroad").notNull(),
    year: integer("year").notNull(),
    wholeBooths: integer("whole_booths").notNull().default(0),
    sharedBoothKey: text("shared_booth_key"),
    /** This participant's share of the shared booth's rent, in basis points. */
    sharedBoothShareBps: integer("shared_booth_share_bps"),
    boothRent: money("booth_rent").notNull(),
    /** Abroad only: the other listed costs of norm đ (design, construction, decoration…). */
    otherListedCosts: money("other_listed_costs").notNull().default(sql`0`),
    /** Abroad only: the bid or approved price that caps norm đ. */
    approvedPrice: money("approved_price"),
    supportShareBps: integer("support_share_bps").notNull(),
    supportAmount: money("support_amount").notNull(),
    normSetId: text("norm_set_id").references(() => supportNormSet.id),
    normCode: text("norm_code"),
    payingProjectId: text("paying_project_id").references(() => project.id),
    productsShown: text("products_shown").notNull().default(""),
    // Reported after the fair.
    sales: money("sales"),
    contractsSigned: integer("contracts_signed"),
    contractsValue: money("contracts_value"),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
  },
  (t) => [
    uniqueIndex("fair_participation_pair_uq").on(t.fairId, t.establishmentId),
    index("fair_participation_establishment_idx").on(t.establishmentId, t.year),
    index("fair_participation_province_idx").on(t.provinceId, t.year),
    index("fair_participation_project_idx").on(t.payingProjectId),
    index("fair_participation_shared_booth_idx").on(t.fairId, t.sharedBoothKey),
    check(
      "fair_participation_booths_ck",
      sql`${t.wholeBooths} >= 0 AND (${t.wholeBooths} > 0 OR ${t.sharedBoothKey} IS NOT NULL) AND (${t.sharedBoothKey} IS NULL) = (${t.sharedBoothShareBps} IS NULL) AND (${t.sharedBoothShareBps} IS NULL OR (${t.sharedBoothShareBps} > 0 AND ${t.sharedBoothShareBps} <= 10000))`,
    ),
    check(
      "fair_participation_money_ck",
      sql`${t.boothRent} >= 0 AND ${t.otherListedCosts} >= 0 AND (${t.abroad} OR ${t.otherListedCosts} = 0) AND (${t.approvedPrice} IS NULL OR ${t.approvedPrice} >= 0) AND ${t.supportShareBps} >= 0 AND ${t.supportShareBps} <= 10000 AND ${t.supportAmount} >= 0 AND ${t.supportAmount} <= ${t.boothRent} + ${t.otherListedCosts} AND (${t.approvedPrice} IS NULL OR ${t.supportAmount} <= ${t.approvedPrice})`,
    ),
    check(
      "fair_participation_results_ck",
      sql`(${t.sales} IS NULL OR ${t.sales} >= 0) AND (${t.contractsSigned} IS NULL OR ${t.contractsSigned} >= 0) AND (${t.contractsValue} IS NULL OR ${t.contractsValue} >= 0)`,
    ),
  ],
);

/** Showrooms and product introduction points, at a KC centre or at an establishment (SHOWROOMS). */
export const showroom = pgTable(
  "showroom",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind").$type<ShowroomKind>().notNull(),
    centreOrgId: text("centre_org_id").references(() => organisation.id),
    establishmentId: text("establishment_id").references(() => establishment.id),
    provinceId: text("province_id")
      .notNull()
      .references(() => adminUnit.id),
    /** The commune as it was on the opening date. */
    communeId: text("commune_id").references(() => adminUnit.id),
    addressText: text("address_text").notNull().default(""),
    productsShown: text("products_shown").notNull().default(""),
    openedOn: day("opened_on").notNull(),
    closedOn: day("closed_on"),
    /** Opening year, for the counts. */
    year: integer("year").notNull(),
    fundingProjectId: text("funding_project_id").references(() => project.id),
    supportAmount: money("support_amount").notNull().default(sql`0`),
    normSetId: text("norm_set_id").references(() => supportNormSet.id),
    normCode: text("norm_code"),
    searchText: text("search_text").notNull(),
    sortKey: text("sort_key").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
  },
  (t) => [
    index("showroom_province_idx").on(t.provinceId, t.year),
    index("showroom_establishment_idx").on(t.establishmentId),
    index("showroom_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("showroom_name_nfc", isNfc(t.name)),
    check("showroom_kind_ck", inList(t.kind, showroomKindCodes)),
    check(
      "showroom_owner_ck",
      sql`(${t.kind} = 'AT_CENTRE' AND ${t.centreOrgId} IS NOT NULL AND ${t.establishmentId} IS NULL) OR (${t.kind} = 'AT_ESTABLISHMENT' AND ${t.establishmentId} IS NOT NULL AND ${t.centreOrgId} IS NULL)`,
    ),
    check(
      "showroom_numbers_ck",
      sql`${t.supportAmount} >= 0 AND (${t.closedOn} IS NULL OR ${t.closedOn} >= ${t.openedOn})`,
    ),
  ],
);

/**
 * Brand and trademark support (norm h). The holder is one establishment, or a collective named as recorded with
 * its member establishments (a collective or certification mark is held by an association or cooperative that
 * need not be in the registry). BRANDS counts rows, one per brand.
 */
export const brandSupport = pgTable(
  "brand_support",
  {
    id: text("id").primaryKey(),
    brandName: text("brand_name").notNull(),
    markKind: text("mark_kind").$type<MarkKind>().notNull(),
    establishmentId: text("establishment_id").references(() => establishment.id),
    collectiveName: text("collective_name"),
    memberEstablishmentIds: text("member_establishment_ids").array().notNull().default(sql`'{}'::text[]`),
    provinceId: text("province_id")
      .notNull()
      .references(() => adminUnit.id),
    applicationNumber: text("application_number"),
    applicationDate: day("application_date"),
    registrationNumber: text("registration_number"),
    registrationDate: day("registration_date"),
    /** Year the support was given, for the counts (the application year, or the registration year). */
    year: integer("year").notNull(),
    cost: money("cost").notNull(),
    supportAmount: money("support_amount").notNull(),
    normSetId: text("norm_set_id").references(() => supportNormSet.id),
    normCode: text("norm_code"),
    projectId: text("project_id").references(() => project.id),
    status: text("status").$type<BrandStatus>().notNull().default("APPLIED"),
    searchText: text("search_text").notNull(),
    sortKey: text("sort_key").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
  },
  (t) => [
    index("brand_support_province_idx").on(t.provinceId, t.year),
    index("brand_support_establishment_idx").on(t.establishmentId),
    index("brand_support_members_idx").using("gin", t.memberEstablishmentIds),
    index("brand_support_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("brand_support_name_nfc", isNfc(t.brandName)),
    check(
      "brand_support_codes_ck",
      sql`${inList(t.markKind, markKindCodes)} AND ${inList(t.status, brandStatusCodes)}`,
    ),
    check(
      "brand_support_holder_ck",
      sql`(${t.establishmentId} IS NOT NULL AND ${t.collectiveName} IS NULL AND cardinality(${t.memberEstablishmentIds}) = 0) OR (${t.establishmentId} IS NULL AND ${t.collectiveName} IS NOT NULL)`,
    ),
    check(
      "brand_support_money_ck",
      sql`${t.cost} >= 0 AND ${t.supportAmount} >= 0 AND ${t.supportAmount} <= ${t.cost}`,
    ),
    check(
      "brand_support_dates_ck",
      sql`(${t.registrationDate} IS NULL OR ${t.applicationDate} IS NULL OR ${t.registrationDate} >= ${t.applicationDate}) AND (${t.status} <> 'REGISTERED' OR (${t.registrationNumber} IS NOT NULL AND ${t.registrationDate} IS NOT NULL))`,
    ),
  ],
);
