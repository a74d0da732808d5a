import de from "./locales/de.json";
import en from "./locales/en.json";
import es from "./locales/es.json";
import it from "./locales/it.json";
import { createI18n, type Messages } from "./i18n";
import type { Language } from "./languages";

export const CATALOGS: Record<Language, Messages> = { en, de, it, es };

/** A translate function for server-side text (emails, documents). */
export function getServerT(lang: Language) {
  return createI18n(lang, CATALOGS[lang]).t;
}
