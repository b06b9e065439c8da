import { can } from "@kc/domain";
import { modulePolicy } from "../../../platform/access";
import type { Actor } from "../../../platform/context";

/**
 * Who may do what with entries: everyone who reads selection rounds reads the entries of the rounds they reach
 * (a juror only those of a round they sit on, through round-access.ts); the organiser's staff register, edit,
 * withdraw, upload photos and dossiers, nominate and import.
 */
export const entryPolicy = modulePolicy<"selection.read" | "selection.manage">("selection_entry");

export const canManageEntries = (actor: Actor) => can(actor.role, "selection.manage");
