/**
 * UI language: Vietnamese by default, English as the second language. The choice is a UI preference only
 * (kept in localStorage); data from the server is never translated.
 */
import dayjs from "dayjs";
import "dayjs/locale/vi";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en, type Messages, vi } from "./locales";

export const languages = ["vi", "en"] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = "kc.language";

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  // Month and weekday names in date pickers follow the UI language.
  dayjs.locale(language === "en" ? "en" : "vi");
}

i18n.on("languageChanged", applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "vi",
  supportedLngs: languages,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(i18n.language);

declare module "i18next" {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface.
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}

export default i18n;
