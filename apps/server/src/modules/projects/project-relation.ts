import type { ProjectRelation } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { organisation, type project } from "../../db/schema/index";
import type { Actor } from "../../platform/context";

/**
 * How the user stands to the project's implementer (packages/domain `actorKindsFor`): an implementer account of
 * that very organisation, or provincial staff of the province the implementing organisation belongs to.
 */
export async function relationOf(
  db: Db,
  actor: Actor,
  row: Pick<typeof project.$inferSelect, "implementerOrgId">,
): Promise<ProjectRelation> {
  const scope = actor.scope;
  const implementer = row.implementerOrgId;
  if (!implementer) return { implementsAsOrganisation: false, implementsAsProvince: false };
  if (scope.kind === "ORGANISATION") {
    return { implementsAsOrganisation: scope.organisationId === implementer, implementsAsProvince: false };
  }
  if (scope.kind !== "PROVINCE") return { implementsAsOrganisation: false, implementsAsProvince: false };
  const [org] = await db
    .select({ adminUnitId: organisation.adminUnitId })
    .from(organisation)
    .where(eq(organisation.id, implementer));
  return { implementsAsOrganisation: false, implementsAsProvince: org?.adminUnitId === scope.provinceId };
}
