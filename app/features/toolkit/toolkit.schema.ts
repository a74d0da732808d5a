// Forms of the Training Programme Toolkit. Messages are catalog keys (shared ones under errors.,
// the Toolkit's own under toolkit.errors.). Ids ticked in checkbox lists are only shape-checked
// here; the domain functions check that each belongs to the programme (links.server.ts).
import { z } from "zod";
import { TRAINING_METHODS } from "~/db/enums";
import type { Language } from "~/i18n/languages";
import { localNumber } from "~/i18n/number-field";

/** The longest module accepted: five training days of eight hours. Longer is a programme, not a module. */
export const MODULE_MAX_MINUTES = 5 * 8 * 60;
export const MODULE_MAX_OUTCOMES = 20;

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const list = (max: number) =>
  z.preprocess((v) => (v === undefined ? [] : v), z.array(z.string().max(100, "errors.invalid")).max(max, "errors.tooMany"));

/** "one per line" → the non-empty lines, trimmed (a pasted "- " or "• " bullet dropped). */
export function splitOutcomes(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•*]|\d+[.)])\s+/, "").trim())
    .filter(Boolean);
}

/** A module's form, read in the page's language (its duration is a number typed there). */
export const moduleSchema = (lang: Language) => z.object({
  title: z.string().trim().min(2, "errors.nameTooShort").max(200, "errors.tooLong"),
  summary: z.preprocess(trimmed, z.string().max(2000, "errors.tooLong")),
  learningOutcomes: z.preprocess(
    (v) => (typeof v === "string" ? splitOutcomes(v) : []),
    z
      .array(z.string().max(500, "toolkit.errors.outcomeTooLong"))
      .min(1, "toolkit.errors.outcomesRequired")
      .max(MODULE_MAX_OUTCOMES, "toolkit.errors.tooManyOutcomes"),
  ),
  "methods[]": z.preprocess(
    (v) => (v === undefined ? [] : v),
    z.array(z.enum(TRAINING_METHODS, { error: "errors.choose" })).min(1, "toolkit.errors.methodsRequired").max(TRAINING_METHODS.length, "errors.tooMany"),
  ),
  durationMinutes: localNumber(lang, {
    integer: true,
    min: 1,
    max: MODULE_MAX_MINUTES,
    message: "errors.wholeNumber",
    minMessage: "toolkit.errors.durationPositive",
    maxMessage: "toolkit.errors.durationTooLong",
  }),
  trainerNotes: z.preprocess(trimmed, z.string().max(10_000, "errors.tooLong")),
  "competenceIds[]": list(200),
  "findingIds[]": list(500),
  "contributionIds[]": list(500),
});
export type ModuleInput = z.output<ReturnType<typeof moduleSchema>>;

export const moveSchema = z.object({
  moduleId: z.string().max(100, "errors.invalid"),
  direction: z.enum(["up", "down"], { error: "errors.choose" }),
});
export type MoveInput = z.output<typeof moveSchema>;

/** A link material: a title and an http(s) address. (Both forms share a page: their titles have their own names.) */
export const materialLinkSchema = z.object({
  linkTitle: z.string().trim().min(2, "errors.nameTooShort").max(200, "errors.tooLong"),
  url: z.url({ protocol: /^https?$/, error: "errors.url" }).max(1000, "errors.tooLong"),
});
export type MaterialLinkInput = z.output<typeof materialLinkSchema>;

/** A file material: its title (the file is read apart, by content). */
export const materialFileSchema = z.object({
  fileTitle: z.string().trim().min(2, "errors.nameTooShort").max(200, "errors.tooLong"),
});
