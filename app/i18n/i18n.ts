// One i18next instance per render, built from the catalog the root loader sent. The browser only
// ever receives the catalog of the page's language.
import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type en from "./locales/en.json";
import type { Language } from "./languages";

export type Messages = typeof en;

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}

export function createI18n(lang: Language, messages: Messages): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { translation: messages } },
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
