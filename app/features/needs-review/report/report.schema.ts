// The narrative sections of the report and the language chosen for it. Messages are catalog keys.
import { z } from "zod";
import { isLanguage, type Language, LANGUAGES } from "~/i18n/languages";

/** Long enough for a few pages of text, short enough to stay a report section. */
export const NARRATIVE_MAX = 20_000;

const section = z.preprocess((v) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : ""), z.string().max(NARRATIVE_MAX, "errors.tooLong"));

export const narrativeSchema = z.object({
  introduction: section,
  context: section,
  conclusions: section,
});
export type NarrativeInput = z.output<typeof narrativeSchema>;

export const publishSchema = z.object({
  language: z.enum(LANGUAGES, { error: "errors.choose" }),
});

/**
 * The report's language: ?lang= when it names a platform language, else the page's (decision 027:
 * the page says which language is shown and offers the territory's beside it).
 */
export function reportLanguageOf(url: URL, pageLang: Language): Language {
  const asked = url.searchParams.get("lang");
  return isLanguage(asked) ? asked : pageLang;
}
