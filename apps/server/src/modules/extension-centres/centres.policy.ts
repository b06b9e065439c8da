import { type Ability, can } from "@kc/domain";
import { modulePolicy } from "../../platform/access";
import type { Actor } from "../../platform/context";

/**
 * Who may do what on the extension centres' records: central staff and a province's staff keep the staffing and
 * consulting records of the centres in their scope, auditors read them (`centres.*`). A centre outside the scope
 * is a logged 404 (the queries carry the scope), so another province's centre is never revealed.
 */
export type CentreAbility = Extract<Ability, `centres.${string}`>;

export const centrePolicy = modulePolicy<CentreAbility>("organisation");

/** Whether the centre's page offers the edit actions: the ability the write routes check. */
export const canManageCentres = (actor: Actor) => can(actor.role, "centres.manage");
