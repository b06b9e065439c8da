import { type ActionAvailability, actionReason, availability } from "./action-availability";

/** What the users page offers on an account; each button of a row is one of these. */
export const userActionCodes = ["edit", "disable", "enable", "revokeSessions", "resetPassword"] as const;
export type UserActionCode = (typeof userActionCodes)[number];

export type UserActionTarget = { id: string; disabled: boolean };

/**
 * The one rule for disabling or enabling an account, used by the page's answer and by `setUserDisabled`: nobody
 * disables their own account, and an account is not disabled or enabled twice. Only an active administrator
 * manages accounts, so refusing self-disabling is also what keeps at least one administrator.
 */
export function userStatusChange(
  target: UserActionTarget,
  disabled: boolean,
  actorId: string,
): ActionAvailability {
  return availability([
    target.disabled === disabled &&
      actionReason(
        "USER_STATUS_UNCHANGED",
        disabled ? "Tài khoản đã bị khóa" : "Tài khoản đang hoạt động, không cần mở khóa",
      ),
    disabled && target.id === actorId && actionReason("USER_CANNOT_DISABLE_SELF"),
  ]);
}

/**
 * The actions an administrator is offered on one account, each with its reasons. Disable is offered on an active
 * account and enable on a disabled one: the other is never a button.
 */
export function userActions(
  target: UserActionTarget,
  actorId: string,
): Partial<Record<UserActionCode, ActionAvailability>> {
  const free: ActionAvailability = availability([]);
  const statusAction = target.disabled ? "enable" : "disable";
  return {
    edit: free,
    [statusAction]: userStatusChange(target, !target.disabled, actorId),
    revokeSessions: free,
    resetPassword: free,
  };
}
