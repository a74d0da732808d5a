// The report page's language and the narrative's limit, shared by the page (in the browser) and the
// schema, without zod (decision 030).
import { isLanguage, type Language } from "~/i18n/languages";

export const NARRATIVE_MAX = 20_000;

/**
 * The report's language: ?lang= when it names a platform language, else the page's (decision 027:
 * the page says which language is shown and offers the territory's beside it).
 */
export function reportLanguageOf(url: URL, pageLang: Language): Language {
  const asked = url.searchParams.get("lang");
  return isLanguage(asked) ? asked : pageLang;
}
