import { todayInVietnam } from "@kc/domain";
import { useTranslation } from "react-i18next";
import { useCatalogueEntries } from "./api";

type Option = { value: string; label: string };

/** Code-list entries in force today (LEGAL_FORM, ELIGIBLE_INDUSTRY, SUBJECT_CLASS) as options in the UI language. */
export function useCodeOptions(kind: "LEGAL_FORM" | "ELIGIBLE_INDUSTRY" | "SUBJECT_CLASS") {
  const { i18n } = useTranslation();
  const entries = useCatalogueEntries(kind, todayInVietnam());
  const english = i18n.language === "en";
  const options: Option[] = (entries.data ?? []).map((entry) => ({
    value: entry.code,
    label: english && entry.labelEn ? entry.labelEn : entry.labelVi,
  }));
  return { isPending: entries.isPending, options };
}
