import type { ReferenceKind, ReferenceNames } from "@kc/domain";
import { desc, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, establishment, organisationName, project, user } from "../../db/schema/index";

/**
 * Names for the ids that audit snapshots and rows point at, fetched in ONE query per kind for a whole page of
 * rows (never one per row): the commune's name instead of `XA-28249-2025-07-01`, an organisation's current
 * name, a person's name. Ids that no longer resolve are simply absent (the presenter then shows the id).
 */
export async function loadReferenceNames(
  db: Db,
  ids: Record<ReferenceKind, Set<string>>,
): Promise<ReferenceNames> {
  // One after another: the caller may hand a transaction, which runs one query at a time.
  const units = ids.adminUnit.size
    ? await db
        .select({ id: adminUnit.id, name: adminUnit.name })
        .from(adminUnit)
        .where(inArray(adminUnit.id, [...ids.adminUnit]))
    : [];
  const organisations = ids.organisation.size
    ? await db
        .select({ id: organisationName.organisationId, name: organisationName.name })
        .from(organisationName)
        .where(inArray(organisationName.organisationId, [...ids.organisation]))
        .orderBy(desc(organisationName.validFrom))
    : [];
  const users = ids.user.size
    ? await db
        .select({ id: user.id, name: user.name })
        .from(user)
        .where(inArray(user.id, [...ids.user]))
    : [];
  return { adminUnit: byId(units), organisation: byId(organisations), user: byId(users) };
}

/** The first name per id wins: organisation names come newest first, so that is the current one. */
function byId(rows: { id: string; name: string }[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const row of rows) names[row.id] ??= row.name;
  return names;
}

/**
 * What each audited record is called (an establishment's name, a project's code and title; accounts are named with the reference names),
 * for the audit log's "Đối tượng" column: one query per entity kind on the page.
 */
export async function loadRecordNames(
  db: Db,
  rows: { entity: string | null; entityId: string | null }[],
): Promise<Map<string, string>> {
  const idsOf = (entity: string) => [
    ...new Set(
      rows.filter((row) => row.entity === entity && row.entityId).map((row) => row.entityId as string),
    ),
  ];
  const establishments = idsOf("establishment");
  const projects = idsOf("project");
  const a = establishments.length
    ? await db
        .select({ id: establishment.id, name: establishment.name })
        .from(establishment)
        .where(inArray(establishment.id, establishments))
    : [];
  const b = projects.length
    ? await db
        .select({ id: project.id, code: project.code, title: project.title })
        .from(project)
        .where(inArray(project.id, projects))
    : [];
  const names = new Map<string, string>();
  for (const row of a) names.set(`establishment:${row.id}`, row.name);
  for (const row of b) names.set(`project:${row.id}`, `${row.code} – ${row.title}`);
  return names;
}
