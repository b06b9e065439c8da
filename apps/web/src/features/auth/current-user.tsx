import type { Ability } from "@kc/domain";
import { createContext, type ReactNode, useContext } from "react";
import type { Me } from "../../api/types";

const CurrentUserContext = createContext<Me | null>(null);

/** Provided by the app layout once `/me` has answered. */
export function CurrentUserProvider({ user, children }: { user: Me; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser must be used inside the app layout");
  return user;
}

/** Whether the server granted the signed-in user this ability (e.g. "catalogues.manage"). */
export function useAbility(ability: Ability): boolean {
  return useCurrentUser().abilities.includes(ability);
}
