// The form of a phase of the programme timeline: its kind (which stage of the cycle it schedules,
// used for "late" on the dashboard), an optional name per platform language (empty: the kind's
// name), first and last day, and its place in the list. Flat fields ("name_de") so that the form
// works without JavaScript and a failed submit gives back every typed value. Messages are catalog keys.
import { z } from "zod";
import { PHASE_KINDS, type LocalizedText, type PhaseKind } from "~/db/schema";
import { calendarDate } from "~/http/date-field";
import { LANGUAGES } from "~/i18n/languages";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const phaseDate = calendarDate();

const shape: Record<string, z.ZodType> = {
  kind: z.enum(PHASE_KINDS, { error: "errors.choose" }),
  startsOn: phaseDate,
  endsOn: phaseDate,
  position: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number({ error: "timeline.errors.position" }).int("timeline.errors.position").min(0, "timeline.errors.position").max(999, "timeline.errors.position").optional(),
  ),
};
for (const lang of LANGUAGES) {
  shape[`name_${lang}`] = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(120, "errors.tooLong").refine((v) => v === "" || v.length >= 2, "errors.nameTooShort"));
}

export type PhaseInput = { kind: PhaseKind; name: LocalizedText; startsOn: string; endsOn: string; position: number | undefined };

export const phaseSchema = z
  .object(shape)
  .refine((v) => !ISO_DATE.test(String(v.startsOn)) || !ISO_DATE.test(String(v.endsOn)) || String(v.endsOn) > String(v.startsOn), {
    message: "timeline.errors.endBeforeStart",
    path: ["endsOn"],
  })
  .transform((v): PhaseInput => {
    const name: LocalizedText = {};
    for (const lang of LANGUAGES) if (v[`name_${lang}`]) name[lang] = v[`name_${lang}`] as string;
    return { kind: v.kind as PhaseKind, name, startsOn: v.startsOn as string, endsOn: v.endsOn as string, position: v.position as number | undefined };
  });
