import type { Ability, AuditEntity } from "@kc/domain";
import type { Context } from "hono";
import type { Actor, AppEnv } from "./context";
import { notFoundForActor, requireAbility } from "./policy";
import { requestMeta, requireActor } from "./router";

/**
 * The two access checks every route makes, written once (STYLE.md rules 5 and 6): the role must hold the ability
 * (a denial is logged, then 403), and a record outside the caller's data scope is a logged 404, so its existence
 * never leaks. Each module binds them to its entity in its `<module>.policy.ts`.
 */
export type AccessTarget = { entity: AuditEntity; entityId?: string };

/** The signed-in actor once its role holds `ability`; otherwise the denial is logged and answered 403. */
export async function authorize(c: Context<AppEnv>, ability: Ability, target: AccessTarget): Promise<Actor> {
  const actor = requireActor(c);
  await requireAbility(c.get("deps").db, actor, ability, requestMeta(c), target);
  return actor;
}

/** The row the scoped query found, or a logged 404 when it found none (another province's record). */
export async function inScopeOr404<T>(
  c: Context<AppEnv>,
  row: T | null | undefined,
  target: { entity: AuditEntity; entityId: string },
): Promise<T> {
  if (row) return row;
  return notFoundForActor(c.get("deps").db, requireActor(c), requestMeta(c), target);
}

/**
 * A module's access checks bound to its audited entity and the abilities it uses. `logId` says whether a denial
 * names the record's id: most modules do; plans log the entity alone, as they always have.
 */
export function modulePolicy<A extends Ability>(entity: AuditEntity, options: { logId?: boolean } = {}) {
  const logId = options.logId ?? true;
  return {
    entity,
    authorize: (c: Context<AppEnv>, ability: A, entityId?: string) =>
      authorize(c, ability, logId ? { entity, entityId } : { entity }),
    inScopeOr404: <T>(c: Context<AppEnv>, row: T | null | undefined, entityId: string) =>
      inScopeOr404(c, row, { entity, entityId }),
  };
}
