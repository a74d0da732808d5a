// Forms of self-assessments and session feedback. Messages are catalog keys. The assessment form
// has one field per competence of the programme, so its schema is built from their ids; a
// competence id that is not the programme's is never read, and a missing one is an error.
import { z } from "zod";
import { COMMENT_MAX, levelField } from "./assessment-fields";
import { ASSESSMENT_PHASES, type AssessmentPhase } from "~/db/enums";

export { COMMENT_MAX, levelField };

const LEVEL_VALUES = ["0", "1", "2", "3"] as const;
const RATING_VALUES = ["1", "2", "3", "4", "5"] as const;

/** Every competence answered with a level from 0 to 3; the result maps competence id → level. */
export function assessmentSchema(competenceIds: string[]) {
  const shape: Record<string, z.ZodType<number>> = {};
  for (const id of competenceIds) {
    shape[levelField(id)] = z.enum(LEVEL_VALUES, { error: "assessments.errors.levelRequired" }).transform(Number);
  }
  return z.object(shape).transform((values) => new Map(competenceIds.map((id) => [id, values[levelField(id)] as number])));
}
export type AssessmentInput = Map<string, number>;

export const feedbackSchema = z.object({
  rating: z.enum(RATING_VALUES, { error: "assessments.errors.ratingRequired" }).transform(Number),
  comment: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(COMMENT_MAX, "assessments.errors.commentTooLong")),
});
export type FeedbackInput = z.output<typeof feedbackSchema>;

export function parsePhase(value: unknown): AssessmentPhase | null {
  return (ASSESSMENT_PHASES as readonly unknown[]).includes(value) ? (value as AssessmentPhase) : null;
}
