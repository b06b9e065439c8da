import { can, userActions } from "@kc/domain";
import type { Actor } from "../../platform/context";

/**
 * The actions offered to the caller on an account, by the rule `setUserDisabled` enforces (`userStatusChange`):
 * nothing for someone who only reads accounts.
 */
export function userActionsFor(actor: Actor, target: { id: string; disabled: boolean }) {
  return can(actor.role, "users.manage") ? userActions(target, actor.userId) : {};
}
