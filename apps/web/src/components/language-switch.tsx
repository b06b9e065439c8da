import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { changeLanguage, type Language } from "../i18n";

/** VI / EN switch, for pages outside the app layout (the app has it in the user menu). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === "en" ? "en" : "vi";
  return (
    <Segmented<Language>
      aria-label={t("language.label")}
      size="small"
      value={language}
      onChange={(value) => void changeLanguage(value)}
      options={[
        { value: "vi", label: "VI", title: t("language.vi") },
        { value: "en", label: "EN", title: t("language.en") },
      ]}
    />
  );
}
