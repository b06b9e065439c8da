import { type Ability, type AuditEntity, can } from "@kc/domain";
import { and, eq, gte, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { regionMembership } from "../db/schema/index";
import { logSecurityEvent } from "./audit";
import type { Actor, RequestMeta } from "./context";
import { AppError } from "./errors";

/** Function-level check: the role must hold the ability. Denials are logged, then answered 403. */
export async function requireAbility(
  db: Db,
  actor: Actor,
  ability: Ability,
  meta: RequestMeta,
  target?: { entity: AuditEntity; entityId?: string },
): Promise<void> {
  if (can(actor.role, ability)) return;
  await logSecurityEvent(
    db,
    {
      category: "ACCESS",
      action: `DENIED:${ability}`,
      outcome: "DENIED",
      actor,
      entity: target?.entity ?? null,
      entityId: target?.entityId ?? null,
    },
    meta,
  );
  throw new AppError("FORBIDDEN");
}

/** Logs a denied object access (another province's record) and answers 404, so existence never leaks. */
export async function notFoundForActor(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  target: { entity: AuditEntity; entityId: string },
): Promise<never> {
  await logSecurityEvent(
    db,
    { category: "ACCESS", action: "OUT_OF_SCOPE_ACCESS_DENIED", outcome: "DENIED", actor, ...target },
    meta,
  );
  throw new AppError("NOT_FOUND");
}

/**
 * Data-scope filter on a province column, put inside the query itself (STYLE.md rule 6). National scope sees
 * everything; a region sees the provinces that are its members today; a province sees itself; an organisation
 * sees the rows whose organisation column is its own (when the table has one) and nothing else.
 */
export function provinceScopeFilter(
  actor: Actor,
  columns: { province: AnyPgColumn; organisation?: AnyPgColumn },
  today: string,
): SQL | undefined {
  const scope = actor.scope;
  switch (scope.kind) {
    case "NATIONAL":
      return undefined;
    case "PROVINCE":
      return eq(columns.province, scope.provinceId);
    case "REGION":
      return sql`${columns.province} in (select ${regionMembership.provinceId} from ${regionMembership} where ${and(
        eq(regionMembership.regionCode, scope.regionCode),
        lte(regionMembership.validFrom, today),
        or(isNull(regionMembership.validTo), gte(regionMembership.validTo, today)),
      )})`;
    case "ORGANISATION":
      return columns.organisation ? eq(columns.organisation, scope.organisationId) : sql`false`;
    // Jurors and secretaries reach rounds through their membership rows, never through a province column.
    case "SELECTION_MEMBER":
      return sql`false`;
  }
}
