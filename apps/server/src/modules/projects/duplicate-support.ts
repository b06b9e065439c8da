import { findOverlappingSupport, type ProjectStatus, type SupportRecord } from "@kc/domain";
import { and, eq, inArray, ne, notInArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { establishment, project, projectBeneficiary, projectEstimateLine } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { type ProjectDetail, projectScope } from "./projects.queries";

/** Projects that never received money cannot be a double funding. */
const UNFUNDED: ProjectStatus[] = ["REJECTED_BASE", "REJECTED_CENTRAL", "NOT_FUNDED", "DRAFT", "RETURNED"];

/**
 * E9 (DOMAIN §9.4): other projects that support one of this project's beneficiaries for the same activity and
 * item in an overlapping period — shown as a warning with links on the project page, never a refusal. Two queries,
 * whatever the number of beneficiaries.
 */
export async function duplicateSupportOf(db: Db, actor: Actor, detail: ProjectDetail) {
  const { row } = detail;
  const establishmentIds = detail.beneficiaries.map((b) => b.establishmentId);
  if (establishmentIds.length === 0) return [];
  const others = await db
    .select({
      projectId: project.id,
      code: project.code,
      title: project.title,
      activities: project.activities,
      startDate: project.startDate,
      endDate: project.endDate,
      planYear: project.planYear,
      establishmentId: projectBeneficiary.establishmentId,
      establishmentName: establishment.name,
    })
    .from(projectBeneficiary)
    .innerJoin(project, eq(project.id, projectBeneficiary.projectId))
    .innerJoin(establishment, eq(establishment.id, projectBeneficiary.establishmentId))
    .where(
      and(
        inArray(projectBeneficiary.establishmentId, establishmentIds),
        ne(project.id, row.id),
        notInArray(project.status, UNFUNDED),
        // Matched within the caller's scope: the warning never reveals another province's project.
        projectScope(actor),
      ),
    );
  if (others.length === 0) return [];
  const items = await db
    .select({ projectId: projectEstimateLine.projectId, item: projectEstimateLine.item })
    .from(projectEstimateLine)
    .where(inArray(projectEstimateLine.projectId, [...new Set(others.map((o) => o.projectId))]));
  const period = (p: { startDate: string | null; endDate: string | null; planYear: number }) => ({
    periodFrom: p.startDate ?? `${p.planYear}-01-01`,
    periodTo: p.endDate ?? `${p.planYear}-12-31`,
  });
  const recordsOf = (
    projectId: string,
    establishmentId: string,
    activities: readonly string[],
    lineItems: readonly string[],
    when: { periodFrom: string; periodTo: string },
  ): SupportRecord[] =>
    activities.flatMap((content) =>
      (lineItems.length ? lineItems : [null]).map((item) => ({
        projectId,
        establishmentId,
        content,
        item,
        ...when,
      })),
    );
  const prior = others.flatMap((o) =>
    recordsOf(
      o.projectId,
      o.establishmentId,
      o.activities,
      items.filter((i) => i.projectId === o.projectId).map((i) => i.item),
      period(o),
    ),
  );
  const found = new Map<
    string,
    {
      projectId: string;
      code: string;
      title: string;
      establishmentId: string;
      establishmentName: string;
      matchedOn: "ITEM" | "CONTENT";
      content: string;
    }
  >();
  for (const establishmentId of establishmentIds) {
    const candidates = recordsOf(
      row.id,
      establishmentId,
      row.activities,
      detail.lines.map((l) => l.item),
      period(row),
    );
    for (const candidate of candidates) {
      for (const overlap of findOverlappingSupport(prior, candidate)) {
        const other = others.find(
          (o) => o.projectId === overlap.record.projectId && o.establishmentId === establishmentId,
        );
        if (!other) continue;
        const key = `${other.projectId}|${establishmentId}`;
        const known = found.get(key);
        if (known?.matchedOn === "ITEM") continue;
        found.set(key, {
          projectId: other.projectId,
          code: other.code,
          title: other.title,
          establishmentId,
          establishmentName: other.establishmentName,
          matchedOn: overlap.matchedOn,
          content: overlap.record.content,
        });
      }
    }
  }
  return [...found.values()];
}
