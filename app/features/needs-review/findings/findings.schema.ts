// Forms of findings and validation focus groups. Messages are catalog keys; checkbox lists arrive
// as arrays ("name[]"), and ids in them are checked against the territory by the domain functions.
import { z } from "zod";
import { calendarDate } from "~/http/date-field";
import { FINDING_KINDS, FINDING_PRIORITIES, TARGET_GROUPS, VALIDATION_OUTCOMES } from "~/db/enums";

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const list = <T extends z.ZodType>(item: T, max: number) => z.preprocess((v) => (v === undefined ? [] : v), z.array(item).max(max, "errors.tooMany"));

/** A finding's statement: one sentence or two, 10 to 2000 characters. */
export const statementText = z.string().trim().min(10, "errors.statementTooShort").max(2000, "errors.tooLong");

export const findingSchema = z.object({
  kind: z.enum(FINDING_KINDS, { error: "errors.choose" }),
  statement: statementText,
  "targetGroups[]": list(z.enum(TARGET_GROUPS, { error: "errors.choose" }), TARGET_GROUPS.length),
  priority: z.enum(FINDING_PRIORITIES, { error: "errors.choose" }),
});
export type FindingInput = z.output<typeof findingSchema>;

/** The codings ticked in the evidence picker. Ids that are not uuids are refused like foreign ones. */
export const evidenceSchema = z.object({
  "codingIds[]": z.preprocess((v) => (v === undefined ? [] : v), z.array(z.string().max(100, "errors.invalid")).min(1, "errors.codingsRequired").max(100, "errors.tooMany")),
});
export type EvidenceInput = z.output<typeof evidenceSchema>;

export const focusGroupSchema = z.object({
  title: z.string().trim().min(2, "errors.nameTooShort").max(200, "errors.tooLong"),
  heldOn: calendarDate(), // a focus group may also be planned ahead
  place: z.preprocess(trimmed, z.string().max(200, "errors.tooLong")),
  notes: z.preprocess(trimmed, z.string().max(5000, "errors.tooLong")),
});
export type FocusGroupInput = z.output<typeof focusGroupSchema>;

/**
 * Attendance as ticked on one page of the participant list: shownIds are the participants the
 * page listed, participantIds those ticked. Only the shown ones change, so paging loses nothing.
 */
export const attendeesSchema = z.object({
  "shownIds[]": list(z.string().max(100, "errors.invalid"), 200),
  "participantIds[]": list(z.string().max(100, "errors.invalid"), 200),
});
export type AttendeesInput = z.output<typeof attendeesSchema>;

/** The findings presented at the group. */
export const presentedSchema = z.object({
  "findingIds[]": list(z.string().max(100, "errors.invalid"), 500),
});
export type PresentedInput = z.output<typeof presentedSchema>;

/** What the group decided about one finding; "amended" needs the new wording. */
export const outcomeSchema = z
  .object({
    findingId: z.string().max(100, "errors.invalid"),
    outcome: z.enum(VALIDATION_OUTCOMES, { error: "errors.choose" }),
    amendedStatement: z.preprocess(blankToUndefined, statementText.optional()),
    notes: z.preprocess(trimmed, z.string().max(5000, "errors.tooLong")),
  })
  .refine((v) => v.outcome !== "amended" || v.amendedStatement !== undefined, { message: "errors.amendedWordingRequired", path: ["amendedStatement"] });
export type OutcomeInput = z.output<typeof outcomeSchema>;
