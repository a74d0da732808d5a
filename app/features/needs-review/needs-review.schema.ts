// Forms of the Needs Review. Messages are catalog keys; optional fields arrive as "" and become undefined.
import { z } from "zod";
import { calendarDate } from "~/http/date-field";
import { CONSENT_SCOPES, DESK_SOURCE_KINDS, TARGET_GROUPS } from "~/db/enums";
import { normaliseTranscript } from "./interviews/transcript-text";

import { AGE_BANDS, GENDERS } from "./participant-values";

export { AGE_BANDS, GENDERS };

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, "errors.tooLong").optional());

/** "a, b ,c" → ["a", "b", "c"]: short lists typed in one field (themes, languages). */
const commaList = (maxItems: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : []),
    z.array(z.string().max(60, "errors.tooLong")).max(maxItems, "errors.tooMany"),
  );

export const deskSourceSchema = z.object({
  title: z.string().trim().min(2, "errors.nameTooShort").max(300, "errors.tooLong"),
  kind: z.enum(DESK_SOURCE_KINDS, { error: "errors.choose" }),
  url: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "errors.url" }).max(500, "errors.tooLong").optional()),
  notes: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(5000, "errors.tooLong")),
  themes: commaList(20),
});
export type DeskSourceInput = z.output<typeof deskSourceSchema>;

export const participantSchema = z.object({
  pseudonym: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{1,29}$/, "errors.pseudonym"),
  targetGroup: z.enum(TARGET_GROUPS, { error: "errors.choose" }),
  department: optionalText(160),
  /** For stakeholders: the organisation she speaks for (focus-group attendance by organisation). */
  organisation: optionalText(160),
  ageBand: z.preprocess(blankToUndefined, z.enum(AGE_BANDS, { error: "errors.choose" }).optional()),
  gender: z.preprocess(blankToUndefined, z.enum(GENDERS, { error: "errors.choose" }).optional()),
  regionOfOrigin: optionalText(120),
  languages: commaList(10),
  realName: optionalText(160),
  contact: optionalText(300),
});
export type ParticipantInput = z.output<typeof participantSchema>;

/** A stakeholder registered on the spot at a focus group: pseudonym, target group, organisation. */
export const quickParticipantSchema = participantSchema.pick({ pseudonym: true, targetGroup: true, organisation: true });

/** A calendar date that exists and is not in the future. */
const pastDate = () => calendarDate({ notInFuture: true });

export const consentSchema = z.object({
  // Per purpose (decision 025); a form without the field records the interview consent it always meant.
  scope: z.enum(CONSENT_SCOPES, { error: "personalData.consentScopeInvalid" }).default("interview"),
  purpose: z.string().trim().min(2, "errors.nameTooShort").max(500, "errors.tooLong"),
  givenOn: pastDate(),
  informationSheetVersion: z.string().trim().min(1, "errors.required").max(50, "errors.tooLong"),
});
export type ConsentInput = z.output<typeof consentSchema>;

/** The language of an interview: an ISO 639-1 code (a platform language or any other). */
export const INTERVIEW_LANGUAGE = /^[a-z]{2}$/;

export const interviewSchema = z.object({
  conductedOn: pastDate(),
  interviewerUserId: z.string().trim().min(1, "errors.choose").max(100, "errors.choose"),
  // Chosen from a list of languages by name (interview-languages.ts); a forged value is a wrong choice.
  language: z.string().trim().toLowerCase().regex(INTERVIEW_LANGUAGE, "errors.choose"),
  // Checkboxes: the domain function checks that each id is a participant of the territory.
  "participantIds[]": z.preprocess(
    (v) => (v === undefined ? [] : v),
    z.array(z.string().max(100, "errors.invalid")).min(1, "errors.participantsRequired").max(50, "errors.tooMany"),
  ),
  notes: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(5000, "errors.tooLong")),
});
export type InterviewInput = z.output<typeof interviewSchema>;

/** At most this many characters of transcript (about 500 pages). */
export const TRANSCRIPT_MAX_CHARS = 1_000_000;

export const transcriptSchema = z.object({
  text: z.preprocess(
    (v) => (typeof v === "string" ? normaliseTranscript(v) : v),
    z.string().refine((v) => v.trim() !== "", "errors.required").refine((v) => v.length <= TRANSCRIPT_MAX_CHARS, "errors.tooLong"),
  ),
});
export type TranscriptInput = z.output<typeof transcriptSchema>;

/** A route parameter or form field that must be a uuid; anything else is simply not found. */
export function parseUuid(value: unknown): string | null {
  const parsed = z.uuid().safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The search box (?q=): trimmed, at most 200 characters; "" means no search yet. */
export const SEARCH_QUERY_MAX = 200;
export const searchQuerySchema = z.string().trim().max(SEARCH_QUERY_MAX, "errors.searchTooLong");
