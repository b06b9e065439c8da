import {
  foldForSearch,
  latestDuePeriod,
  organisationNameAt,
  PROGRESS_DUE_DAY,
  type ProjectListQuery,
  reportingStatuses,
  todayInVietnam,
} from "@kc/domain";
import {
  aliasedTable,
  and,
  arrayContains,
  asc,
  desc,
  eq,
  inArray,
  isNull,
  like,
  lt,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  adminUnit,
  establishment,
  organisationName,
  project,
  projectBeneficiary,
  projectDisbursement,
  projectDocument,
  projectEstimateLine,
  projectIndicator,
  projectProgressReport,
  projectSite,
  projectStep,
  storedFile,
} from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { boundedPage, countLimitFor } from "../../platform/pagination";
import { provinceScopeFilter } from "../../platform/policy";

/** The projects an actor may see: its province, its region's provinces, or its own organisation's projects. */
export function projectScope(actor: Actor): SQL | undefined {
  return provinceScopeFilter(
    actor,
    { province: project.provinceId, organisation: project.implementerOrgId },
    todayInVietnam(),
  );
}

/** Sort keys from this allow-list only; the default walks the covering list index (decision 0005). */
const sortColumns = {
  "-planYear": [desc(project.planYear), desc(project.code)],
  planYear: [asc(project.planYear), asc(project.code)],
  code: [asc(project.code)],
  "-updatedAt": [desc(project.updatedAt), desc(project.id)],
} as const;

export function projectListConditions(
  actor: Actor,
  filters: Omit<ProjectListQuery, "page" | "pageSize" | "sort">,
) {
  const today = todayInVietnam();
  return and(
    projectScope(actor),
    filters.q ? like(project.searchText, `%${foldForSearch(filters.q)}%`) : undefined,
    filters.provinceId ? eq(project.provinceId, filters.provinceId) : undefined,
    filters.planYear ? eq(project.planYear, filters.planYear) : undefined,
    filters.status ? eq(project.status, filters.status) : undefined,
    filters.fundingLevel ? eq(project.fundingLevel, filters.fundingLevel) : undefined,
    filters.activity ? arrayContains(project.activities, [filters.activity]) : undefined,
    filters.overdue === undefined
      ? undefined
      : filters.overdue
        ? overdue(today)
        : sql`not (${overdue(today)})`,
  );
}

/**
 * The latest due month's report is missing (DOMAIN §9.3 rule 6; the page shows every month). A project is only
 * due once its contract was signed before that month's due day.
 */
export function overdue(today: string): SQL {
  const period = latestDuePeriod(today);
  return sql`(${and(
    inArray(project.status, [...reportingStatuses]),
    lt(project.contractSignedOn, `${period}-${String(PROGRESS_DUE_DAY).padStart(2, "0")}`),
    or(isNull(project.lastReportPeriod), lt(project.lastReportPeriod, period)),
  )})`;
}

const province = aliasedTable(adminUnit, "province");

export const projectListColumns = {
  id: project.id,
  code: project.code,
  title: project.title,
  kind: project.kind,
  fundingLevel: project.fundingLevel,
  planYear: project.planYear,
  provinceId: project.provinceId,
  implementerName: project.implementerName,
  activities: project.activities,
  status: project.status,
  statusChangedAt: project.statusChangedAt,
  kcTotal: project.kcTotal,
  contractSupport: project.contractSupport,
  disbursedTotal: project.disbursedTotal,
  contractSignedOn: project.contractSignedOn,
  lastReportPeriod: project.lastReportPeriod,
  version: project.version,
  updatedAt: project.updatedAt,
};

export async function listProjects(db: Db, actor: Actor, query: ProjectListQuery) {
  const order = sortColumns[query.sort];
  const matching = await db
    .select({ id: project.id })
    .from(project)
    .where(projectListConditions(actor, query))
    .orderBy(...order)
    .limit(countLimitFor(query) + 1);
  const { pageIds, total, totalExact } = boundedPage(
    matching.map((m) => m.id),
    query,
  );
  const rows =
    pageIds.length === 0
      ? []
      : await db
          .select({ p: projectListColumns, provinceName: province.name })
          .from(project)
          .leftJoin(province, eq(province.id, project.provinceId))
          .where(inArray(project.id, pageIds))
          .orderBy(...order);
  return { rows, total, totalExact };
}

export type ProjectListRow = Awaited<ReturnType<typeof listProjects>>["rows"][number];

/** The project row, or undefined when missing or outside the actor's scope. */
export async function findProjectInScope(db: Db, actor: Actor, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(project)
    .where(and(eq(project.id, id), projectScope(actor)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

/**
 * Everything the project page shows, in a fixed number of queries whatever the project's size (no N+1): the row,
 * then its children in parallel.
 */
export async function loadProjectDetail(db: Db, row: typeof project.$inferSelect) {
  const id = row.id;
  const siteCommune = aliasedTable(adminUnit, "site_commune");
  const [
    provinceRow,
    beneficiaries,
    sites,
    lines,
    indicators,
    steps,
    documents,
    disbursements,
    reports,
    orgNames,
  ] = await Promise.all([
    row.provinceId
      ? db
          .select({ name: adminUnit.name, code: adminUnit.code })
          .from(adminUnit)
          .where(eq(adminUnit.id, row.provinceId))
      : Promise.resolve([]),
    db
      .select({
        establishmentId: projectBeneficiary.establishmentId,
        shareBps: projectBeneficiary.shareBps,
        name: establishment.name,
        taxCode: establishment.taxCode,
        provinceId: establishment.provinceId,
      })
      .from(projectBeneficiary)
      .innerJoin(establishment, eq(establishment.id, projectBeneficiary.establishmentId))
      .where(eq(projectBeneficiary.projectId, id))
      .orderBy(asc(projectBeneficiary.position)),
    db
      .select({
        communeId: projectSite.communeId,
        addressText: projectSite.addressText,
        communeName: siteCommune.name,
      })
      .from(projectSite)
      .innerJoin(siteCommune, eq(siteCommune.id, projectSite.communeId))
      .where(eq(projectSite.projectId, id))
      .orderBy(asc(projectSite.position)),
    db
      .select()
      .from(projectEstimateLine)
      .where(eq(projectEstimateLine.projectId, id))
      .orderBy(asc(projectEstimateLine.position)),
    db.select().from(projectIndicator).where(eq(projectIndicator.projectId, id)),
    db.select().from(projectStep).where(eq(projectStep.projectId, id)).orderBy(asc(projectStep.id)),
    db
      .select({
        id: projectDocument.id,
        stepId: projectDocument.stepId,
        kind: projectDocument.kind,
        number: projectDocument.number,
        issuedOn: projectDocument.issuedOn,
        signer: projectDocument.signer,
        signerAuthority: projectDocument.signerAuthority,
        title: projectDocument.title,
        evidenceCode: projectDocument.evidenceCode,
        createdAt: projectDocument.createdAt,
        file: {
          id: storedFile.id,
          name: storedFile.fileName,
          size: storedFile.size,
          mediaType: storedFile.mediaType,
          sha256: storedFile.sha256,
        },
      })
      .from(projectDocument)
      .leftJoin(storedFile, eq(storedFile.id, projectDocument.fileId))
      .where(eq(projectDocument.projectId, id))
      .orderBy(asc(projectDocument.createdAt)),
    db
      .select()
      .from(projectDisbursement)
      .where(eq(projectDisbursement.projectId, id))
      .orderBy(asc(projectDisbursement.id)),
    db
      .select()
      .from(projectProgressReport)
      .where(eq(projectProgressReport.projectId, id))
      .orderBy(asc(projectProgressReport.period)),
    row.coordinatingOrgIds.length
      ? db
          .select({
            id: organisationName.organisationId,
            name: organisationName.name,
            validFrom: organisationName.validFrom,
            validTo: organisationName.validTo,
          })
          .from(organisationName)
          .where(inArray(organisationName.organisationId, row.coordinatingOrgIds))
      : Promise.resolve([]),
  ]);
  const today = todayInVietnam();
  const coordinatingOrgs = row.coordinatingOrgIds.map((orgId) => ({
    id: orgId,
    name:
      organisationNameAt(
        orgNames.filter((n) => n.id === orgId),
        today,
      )?.name ?? orgId,
  }));
  return {
    row,
    province: provinceRow[0] ?? null,
    beneficiaries,
    sites,
    lines,
    indicators,
    steps,
    documents,
    disbursements,
    reports,
    coordinatingOrgs,
  };
}

export type ProjectDetail = Awaited<ReturnType<typeof loadProjectDetail>>;
