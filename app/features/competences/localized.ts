// Programme content written in several languages (LocalizedText), shown in the page's language.
// A text missing in that language falls back to the others in the platform's order (en, de, it,
// es), so a competence written only in Italian is still shown, in Italian, to a German reader.
import { pickLocalized } from "~/components/ui/localized";
import type { LocalizedText } from "~/db/schema";
import type { Language } from "~/i18n/languages";

/** The text in `lang`, else in the first platform language that has it; "" when none has. */
export function localized(text: LocalizedText | null | undefined, lang: Language): string {
  return pickLocalized(text, lang)?.text ?? "";
}

/**
 * The text and the language it is actually written in, for marking a fallback with `lang="…"`
 * (WCAG 3.1.2, language of parts); null when no language has it.
 */
export function localizedWithLanguage(text: LocalizedText | null | undefined, lang: Language): { text: string; lang: Language } | null {
  return pickLocalized(text, lang);
}
