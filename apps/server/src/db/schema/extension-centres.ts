import type { ConsultingContractState, RegionCode } from "@kc/domain";
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { isNfc } from "./checks";
import { at, day, money } from "./columns";
import { establishment } from "./establishments";
import { storedFile } from "./projects";
import { adminUnit, organisation } from "./reference";

/**
 * Extension centres (issue 17 item 6, DOMAIN §3.7, §6.2, §9.7 Q6). The centres themselves are organisations of the
 * catalogue (TT_KHUYEN_CONG_TINH under their DoIT, TT_KHUYEN_CONG_VUNG under the central agency), dated across
 * the 2025 merger; these tables hold what is recorded about them. `province_id` is the tenant column: the centre's
 * province as it was (a former province for a centre closed in 2025), null for the regional centres.
 */
export const staffingSnapshot = pgTable(
  "staffing_snapshot",
  {
    id: text("id").primaryKey(),
    centreOrgId: text("centre_org_id")
      .notNull()
      .references(() => organisation.id),
    provinceId: text("province_id").references(() => adminUnit.id),
    asOf: day("as_of").notNull(),
    total: integer("total").notNull(),
    permanent: integer("permanent"),
    contract: integer("contract"),
    partTime: integer("part_time"),
    collaborators: integer("collaborators"),
    note: text("note").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
  },
  (t) => [
    uniqueIndex("staffing_snapshot_centre_day_uq").on(t.centreOrgId, t.asOf),
    index("staffing_snapshot_province_idx").on(t.provinceId, t.asOf),
    // The domain rule again in the database: no part above the total, the parts together within it.
    check(
      "staffing_snapshot_parts_ck",
      sql`${t.total} >= 0 AND coalesce(${t.permanent}, 0) >= 0 AND coalesce(${t.contract}, 0) >= 0
        AND coalesce(${t.partTime}, 0) >= 0 AND coalesce(${t.collaborators}, 0) >= 0
        AND coalesce(${t.permanent}, 0) + coalesce(${t.contract}, 0) + coalesce(${t.partTime}, 0) <= ${t.total}`,
    ),
    check("staffing_snapshot_note_nfc", isNfc(t.note)),
  ],
);

/** A consulting or service contract of a centre (§3.7 task list): the client, the value, the revenue received. */
export const consultingContract = pgTable(
  "consulting_contract",
  {
    id: text("id").primaryKey(),
    centreOrgId: text("centre_org_id")
      .notNull()
      .references(() => organisation.id),
    provinceId: text("province_id").references(() => adminUnit.id),
    clientEstablishmentId: text("client_establishment_id").references(() => establishment.id),
    /** The client as typed when it is not in the registry; null when the establishment is named. */
    clientName: text("client_name"),
    subject: text("subject").notNull(),
    contractNumber: text("contract_number"),
    value: money("value").notNull(),
    signedOn: day("signed_on").notNull(),
    finishedOn: day("finished_on"),
    revenueReceived: money("revenue_received").notNull(),
    /** In progress, accepted (nghiệm thu) or liquidated (thanh lý); an accepted or liquidated one has its end date. */
    state: text("state").$type<ConsultingContractState>().notNull().default("IN_PROGRESS"),
    searchText: text("search_text").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
  },
  (t) => [
    index("consulting_contract_centre_idx").on(t.centreOrgId, t.signedOn),
    index("consulting_contract_province_idx").on(t.provinceId, t.signedOn),
    check(
      "consulting_contract_client_ck",
      sql`(${t.clientEstablishmentId} IS NULL) <> (${t.clientName} IS NULL)`,
    ),
    check("consulting_contract_money_ck", sql`${t.value} >= 0 AND ${t.revenueReceived} >= 0`),
    check("consulting_contract_dates_ck", sql`${t.finishedOn} IS NULL OR ${t.finishedOn} >= ${t.signedOn}`),
    check("consulting_contract_subject_nfc", isNfc(t.subject)),
    check(
      "consulting_contract_state_ck",
      sql`${t.state} = 'IN_PROGRESS' AND ${t.finishedOn} IS NULL
        OR ${t.state} IN ('ACCEPTED', 'LIQUIDATED') AND ${t.finishedOn} IS NOT NULL`,
    ),
  ],
);

/** A centre's consulting revenue plan for one year: the "kế hoạch năm" the revenue is measured against. */
export const consultingPlan = pgTable(
  "consulting_plan",
  {
    id: text("id").primaryKey(),
    centreOrgId: text("centre_org_id")
      .notNull()
      .references(() => organisation.id),
    provinceId: text("province_id").references(() => adminUnit.id),
    year: integer("year").notNull(),
    revenuePlan: money("revenue_plan").notNull(),
    /** The year's planned number of consulting projects; null when the plan names only the revenue. */
    plannedProjects: integer("planned_projects"),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
  },
  (t) => [
    uniqueIndex("consulting_plan_centre_year_uq").on(t.centreOrgId, t.year),
    check("consulting_plan_money_ck", sql`${t.revenuePlan} >= 0`),
    check("consulting_plan_projects_ck", sql`${t.plannedProjects} IS NULL OR ${t.plannedProjects} >= 0`),
  ],
);

/**
 * A regional conference (hội nghị khuyến công các tỉnh, Decree 45 Art. 4.9.b; DOMAIN §6.3): the n-th of its
 * region's series, hosted by a province's DoIT with the central agency, handing the flag to the next host. Its
 * figures cover `period_from`–`period_to` (the ad-hoc cut-off it presents, e.g. 7 months of 2018).
 */
export const conference = pgTable(
  "conference",
  {
    id: text("id").primaryKey(),
    regionCode: text("region_code").$type<RegionCode>().notNull(),
    ordinal: integer("ordinal").notNull(),
    year: integer("year").notNull(),
    heldOn: day("held_on").notNull(),
    hostProvinceId: text("host_province_id")
      .notNull()
      .references(() => adminUnit.id),
    nextHostProvinceId: text("next_host_province_id").references(() => adminUnit.id),
    venue: text("venue").notNull().default(""),
    organisers: text("organisers").notNull(),
    periodFrom: day("period_from").notNull(),
    periodTo: day("period_to").notNull(),
    note: text("note").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
  },
  (t) => [
    uniqueIndex("conference_region_ordinal_uq").on(t.regionCode, t.ordinal),
    index("conference_held_idx").on(t.heldOn),
    check("conference_region_ck", sql`${t.regionCode} IN ('BAC', 'TRUNG_TAY_NGUYEN', 'NAM')`),
    check("conference_ordinal_ck", sql`${t.ordinal} BETWEEN 1 AND 3999`),
    check("conference_period_ck", sql`${t.periodTo} >= ${t.periodFrom}`),
    check("conference_organisers_nfc", isNfc(t.organisers)),
  ],
);

/** A conclusion or resolution of a conference: its text, and the signed document when one was uploaded. */
export const conferenceResolution = pgTable(
  "conference_resolution",
  {
    id: text("id").primaryKey(),
    conferenceId: text("conference_id")
      .notNull()
      .references(() => conference.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    documentNumber: text("document_number"),
    fileId: text("file_id").references(() => storedFile.id),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("conference_resolution_conference_idx").on(t.conferenceId, t.createdAt),
    check("conference_resolution_text_nfc", isNfc(t.text)),
  ],
);
