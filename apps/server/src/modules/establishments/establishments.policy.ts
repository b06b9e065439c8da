import { type Ability, can } from "@kc/domain";
import { modulePolicy } from "../../platform/access";
import type { Actor } from "../../platform/context";

/**
 * Who may do what on establishments (docs/ARCHITECTURE.md, access rules): central staff, provincial staff and
 * auditors read and export; provincial staff create, edit and import in their own province. Rows are limited to
 * the caller's scope by `findEstablishmentInScope` (another province's record is a logged 404).
 */
export type EstablishmentAbility = Extract<Ability, `establishments.${string}`>;

export const establishmentPolicy = modulePolicy<EstablishmentAbility>("establishment");

/** Whether the detail page offers editing, archiving and restoring. */
export const canEditEstablishments = (actor: Actor) => can(actor.role, "establishments.update");

/** The file routes (template, export, import) log a denial against the entity alone, as they always have. */
export const establishmentFilePolicy = modulePolicy<EstablishmentAbility>("establishment", { logId: false });
