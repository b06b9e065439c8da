import { auditActionLabel, auditEntityLabel } from "@kc/domain";
import { useTranslation } from "react-i18next";

/**
 * Labels of audit actions and entities in the reader's language, from the one table in `@kc/domain` (so the
 * screen, the establishment history and the API agree, legacy codes included). Project step names come from the
 * locale, which has them in both languages.
 */
export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "vi";
  const stepLabel = (code: string) => t(`projects.codes.steps.${code}`, { defaultValue: code });
  return {
    action: (code: string) => auditActionLabel(code, language, stepLabel),
    entity: (code: string) => auditEntityLabel(code, language),
  };
}
