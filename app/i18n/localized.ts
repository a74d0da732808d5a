// Programme content written in several languages (LocalizedText: competences, programme summaries),
// shown in the page's language. A text missing there falls back to the others in the platform's
// order (en, de, it, es), so a competence written only in Italian is still shown, in Italian, to a
// German reader; the language returned lets the page mark such a fallback with `lang="…"`
// (WCAG 3.1.2, language of parts). The one helper for this: server features and pages alike.
import type { LocalizedText } from "~/db/enums";
import { LANGUAGES, type Language } from "./languages";

/** The text in `lang`, else in the first platform language that has one, with its language; null when none has. */
export function pickLocalized(text: LocalizedText | null | undefined, lang: Language): { text: string; lang: Language } | null {
  if (!text) return null;
  if (text[lang]) return { text: text[lang]!, lang };
  for (const other of LANGUAGES) if (text[other]) return { text: text[other]!, lang: other };
  return null;
}
