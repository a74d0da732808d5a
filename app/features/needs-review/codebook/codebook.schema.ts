// Forms of the codebook. Messages are catalog keys.
import { z } from "zod";
import { isThemeColour } from "./theme-colours";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const themeSchema = z.object({
  name: z.string().trim().min(2, "errors.nameTooShort").max(80, "errors.tooLong"),
  description: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(1000, "errors.tooLong")),
  colour: z.string().refine(isThemeColour, "errors.choose"),
  // "" means top level; the domain function checks that a parent belongs to the territory.
  parentId: z.preprocess(blankToUndefined, z.uuid("errors.choose").optional()),
});
export type ThemeInput = z.output<typeof themeSchema>;

export const mergeSchema = z.object({
  targetId: z.uuid("errors.choose"),
});

export const splitSchema = z.object({
  name: z.string().trim().min(2, "errors.nameTooShort").max(80, "errors.tooLong"),
  colour: z.string().refine(isThemeColour, "errors.choose"),
  "codingIds[]": z.preprocess(
    (v) => (v === undefined ? [] : v),
    z.array(z.uuid("errors.invalid")).min(1, "errors.passagesRequired").max(500, "errors.tooMany"),
  ),
});
export type SplitInput = z.output<typeof splitSchema>;
