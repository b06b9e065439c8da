import type { Ability } from "@kc/domain";
import { Result } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentUser } from "../features/auth/current-user";

type RequireAbilityProps = {
  /** The page shows when the user has any one of these abilities (computed by the server). */
  anyOf: readonly Ability[];
  children: ReactNode;
};

/** Guards a page by the abilities the API returned for the signed-in user; never by role. */
export function RequireAbility({ anyOf, children }: RequireAbilityProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (!anyOf.some((ability) => me.abilities.includes(ability))) {
    return <Result status="403" title={t("errors.forbiddenTitle")} subTitle={t("errors.forbidden")} />;
  }
  return <>{children}</>;
}
