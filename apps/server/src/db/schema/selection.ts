import {
  type CriterionGroup,
  criterionGroupCodes,
  type MemberBody,
  type MemberRole,
  memberBodyCodes,
  memberRolesByBody,
  type RoundStatus,
  roundStatusCodes,
  type SelectionLevel,
  selectionLevelCodes,
} from "@kc/domain";
import { type SQL, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { user } from "./auth";
import { inList, isNfc } from "./checks";
import { at, day } from "./columns";
import { project, storedFile } from "./projects";
import { adminUnit, organisation, region } from "./reference";

/**
 * Product selection rounds (bình chọn sản phẩm CNNT tiêu biểu, Circular 26/2014/TT-BCT, DOMAIN §3.6, §4.4, §9.6).
 * `province_id` is the tenant column: set for provincial and (historic) district rounds, null for regional and
 * national rounds, which national and regional staff see (a regional round also carries its `region_code`).
 * Members who sign in (jurors, secretaries) see a round through their `selection_member` row, not a scope.
 */
export const selectionRound = pgTable(
  "selection_round",
  {
    id: text("id").primaryKey(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    level: text("level").$type<SelectionLevel>().notNull(),
    regionCode: text("region_code").references(() => region.code),
    provinceId: text("province_id").references(() => adminUnit.id),
    districtUnitId: text("district_unit_id").references(() => adminUnit.id),
    year: integer("year").notNull(),
    organiserOrgId: text("organiser_org_id").references(() => organisation.id),
    organiserName: text("organiser_name").notNull(),
    fundingProjectId: text("funding_project_id").references(() => project.id),
    // The plan decision (kế hoạch bình chọn) that creates the round; later steps file a selection_round_decision.
    planDecisionNumber: text("plan_decision_number"),
    planDecisionOn: day("plan_decision_on"),
    planDecisionSigner: text("plan_decision_signer"),
    planDecisionFileId: text("plan_decision_file_id").references(() => storedFile.id),
    status: text("status").$type<RoundStatus>().notNull().default("PLANNED"),
    statusChangedAt: at("status_changed_at").notNull().defaultNow(),
    // The point frame is approved by the council chair (Art. 16.1); no sheet can be saved before.
    frameApprovedByMemberId: text("frame_approved_by_member_id").references(
      (): AnyPgColumn => selectionMember.id,
    ),
    frameApprovedAt: at("frame_approved_at"),
    // The jury head closes scoring: sheets freeze and become visible to the other jurors.
    scoringClosedAt: at("scoring_closed_at"),
    scoringClosedByMemberId: text("scoring_closed_by_member_id").references(
      (): AnyPgColumn => selectionMember.id,
    ),
    /** The day entrants were notified of the results: the complaint window (S6) counts from it. */
    resultsNotifiedOn: day("results_notified_on"),
    complaintWindowEndsOn: day("complaint_window_ends_on"),
    searchText: text("search_text").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    uniqueIndex("selection_round_code_uq").on(t.code),
    index("selection_round_list_idx").on(t.year, t.code),
    index("selection_round_province_idx").on(t.provinceId, t.year),
    index("selection_round_level_idx").on(t.level, t.year),
    index("selection_round_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("selection_round_title_nfc", isNfc(t.title)),
    check("selection_round_level_ck", inList(t.level, selectionLevelCodes)),
    check("selection_round_status_ck", inList(t.status, roundStatusCodes)),
    check("selection_round_year_ck", sql`${t.year} BETWEEN 2000 AND 2100`),
    // Where a round belongs follows its level: a province (and a district) below, a region, or the whole country.
    check(
      "selection_round_place_ck",
      sql`CASE ${t.level}
        WHEN 'HUYEN' THEN ${t.provinceId} IS NOT NULL AND ${t.districtUnitId} IS NOT NULL AND ${t.regionCode} IS NULL
        WHEN 'TINH' THEN ${t.provinceId} IS NOT NULL AND ${t.districtUnitId} IS NULL AND ${t.regionCode} IS NULL
        WHEN 'KHU_VUC' THEN ${t.provinceId} IS NULL AND ${t.districtUnitId} IS NULL AND ${t.regionCode} IS NOT NULL
        ELSE ${t.provinceId} IS NULL AND ${t.districtUnitId} IS NULL AND ${t.regionCode} IS NULL END`,
    ),
    check(
      "selection_round_frame_ck",
      sql`(${t.frameApprovedAt} IS NULL) = (${t.frameApprovedByMemberId} IS NULL)`,
    ),
    check(
      "selection_round_scoring_ck",
      sql`(${t.scoringClosedAt} IS NULL) = (${t.scoringClosedByMemberId} IS NULL)`,
    ),
  ],
);

/** The decision (or minute) backing each step of §4.4, with its register fields and file, as projects file theirs. */
export const selectionRoundDecision = pgTable(
  "selection_round_decision",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => selectionRound.id, { onDelete: "cascade" }),
    fromStatus: text("from_status").$type<RoundStatus>(),
    toStatus: text("to_status").$type<RoundStatus>().notNull(),
    number: text("number"),
    issuedOn: day("issued_on").notNull(),
    signer: text("signer"),
    signerAuthority: text("signer_authority"),
    title: text("title").notNull().default(""),
    note: text("note").notNull().default(""),
    fileId: text("file_id").references(() => storedFile.id),
    actorUserId: text("actor_user_id").references(() => user.id),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("selection_round_decision_round_idx").on(t.roundId, t.createdAt),
    check("selection_round_decision_status_ck", inList(t.toStatus, roundStatusCodes)),
  ],
);

const bodyRoleCheck = (body: AnyPgColumn, role: AnyPgColumn): SQL =>
  sql.join(
    memberBodyCodes.map(
      (code) => sql`(${body} = ${sql.raw(`'${code}'`)} AND ${inList(role, memberRolesByBody[code])})`,
    ),
    sql` OR `,
  );

/** Council, jury and expert team members (Art. 8–11). A juror or secretary who signs in has a `user_id`. */
export const selectionMember = pgTable(
  "selection_member",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => selectionRound.id, { onDelete: "cascade" }),
    body: text("body").$type<MemberBody>().notNull(),
    role: text("role").$type<MemberRole>().notNull(),
    fullName: text("full_name").notNull(),
    position: text("position").notNull().default(""),
    organisationName: text("organisation_name").notNull().default(""),
    userId: text("user_id").references(() => user.id),
    /** Establishments the member is tied to: they cannot score those entries. */
    conflictEstablishmentIds: text("conflict_establishment_ids").array().notNull().default(sql`'{}'::text[]`),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("selection_member_round_idx").on(t.roundId, t.body),
    index("selection_member_user_idx").on(t.userId),
    uniqueIndex("selection_member_user_uq")
      .on(t.roundId, t.body, t.userId)
      .where(sql`${t.userId} IS NOT NULL`),
    check("selection_member_name_nfc", isNfc(t.fullName)),
    check("selection_member_role_ck", bodyRoleCheck(t.body, t.role)),
  ],
);

/** The round's point frame: criteria within the groups C1–C4 and their maximum points (none hard-coded). */
export const selectionCriterion = pgTable(
  "selection_criterion",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id")
      .notNull()
      .references(() => selectionRound.id, { onDelete: "cascade" }),
    criterionGroup: text("criterion_group").$type<CriterionGroup>().notNull(),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    maxPoints: numeric("max_points", { precision: 6, scale: 2 }).notNull(),
  },
  (t) => [
    uniqueIndex("selection_criterion_position_uq").on(t.roundId, t.position),
    check("selection_criterion_group_ck", inList(t.criterionGroup, criterionGroupCodes)),
    check("selection_criterion_points_ck", sql`${t.maxPoints} > 0`),
    check("selection_criterion_label_nfc", isNfc(t.label)),
  ],
);
