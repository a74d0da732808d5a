// The form of a competence: its name and description in each platform language, group, optional
// ESCO link, position and level descriptors. Fields are flat ("name_de", "level2_it") so that the
// form works without JavaScript and a failed submit gives every typed value back. Messages are
// catalog keys.
import { z } from "zod";
import { COMPETENCE_GROUPS, PROFICIENCY_LEVELS, type CompetenceGroup, type LocalizedText, type ProficiencyLevel } from "~/db/enums";
import { LANGUAGES, type Language } from "~/i18n/languages";
import { optionalLocalNumber } from "~/i18n/number-field";

const text = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, "errors.tooLong"));

/** An ESCO concept URI: http(s)://data.europa.eu/esco/… (skills, occupations, knowledge). */
export function isEscoUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname === "data.europa.eu" && /^\/esco\/[^/].*/.test(url.pathname) && !url.username && !url.password;
}

/** The fields of the competence form; its position is a number typed in the page's language. */
function shapeFor(lang: Language): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {
    group: z.enum(COMPETENCE_GROUPS, { error: "errors.choose" }),
    escoUri: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : ""),
      z.string().max(300, "errors.tooLong").refine((v) => v === "" || isEscoUri(v), "competences.errors.escoUri"),
    ),
    // Blank: after the others. The list is short; positions need not be contiguous.
    position: optionalLocalNumber(lang, { integer: true, min: 0, max: 9999, message: "competences.errors.position" }),
  };
  for (const code of LANGUAGES) {
    shape[`name_${code}`] = text(120).refine((v) => v === "" || v.length >= 2, "errors.nameTooShort");
    shape[`description_${code}`] = text(2000);
    for (const level of PROFICIENCY_LEVELS) shape[`level${level}_${code}`] = text(1000);
  }
  return shape;
}

export type CompetenceInput = {
  group: CompetenceGroup;
  name: LocalizedText;
  description: LocalizedText;
  levels: Record<ProficiencyLevel, LocalizedText>;
  escoUri: string | null;
  position: number | undefined;
};

/** Only the languages that were filled in: an empty one falls back to the others in display. */
function pick(raw: Record<string, unknown>, prefix: string): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of LANGUAGES) {
    const value = raw[`${prefix}_${lang}`];
    if (typeof value === "string" && value) out[lang] = value;
  }
  return out;
}

/** The competence form, read in the page's language. */
export const competenceSchema = (lang: Language) => z
  .object(shapeFor(lang))
  .superRefine(
    (raw, ctx) => {
      // At least one name; the message sits on the first language's field, where the eye starts.
      if (LANGUAGES.every((lang) => !raw?.[`name_${lang}`])) ctx.addIssue({ code: "custom", path: [`name_${LANGUAGES[0]}`], message: "competences.errors.nameRequired" });
    },
    // Also when another field failed, so that one submit shows every error.
    { when: () => true },
  )
  .transform(
    (raw): CompetenceInput => ({
      group: raw.group as CompetenceGroup,
      name: pick(raw, "name"),
      description: pick(raw, "description"),
      levels: { 1: pick(raw, "level1"), 2: pick(raw, "level2"), 3: pick(raw, "level3") },
      escoUri: (raw.escoUri as string) || null,
      position: raw.position as number | undefined,
    }),
  );
