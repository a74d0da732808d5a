// Forms of training delivery. Messages are catalog keys. Ids in them (trainer, modules, trainee)
// are checked against the territory by the domain functions, never trusted here.
import { z } from "zod";
import { calendarDate, isCalendarDate } from "~/http/date-field";
import { ATTENDANCE_STATUSES, COHORT_KINDS, type AttendanceStatus } from "~/db/enums";
import type { Language } from "~/i18n/languages";
import { localNumber } from "~/i18n/number-field";

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** An unticked checkbox is absent from the form. */
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === "1", z.boolean());


/** A time of day, HH:MM on the 24-hour clock. */
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = z.string().regex(CLOCK_TIME, "training.errors.time");

export const cohortSchema = (lang: Language) => z
  .object({
    name: z.string().trim().min(2, "errors.nameTooShort").max(200, "errors.tooLong"),
    kind: z.enum(COHORT_KINDS, { error: "errors.choose" }),
    startsOn: calendarDate(),
    endsOn: calendarDate(),
    attendanceThresholdPercent: localNumber(lang, { integer: true, min: 0, max: 100, message: "errors.percent" }),
    requirePostAssessment: checkbox,
    midwayAssessment: checkbox,
  })
  .refine((v) => !isCalendarDate(v.startsOn) || !isCalendarDate(v.endsOn) || v.endsOn > v.startsOn, {
    message: "training.errors.endBeforeStartDate",
    path: ["endsOn"],
  });
export type CohortInput = z.output<ReturnType<typeof cohortSchema>>;

export const sessionSchema = z
  .object({
    title: z.string().trim().min(2, "errors.nameTooShort").max(200, "errors.tooLong"),
    date: calendarDate(),
    startTime: clockTime,
    endTime: clockTime,
    place: z.preprocess(trimmed, z.string().max(300, "errors.tooLong")),
    onlineUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "errors.url" }).max(500, "errors.tooLong").optional()),
    trainerUserId: z.preprocess(blankToUndefined, z.string().max(100, "errors.invalid").optional()),
    "moduleIds[]": z.preprocess((v) => (v === undefined ? [] : v), z.array(z.string().max(100, "errors.invalid")).max(50, "errors.tooMany")),
    notes: z.preprocess(trimmed, z.string().max(5000, "errors.tooLong")),
  })
  // Compared only when both are times: a mistyped start gets its own message, not this one too.
  .refine((v) => !CLOCK_TIME.test(v.startTime) || !CLOCK_TIME.test(v.endTime) || v.endTime > v.startTime, {
    message: "training.errors.endBeforeStart",
    path: ["endTime"],
  })
  .refine((v) => v.place !== "" || v.onlineUrl !== undefined, { message: "training.errors.placeOrOnline", path: ["place"] });
export type SessionInput = z.output<typeof sessionSchema>;

export const enrolSchema = z.object({
  userId: z.string().min(1, "training.errors.chooseTrainee").max(100, "errors.invalid"),
  department: z.preprocess(trimmed, z.string().max(200, "errors.tooLong")),
});
export type EnrolInput = z.output<typeof enrolSchema>;

/**
 * The attendance register: one radio group per trainee, named "mark.<enrolmentId>". Any other
 * field is ignored; a value that is not a status refuses the whole form.
 */
export const attendanceSchema = z
  .record(z.string(), z.unknown())
  .transform((raw, ctx) => {
    const marks: { enrolmentId: string; status: AttendanceStatus }[] = [];
    for (const [key, value] of Object.entries(raw)) {
      if (!key.startsWith("mark.")) continue;
      if (!ATTENDANCE_STATUSES.includes(value as AttendanceStatus)) {
        ctx.addIssue({ code: "custom", message: "errors.choose", path: [key] });
        continue;
      }
      marks.push({ enrolmentId: key.slice("mark.".length), status: value as AttendanceStatus });
    }
    if (marks.length > 5000) ctx.addIssue({ code: "custom", message: "errors.tooMany", path: ["_form"] });
    return marks;
  });
export type AttendanceInput = z.output<typeof attendanceSchema>;
