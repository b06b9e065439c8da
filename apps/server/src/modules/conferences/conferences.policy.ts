import { type Ability, can } from "@kc/domain";
import { modulePolicy } from "../../platform/access";
import type { Actor } from "../../platform/context";

/**
 * Regional conferences are organised by the central agency with the host DoIT (Decree 45 Art. 4.9.b): central
 * staff keep them (`conferences.manage`), everyone of the programme reads them and downloads their pack.
 */
export type ConferenceAbility = Extract<Ability, `conferences.${string}`>;

export const conferencePolicy = modulePolicy<ConferenceAbility>("conference");

export const canManageConferences = (actor: Actor) => can(actor.role, "conferences.manage");
