import {
  checkEstimateLine,
  establishmentSearchText,
  estimateTotals,
  normalizeText,
  type ProjectCreate,
  todayInVietnam,
  toEstimateLine,
  vietnameseSortKey,
} from "@kc/domain";
import { and, eq, inArray, like } from "drizzle-orm";
import { bulkInsert } from "../../db/bulk-insert";
import type { Db } from "../../db/client";
import {
  adminUnit,
  establishment,
  organisation,
  project,
  projectBeneficiary,
  projectEstimateLine,
  projectIndicator,
  projectSite,
} from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { establishmentScope } from "../establishments/establishments.queries";

/** The columns a project input sets (children are written by `writeProjectChildren`). */
export function projectColumns(input: ProjectCreate, provinceName: string | null) {
  const totals = estimateTotals(input.estimateLines.map(toEstimateLine));
  const title = normalizeText(input.title);
  return {
    title,
    kind: input.kind,
    fundingLevel: input.fundingLevel,
    localLevel: input.localLevel,
    planYear: input.planYear,
    provinceId: input.provinceId,
    implementerOrgId: input.implementerOrgId,
    implementerName: input.implementerName,
    coordinatingOrgIds: input.coordinatingOrgIds,
    activities: input.activities,
    industries: input.industries,
    selectionMethod: input.selectionMethod,
    startDate: input.startDate,
    endDate: input.endDate,
    summary: input.summary,
    implementerIsBeneficiary: input.implementerIsBeneficiary,
    directRouteAllowed: input.directRouteAllowed,
    singleProvince: input.singleProvince,
    registeredByDoit: input.registeredByDoit,
    biddingWaived: input.biddingWaived,
    priorityMultiplierBps: input.priorityMultiplierBps,
    kcTotal: totals.kcSupport,
    counterpartTotal: totals.counterpart,
    otherTotal: totals.other,
    sortKey: vietnameseSortKey(title),
    // The code is added by the caller once known; the same folding as every search (packages/domain).
    searchTextParts: [title, input.implementerName, provinceName],
  };
}

export function projectSearchText(code: string, parts: readonly (string | null)[]): string {
  return establishmentSearchText([code, ...parts]);
}

/**
 * Checks what the input points at, inside the actor's reach: the province is the actor's own (provincial staff)
 * or the implementer's (implementers); beneficiaries are establishments the actor may see; sites are communes;
 * the implementer and coordinators are organisations. Every problem is reported at once, with its path.
 */
export async function checkProjectReferences(db: Db, actor: Actor, input: ProjectCreate) {
  const problems: { path: string; message: string }[] = [];
  const scope = actor.scope;
  if (scope.kind === "PROVINCE" && input.provinceId !== scope.provinceId) {
    problems.push({ path: "body.provinceId", message: "Chỉ lập đề án của tỉnh mình" });
  }
  if (scope.kind === "ORGANISATION" && input.implementerOrgId !== scope.organisationId) {
    problems.push({ path: "body.implementerOrgId", message: "Đơn vị thực hiện phải là đơn vị của bạn" });
  }
  const today = todayInVietnam();
  const orgIds = [
    ...new Set([input.implementerOrgId, ...input.coordinatingOrgIds].filter((id) => id !== null)),
  ];
  // One after another: the demo seed calls this inside its transaction, whose one connection runs one query at
  // a time (concurrent queries on it are deprecated by node-postgres and fail the server suite).
  const orgs = orgIds.length
    ? await db.select({ id: organisation.id }).from(organisation).where(inArray(organisation.id, orgIds))
    : [];
  const communes = input.sites.length
    ? await db
        .select({ id: adminUnit.id, parentId: adminUnit.parentId, level: adminUnit.level })
        .from(adminUnit)
        .where(inArray(adminUnit.id, [...new Set(input.sites.map((s) => s.communeId))]))
    : [];
  const beneficiaries = input.beneficiaries.length
    ? await db
        .select({ id: establishment.id })
        .from(establishment)
        .where(
          and(
            inArray(
              establishment.id,
              input.beneficiaries.map((b) => b.establishmentId),
            ),
            establishmentScope(actor),
          ),
        )
    : [];
  const provinces = input.provinceId
    ? await db
        .select({ id: adminUnit.id, code: adminUnit.code, name: adminUnit.name, level: adminUnit.level })
        .from(adminUnit)
        .where(eq(adminUnit.id, input.provinceId))
    : [];
  const province = provinces[0];
  if (input.provinceId && province?.level !== "TINH") {
    problems.push({ path: "body.provinceId", message: "Không có tỉnh này" });
  }
  const knownOrgs = new Set(orgs.map((o) => o.id));
  if (input.implementerOrgId && !knownOrgs.has(input.implementerOrgId)) {
    problems.push({ path: "body.implementerOrgId", message: "Không có tổ chức này trong danh mục" });
  }
  input.coordinatingOrgIds.forEach((id, i) => {
    if (!knownOrgs.has(id))
      problems.push({ path: `body.coordinatingOrgIds.${i}`, message: "Không có tổ chức này" });
  });
  const communeById = new Map(communes.map((c) => [c.id, c]));
  input.sites.forEach((site, i) => {
    const commune = communeById.get(site.communeId);
    if (commune?.level !== "XA")
      problems.push({ path: `body.sites.${i}.communeId`, message: "Không có xã, phường này" });
  });
  const visible = new Set(beneficiaries.map((b) => b.id));
  input.beneficiaries.forEach((b, i) => {
    if (!visible.has(b.establishmentId))
      problems.push({
        path: `body.beneficiaries.${i}.establishmentId`,
        message: "Không có cơ sở này trong phạm vi",
      });
  });
  input.estimateLines.forEach((line, i) => {
    for (const violation of checkEstimateLine(toEstimateLine(line)))
      problems.push({ path: `body.estimateLines.${i}`, message: violation.messageVi });
  });
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", { errors: problems });
  return { provinceName: province?.name ?? null, provinceCode: province?.code ?? null, today };
}

/** Replaces beneficiaries, sites, estimate lines and indicators of one project (in the caller's transaction). */
export async function writeProjectChildren(
  tx: Db,
  projectId: string,
  input: ProjectCreate,
  replace: boolean,
) {
  if (replace) {
    for (const table of [projectBeneficiary, projectSite, projectEstimateLine, projectIndicator]) {
      await tx.delete(table).where(eq(table.projectId, projectId));
    }
  }
  await bulkInsert(
    tx,
    projectBeneficiary,
    input.beneficiaries.map((b, position) => ({
      projectId,
      establishmentId: b.establishmentId,
      position,
      shareBps: b.shareBps,
    })),
  );
  await bulkInsert(
    tx,
    projectSite,
    input.sites.map((s, position) => ({
      projectId,
      position,
      communeId: s.communeId,
      addressText: s.addressText,
    })),
  );
  await bulkInsert(
    tx,
    projectEstimateLine,
    input.estimateLines.map((line, position) => ({
      projectId,
      position,
      item: line.item,
      spendingCategory: line.spendingCategory,
      normCode: line.normCode,
      capUnits: line.capUnits,
      quantity: line.quantity,
      unitPrice: BigInt(line.unitPrice),
      kcAmount: BigInt(line.kcAmount),
      counterpartAmount: BigInt(line.counterpartAmount),
      otherAmount: BigInt(line.otherAmount),
    })),
  );
  await bulkInsert(
    tx,
    projectIndicator,
    input.indicators.map((i) => ({
      projectId,
      indicatorCode: i.code,
      target: i.target === null ? null : String(i.target),
      achieved: null,
    })),
  );
}

/**
 * Next code of the form KCQG-2026-82-0007 (level, plan year, province code or TW, number in the series), read
 * inside the transaction; the unique index settles a race between two creators (the caller retries).
 */
export async function nextProjectCode(
  tx: Db,
  input: ProjectCreate,
  provinceCode: string | null,
): Promise<string> {
  const prefix = `${input.fundingLevel}-${input.planYear}-${provinceCode ?? "TW"}-`;
  const taken = await tx
    .select({ code: project.code })
    .from(project)
    .where(like(project.code, `${prefix}%`));
  const highest = taken.reduce((max, row) => Math.max(max, Number(row.code.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(highest + 1).padStart(4, "0")}`;
}

/** The audit snapshot: the fields an officer edits, in a stable shape (money as strings). */
export function projectAuditSnapshot(row: typeof project.$inferSelect) {
  return {
    code: row.code,
    title: row.title,
    kind: row.kind,
    fundingLevel: row.fundingLevel,
    planYear: row.planYear,
    provinceId: row.provinceId,
    implementerName: row.implementerName,
    activities: row.activities,
    status: row.status,
    kcTotal: row.kcTotal.toString(),
    counterpartTotal: row.counterpartTotal.toString(),
    otherTotal: row.otherTotal.toString(),
    contractSupport: row.contractSupport?.toString() ?? null,
    disbursedTotal: row.disbursedTotal.toString(),
    version: row.version,
  };
}
