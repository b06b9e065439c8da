import type { Ability } from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import { requireAbility } from "../../platform/policy";
import { requestMeta, requireActor } from "../../platform/router";

/**
 * The signed-in actor, once the ability is granted (403 and a logged denial otherwise). Shared by the three
 * projects routes files, which may not import each other.
 */
export async function authorizeProject(c: Context<AppEnv>, ability: Ability, entityId?: string) {
  const actor = requireActor(c);
  await requireAbility(c.get("deps").db, actor, ability, requestMeta(c), { entity: "project", entityId });
  return actor;
}
