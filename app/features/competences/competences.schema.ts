// The form of a competence: its name and description in each platform language, group, optional
// ESCO link, position and level descriptors. Fields are flat ("name_de", "level2_it") so that the
// form works without JavaScript and a failed submit gives every typed value back. Messages are
// catalog keys.
import { z } from "zod";
import { COMPETENCE_GROUPS, PROFICIENCY_LEVELS, type CompetenceGroup, type LocalizedText, type ProficiencyLevel } from "~/db/schema";
import { LANGUAGES } from "~/i18n/languages";

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

const shape: Record<string, z.ZodType> = {
  group: z.enum(COMPETENCE_GROUPS, { error: "errors.choose" }),
  escoUri: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().max(300, "errors.tooLong").refine((v) => v === "" || isEscoUri(v), "competences.errors.escoUri"),
  ),
  // Blank: after the others. The list is short; positions need not be contiguous.
  position: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number({ error: "competences.errors.position" }).int("competences.errors.position").min(0, "competences.errors.position").max(9999, "competences.errors.position").optional(),
  ),
};
for (const lang of LANGUAGES) {
  shape[`name_${lang}`] = text(120).refine((v) => v === "" || v.length >= 2, "errors.nameTooShort");
  shape[`description_${lang}`] = text(2000);
  for (const level of PROFICIENCY_LEVELS) shape[`level${level}_${lang}`] = text(1000);
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

export const competenceSchema = z
  .object(shape)
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
