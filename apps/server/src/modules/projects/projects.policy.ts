import { type Ability, actorKindsFor, can, type ProjectRelation } from "@kc/domain";
import { modulePolicy } from "../../platform/access";
import type { Actor } from "../../platform/context";

/**
 * Who may do what on projects (docs/ARCHITECTURE.md, access rules): the role's abilities, checked before any data
 * access (403, logged), and rows limited to the caller's province or organisation by `findProjectInScope` (404,
 * logged). Which step a body may take is the transition table's (`actorKindsFor`).
 */
export type ProjectAbility = Extract<Ability, `projects.${string}`>;

export const projectPolicy = modulePolicy<ProjectAbility>("project");

/** What the project page offers the caller, so the browser never re-implements these rules. */
export function projectAbilities(actor: Actor, relation: ProjectRelation) {
  return {
    kinds: actorKindsFor(actor.role, relation),
    canUpdate: can(actor.role, "projects.update"),
    canTransition: can(actor.role, "projects.transition"),
    canDisburse: can(actor.role, "projects.disburse"),
    canAttach: can(actor.role, "projects.documents"),
  };
}
