import { todayInVietnam } from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import { requireActor } from "../../platform/router";
import { certificatePriorities } from "../establishments/certificate-priority";
import { supportNormSets } from "../support-norms/support-norms.queries";
import { duplicateSupportOf } from "./duplicate-support";
import { budgetOf } from "./project-budget";
import { relationOf } from "./project-relation";
import { loadProjectSnapshot } from "./project-snapshot";
import { projectAbilities, projectPolicy } from "./projects.policy";
import { presentDetail, projectDetailSchema } from "./projects.presenter";
import { findProjectInScope, loadProjectDetail } from "./projects.queries";

// The answer every project route that shows or changes one project gives, shared by the projects routes files
// (which may not import each other).

/** The project page as the caller may see it, with the steps it may take; outside the scope a logged 404. */
export async function projectPage(c: Context<AppEnv>, id: string) {
  const { db, now } = c.get("deps");
  const actor = requireActor(c);
  const row = await projectPolicy.inScopeOr404(c, await findProjectInScope(db, actor, id), id);
  const [detail, relation] = await Promise.all([loadProjectDetail(db, row), relationOf(db, actor, row)]);
  const today = todayInVietnam(now());
  const [duplicates, normSets, priorities] = await Promise.all([
    duplicateSupportOf(db, actor, detail),
    supportNormSets(db),
    // Art. 21: the appraisal sees which beneficiaries hold a certificate valid today.
    certificatePriorities(
      db,
      detail.beneficiaries.map((b) => b.establishmentId),
      today,
    ),
  ]);
  // Read after the others: the snapshot's queries run one after another (see loadProjectSnapshot).
  const snapshot = await loadProjectSnapshot(db, row);
  const abilities = projectAbilities(actor, relation, { snapshot, normSets }, today);
  return presentDetail(detail, abilities, duplicates, budgetOf(detail, normSets), priorities);
}

export const detailResponse = {
  content: { "application/json": { schema: projectDetailSchema } },
  description: "Đề án",
};
