import {
  councilComposition,
  findNorm,
  foldForSearch,
  normValidAt,
  type RoundListQuery,
  type RoundReadinessFacts,
  roundFundingNormCode,
  todayInVietnam,
} from "@kc/domain";
import { and, asc, count, desc, eq, getTableColumns, ilike, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client";
import {
  adminUnit,
  project,
  selectionComplaint,
  selectionMember,
  selectionRound,
  selectionRoundDecision,
  storedFile,
  user,
} from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { supportNormSets } from "../../support-norms/support-norms.queries";
import { membershipsOf, roundScopeFilter } from "../round-access";

export type RoundRow = typeof selectionRound.$inferSelect;
export type MemberRow = typeof selectionMember.$inferSelect;

const district = alias(adminUnit, "district_unit");

/** A page of the rounds the caller reaches, newest year first, with the names of their places. */
export async function listRounds(db: Db, actor: Actor, filter: RoundListQuery) {
  const conditions: (SQL | undefined)[] = [roundScopeFilter(actor)];
  if (filter.q) conditions.push(ilike(selectionRound.searchText, `%${foldForSearch(filter.q)}%`));
  if (filter.level) conditions.push(eq(selectionRound.level, filter.level));
  if (filter.status) conditions.push(eq(selectionRound.status, filter.status));
  if (filter.year) conditions.push(eq(selectionRound.year, filter.year));
  if (filter.provinceId) conditions.push(eq(selectionRound.provinceId, filter.provinceId));
  if (filter.regionCode) conditions.push(eq(selectionRound.regionCode, filter.regionCode));
  const where = and(...conditions);
  const rows = await db
    .select({ round: selectionRound, provinceName: adminUnit.name })
    .from(selectionRound)
    .leftJoin(adminUnit, eq(adminUnit.id, selectionRound.provinceId))
    .where(where)
    .orderBy(desc(selectionRound.year), asc(selectionRound.code))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ n: count() }).from(selectionRound).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function roundMembers(db: Db, roundId: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(selectionMember)
    .where(eq(selectionMember.roundId, roundId))
    .orderBy(asc(selectionMember.body), asc(selectionMember.createdAt));
}

/** The facts a step's readiness is judged on (packages/domain selection/rounds/round-step-readiness). */
export async function readinessFacts(db: Db, round: RoundRow): Promise<RoundReadinessFacts> {
  const members = await roundMembers(db, round.id);
  const [open] = await db
    .select({ n: count() })
    .from(selectionComplaint)
    .where(and(eq(selectionComplaint.roundId, round.id), eq(selectionComplaint.status, "OPEN")));
  return {
    status: round.status,
    level: round.level,
    frameApproved: round.frameApprovedAt !== null,
    scoringClosed: round.scoringClosedAt !== null,
    complaintWindowEndsOn: round.complaintWindowEndsOn,
    openComplaints: open?.n ?? 0,
    composition: councilComposition(round.level, members),
    today: todayInVietnam(),
  };
}

/** Everything the round page shows besides the row: names, decisions, members, the caller's memberships. */
export async function roundPageData(db: Db, actor: Actor, round: RoundRow) {
  const [names] = await db
    .select({ provinceName: adminUnit.name, districtName: district.name, projectCode: project.code })
    .from(selectionRound)
    .leftJoin(adminUnit, eq(adminUnit.id, selectionRound.provinceId))
    .leftJoin(district, eq(district.id, selectionRound.districtUnitId))
    .leftJoin(project, eq(project.id, selectionRound.fundingProjectId))
    .where(eq(selectionRound.id, round.id));
  const decisions = await db
    .select({ ...getTableColumns(selectionRoundDecision), fileName: storedFile.fileName })
    .from(selectionRoundDecision)
    .leftJoin(storedFile, eq(storedFile.id, selectionRoundDecision.fileId))
    .where(eq(selectionRoundDecision.roundId, round.id))
    .orderBy(asc(selectionRoundDecision.createdAt));
  const facts = await readinessFacts(db, round);
  const mine = await membershipsOf(db, actor, round.id);
  return {
    provinceName: names?.provinceName ?? null,
    districtName: names?.districtName ?? null,
    fundingProjectCode: names?.projectCode ?? null,
    fundingCapDong: await fundingCap(db, round),
    decisions,
    facts,
    myRoles: mine.map((m) => m.role),
  };
}

/** The g1/g2 cap (§3.5.1) in force on the plan decision's day (or 1 January of the round's year); null below. */
async function fundingCap(db: Db, round: RoundRow): Promise<string | null> {
  const code = roundFundingNormCode(round.level);
  if (!code) return null;
  const set = normValidAt(await supportNormSets(db), round.planDecisionOn ?? `${round.year}-01-01`);
  const cap = set ? findNorm(set, code)?.capDong : null;
  return cap === null || cap === undefined ? null : cap.toString();
}

/** Members by id within one round (ids of another round are simply not found). */
export async function membersByIds(db: Db, roundId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(selectionMember)
    .where(and(eq(selectionMember.roundId, roundId), inArray(selectionMember.id, ids)));
}

/** The round's members with the e-mail of the account each signs in with (if any). */
export async function roundMembersWithEmail(db: Db, roundId: string) {
  return db
    .select({ member: selectionMember, email: user.email })
    .from(selectionMember)
    .leftJoin(user, eq(user.id, selectionMember.userId))
    .where(eq(selectionMember.roundId, roundId))
    .orderBy(asc(selectionMember.body), asc(selectionMember.createdAt));
}
