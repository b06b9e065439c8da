import type { DataScope, RoleCode } from "@kc/domain";

/** The signed-in user as every policy and use case sees it. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: RoleCode;
  scope: DataScope;
  organisationId: string | null;
  sessionId: string;
  twoFactorEnabled: boolean;
  /** The password was set by an administrator: every call but changing it is refused (absent: false). */
  mustChangePassword?: boolean;
};
