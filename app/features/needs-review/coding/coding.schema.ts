// The coding form: themes, an optional memo, and the passage — either a selection made with
// JavaScript (start/end in the stored text) or one or more whole ticked paragraphs, never both.
import { z } from "zod";

const uuidList = (requiredKey: string) =>
  z.preprocess((v) => (v === undefined ? [] : v), z.array(z.uuid("errors.invalid")).min(1, requiredKey).max(50, "errors.tooMany"));
const offset = z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number({ error: "errors.invalid" }).int("errors.invalid").min(0, "errors.invalid").optional());

export const codingSchema = z
  .object({
    version: z.coerce.number({ error: "errors.invalid" }).int("errors.invalid").positive("errors.invalid"),
    "themeIds[]": uuidList("errors.themesRequired"),
    memo: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(2000, "errors.tooLong")),
    "paragraphs[]": z.preprocess(
      (v) => (v === undefined ? [] : v),
      z.array(z.coerce.number({ error: "errors.invalid" }).int("errors.invalid").min(0, "errors.invalid")).max(2000, "errors.tooMany"),
    ),
    start: offset,
    end: offset,
  })
  .refine((v) => (v.start !== undefined && v.end !== undefined && v.end > v.start) || v["paragraphs[]"].length > 0, {
    message: "errors.passageRequired",
    path: ["paragraphs[]"],
  })
  // A selection and ticked paragraphs together are ambiguous: the page never sends both (ticking
  // clears the selection and selecting unticks), so a request with both is refused, never guessed.
  .refine((v) => v.start === undefined || v.end === undefined || v["paragraphs[]"].length === 0, {
    message: "coding.passageAmbiguous",
    path: ["paragraphs[]"],
  });
export type CodingInput = z.output<typeof codingSchema>;

export const agreementCheckSchema = z.object({
  interviewId: z.uuid("errors.choose"),
  coderAUserId: z.string().trim().min(1, "errors.choose").max(100, "errors.choose"),
  coderBUserId: z.string().trim().min(1, "errors.choose").max(100, "errors.choose"),
});
