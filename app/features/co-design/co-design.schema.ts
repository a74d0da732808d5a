// Forms of the round tables. Messages are catalog keys (section "coDesign.errors"); ids in lists
// are checked against the round table and the programme by the domain functions.
import { z } from "zod";
import { calendarDate } from "~/http/date-field";
import { ROUND_TABLE_CATEGORIES, ROUND_TABLE_SCOPES, ROUND_TABLE_STATUSES } from "~/db/enums";
import type { Language } from "~/i18n/languages";
import { localNumber, optionalLocalNumber } from "~/i18n/number-field";

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const list = <T extends z.ZodType>(item: T, max: number) => z.preprocess((v) => (v === undefined ? [] : v), z.array(item).max(max, "errors.tooMany"));
const id = z.string().max(100, "errors.invalid");

export const MAX_VOTES_PER_PARTICIPANT = 10;

export const roundTableSchema = (lang: Language) => z
  .object({
    theme: z.string().trim().min(2, "errors.nameTooShort").max(300, "errors.tooLong"),
    heldOn: calendarDate(), // a round table may be planned ahead
    place: z.preprocess(trimmed, z.string().max(200, "errors.tooLong")),
    onlineUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: "errors.url" }).max(500, "errors.tooLong").optional()),
    votesPerParticipant: localNumber(lang, { integer: true, min: 1, max: MAX_VOTES_PER_PARTICIPANT, message: "coDesign.errors.votesPerParticipant" }),
    notes: z.preprocess(trimmed, z.string().max(5000, "errors.tooLong")),
  })
  // A round table happens somewhere: in a room, online, or both.
  .refine((v) => v.place !== "" || v.onlineUrl !== undefined, { message: "coDesign.errors.placeOrOnline", path: ["place"] });
export type RoundTableInput = z.output<ReturnType<typeof roundTableSchema>>;

export const participantSchema = z.object({
  /** Blank with a linked member: her account's name is used. */
  name: z.preprocess(trimmed, z.string().max(160, "errors.tooLong")),
  organisationName: z.preprocess(trimmed, z.string().max(200, "errors.tooLong")),
  category: z.enum(ROUND_TABLE_CATEGORIES, { error: "errors.choose" }),
  scope: z.enum(ROUND_TABLE_SCOPES, { error: "errors.choose" }),
  userId: z.preprocess(blankToUndefined, id.optional()),
});
export type ParticipantInput = z.output<typeof participantSchema>;

export const removeSchema = z.object({ id });

/** The validated findings ticked as the needs on the table. */
export const needsSchema = z.object({ "findingIds[]": list(id, 500) });
export type NeedsInput = z.output<typeof needsSchema>;

export const contributionSchema = z.object({
  proposal: z.string().trim().min(10, "errors.statementTooShort").max(2000, "errors.tooLong"),
  findingId: z.preprocess(blankToUndefined, id.optional()),
  proposedByParticipantId: z.preprocess(blankToUndefined, id.optional()),
});
export type ContributionInput = z.output<typeof contributionSchema>;

export const statusSchema = z.object({ status: z.enum(ROUND_TABLE_STATUSES, { error: "errors.choose" }) });

/**
 * Points per contribution, as parallel lists: contributionIds[] names the contributions the form
 * showed, points[] the points typed for each (blank is 0). The total is checked against the round
 * table by checkVotes (votes.ts).
 */
export const votesSchema = (lang: Language) => z
  .object({
    participantId: z.preprocess(blankToUndefined, id.optional()),
    "contributionIds[]": list(id, 200),
    "points[]": list(
      optionalLocalNumber(lang, { integer: true, min: 0, max: MAX_VOTES_PER_PARTICIPANT, message: "coDesign.errors.points", whenBlank: 0 }).transform((n) => n ?? 0),
      200,
    ),
  })
  .refine((v) => v["contributionIds[]"].length === v["points[]"].length, { message: "errors.invalid", path: ["_form"] });
export type VotesInput = z.output<ReturnType<typeof votesSchema>>;
