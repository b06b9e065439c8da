import {
  type Ability,
  actorKindsFor,
  can,
  type ProjectRelation,
  type ProjectSnapshot,
  type SupportNormSet,
  stepReadiness,
  todayInVietnam,
} from "@kc/domain";
import { modulePolicy } from "../../platform/access";
import type { Actor } from "../../platform/context";

/**
 * Who may do what on projects (docs/ARCHITECTURE.md, access rules): the role's abilities, checked before any data
 * access (403, logged), and rows limited to the caller's province or organisation by `findProjectInScope` (404,
 * logged). Which step a body may take is the transition table's (`actorKindsFor`).
 */
export type ProjectAbility = Extract<Ability, `projects.${string}`>;

export const projectPolicy = modulePolicy<ProjectAbility>("project");

/**
 * What the project page offers the caller, so the browser never re-implements these rules: for each step the
 * caller's body may take from the current state, the guards of packages/domain run on the project as it is today
 * (`stepReadiness`), so a step the server would refuse comes with its reasons instead of an inviting button.
 */
export function projectAbilities(
  actor: Actor,
  relation: ProjectRelation,
  project: { snapshot: ProjectSnapshot; normSets: readonly SupportNormSet[] },
  today = todayInVietnam(),
) {
  const kinds = actorKindsFor(actor.role, relation);
  const canTransition = can(actor.role, "projects.transition");
  return {
    kinds,
    canUpdate: can(actor.role, "projects.update"),
    canTransition,
    canDisburse: can(actor.role, "projects.disburse"),
    canAttach: can(actor.role, "projects.documents"),
    steps: canTransition
      ? stepReadiness(project.snapshot, kinds, { date: today, normSets: project.normSets })
      : [],
  };
}
