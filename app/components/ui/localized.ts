import type { LocalizedText } from "~/db/schema";
import { LANGUAGES, type Language } from "~/i18n/languages";

/** Content in the page's language, else in the first language that has it. */
export function pickLocalized(text: LocalizedText | null | undefined, lang: Language): { text: string; lang: Language } | null {
  if (!text) return null;
  if (text[lang]) return { text: text[lang]!, lang };
  for (const other of LANGUAGES) if (text[other]) return { text: text[other]!, lang: other };
  return null;
}
