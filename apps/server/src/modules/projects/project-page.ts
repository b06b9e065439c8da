import { actorKindsFor, can } from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import { notFoundForActor } from "../../platform/policy";
import { requestMeta, requireActor } from "../../platform/router";
import { supportNormSets } from "../support-norms/support-norms.queries";
import { duplicateSupportOf } from "./duplicate-support";
import { budgetOf } from "./project-budget";
import { relationOf } from "./project-relation";
import { presentDetail, projectDetailSchema } from "./projects.presenter";
import { findProjectInScope, loadProjectDetail } from "./projects.queries";

// The answer every project route that shows or changes one project gives, shared by the projects routes files.

/** The project page as the caller may see it, with the steps it may take; outside the scope a logged 404. */
export async function projectPage(c: Context<AppEnv>, id: string) {
  const { db } = c.get("deps");
  const actor = requireActor(c);
  const row = await findProjectInScope(db, actor, id);
  if (!row) return notFoundForActor(db, actor, requestMeta(c), { entity: "project", entityId: id });
  const [detail, relation] = await Promise.all([loadProjectDetail(db, row), relationOf(db, actor, row)]);
  const [duplicates, normSets] = await Promise.all([
    duplicateSupportOf(db, actor, detail),
    supportNormSets(db),
  ]);
  return presentDetail(
    detail,
    {
      kinds: actorKindsFor(actor.role, relation),
      canUpdate: can(actor.role, "projects.update"),
      canTransition: can(actor.role, "projects.transition"),
      canDisburse: can(actor.role, "projects.disburse"),
      canAttach: can(actor.role, "projects.documents"),
    },
    duplicates,
    budgetOf(detail, normSets),
  );
}

export const detailResponse = {
  content: { "application/json": { schema: projectDetailSchema } },
  description: "Đề án",
};
