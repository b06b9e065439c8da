import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Messages } from "../../locales";

export type CodeGroup = keyof Messages["projects"]["codes"];

/**
 * Labels of codes in the UI language (`projects.codes.<group>.<code>`). A code the locales do not know (a newer
 * server) shows the server's own label when one is given, else the code itself.
 */
export function useCodeLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (group: CodeGroup, code: string | null | undefined, fallback?: string): string => {
      if (!code) return fallback ?? "";
      const key = `projects.codes.${group}.${code}`;
      if (!i18n.exists(key)) return fallback ?? code;
      return (t as unknown as (key: string) => string)(key);
    },
    [t, i18n],
  );
}

/** Options of a select box over a list of codes. */
export function useCodeOptions(group: CodeGroup, codes: readonly string[]) {
  const label = useCodeLabel();
  return codes.map((code) => ({ value: code, label: label(group, code) }));
}
