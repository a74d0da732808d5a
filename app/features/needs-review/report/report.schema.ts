// The narrative sections of the report and the language chosen for it. Messages are catalog keys.
import { z } from "zod";
import { NARRATIVE_MAX, reportLanguageOf } from "./report-language";
import { LANGUAGES } from "~/i18n/languages";

/** Long enough for a few pages of text, short enough to stay a report section. */

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

export { NARRATIVE_MAX, reportLanguageOf };
