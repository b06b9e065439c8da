/**
 * A typed `t` for the plans strings. The module's locale (locales/{vi,en}/plans.ts) is typed here against its
 * own Vietnamese object, so this feature type-checks whether or not the strings are merged into `Messages` yet;
 * at run time the keys are the ordinary i18next ones.
 */

import type { FundingSource, SourceGroup } from "@kc/domain";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../lib/format";
import type { viPlans } from "../../locales/vi/plans";
import { BUDGET_EXEC } from "./constants";

/** "plans.form.title" and every other dotted path to a string of the plans locale. */
type LeafKeys<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type PlansKey = LeafKeys<typeof viPlans>;
type PlansT = (key: PlansKey, options?: Record<string, unknown>) => string;
type Translate = (key: string, options?: Record<string, unknown>) => string;

export function usePlansT(): PlansT {
  const { t } = useTranslation();
  return useCallback((key, options) => (t as unknown as Translate)(key, options), [t]);
}

/** Labels of the module's codes: the server's label when it sent one, else the locale's, else the code. */
export function usePlanLabels() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const lookup = (group: string, code: string | null | undefined, serverLabel?: string | null) => {
      if (!code) return "";
      if (serverLabel) return serverLabel;
      const key = `plans.${group}.${code}`;
      return i18n.exists(key) ? (t as unknown as Translate)(key) : code;
    };
    return {
      source: (code: FundingSource | null | undefined) => lookup("sources", code),
      sourceGroup: (code: SourceGroup) => lookup("sourceGroups", code),
      content: (code: string | null | undefined) => lookup("contents", code),
      indicator: (code: string, serverLabel?: string | null) => lookup("indicators", code, serverLabel),
      /** The unit of a count ("người"); empty for money and for codes the locale does not know. */
      indicatorUnit: (code: string) => {
        const key = `plans.indicatorUnits.${code}`;
        return code !== BUDGET_EXEC && i18n.exists(key) ? (t as unknown as Translate)(key) : "";
      },
    };
  }, [t, i18n]);
}

/** "Ban đầu" for the original plan, else the number of the revising decision (revision 2 = lần điều chỉnh 1). */
export function useRevisionLabel() {
  const t = usePlansT();
  return useCallback(
    (revision: number) => (revision <= 1 ? t("plans.revisionOriginal") : formatNumber(revision - 1)),
    [t],
  );
}
