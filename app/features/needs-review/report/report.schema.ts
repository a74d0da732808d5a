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
 * The report's language: ?lang= when it names a platform language, else the territory's first
 * language that is one, else the page's.
 */
export function reportLanguageOf(url: URL, territoryLanguages: readonly string[], pageLang: Language): Language {
  const asked = url.searchParams.get("lang");
  if (isLanguage(asked)) return asked;
  return territoryLanguages.find(isLanguage) ?? pageLang;
}
