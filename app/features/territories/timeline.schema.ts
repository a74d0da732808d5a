// The form of a phase of the programme timeline: its kind (which stage of the cycle it schedules,
// used for "late" on the dashboard), an optional name per platform language (empty: the kind's
// name), first and last day, and its place in the list. Flat fields ("name_de") so that the form
// works without JavaScript and a failed submit gives back every typed value. Messages are catalog keys.
import { z } from "zod";
import { PHASE_KINDS, type LocalizedText, type PhaseKind } from "~/db/enums";
import { calendarDate } from "~/http/date-field";
import { LANGUAGES, type Language } from "~/i18n/languages";
import { optionalLocalNumber } from "~/i18n/number-field";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const phaseDate = calendarDate();

function shapeFor(lang: Language): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {
    kind: z.enum(PHASE_KINDS, { error: "errors.choose" }),
    startsOn: phaseDate,
    endsOn: phaseDate,
    position: optionalLocalNumber(lang, { integer: true, min: 0, max: 999, message: "timeline.errors.position" }),
  };
  for (const language of LANGUAGES) {
    shape[`name_${language}`] = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(120, "errors.tooLong").refine((v) => v === "" || v.length >= 2, "errors.nameTooShort"));
  }
  return shape;
}

export type PhaseInput = { kind: PhaseKind; name: LocalizedText; startsOn: string; endsOn: string; position: number | undefined };

export const phaseSchema = (lang: Language) =>
  z
    .object(shapeFor(lang))
    .refine((v) => !ISO_DATE.test(String(v.startsOn)) || !ISO_DATE.test(String(v.endsOn)) || String(v.endsOn) > String(v.startsOn), {
      message: "timeline.errors.endBeforeStart",
      path: ["endsOn"],
    })
    .transform((v): PhaseInput => {
      const name: LocalizedText = {};
      for (const language of LANGUAGES) if (v[`name_${language}`]) name[language] = v[`name_${language}`] as string;
      return { kind: v.kind as PhaseKind, name, startsOn: v.startsOn as string, endsOn: v.endsOn as string, position: v.position as number | undefined };
    });
