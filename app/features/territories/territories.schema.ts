import { z } from "zod";
import { LANGUAGES } from "~/i18n/languages";

const optionalNumber = (schema: z.ZodNumber) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
    schema.optional(),
  );

// Messages are catalog keys; the form renders them translated next to the field.
export const territoryFormSchema = z.object({
  name: z.string().trim().min(2, "errors.nameTooShort").max(120, "errors.tooLong"),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "errors.countryCode"),
  "languages[]": z.preprocess(
    (v) => v ?? [], // no box ticked: the field is absent from the form
    z.array(z.enum(LANGUAGES, { error: "errors.language" })).min(1, "errors.languagesRequired"),
  ),
  population: optionalNumber(z.number({ error: "errors.wholeNumber" }).int("errors.wholeNumber").min(0, "errors.notNegative").max(50_000_000, "errors.tooLarge")),
  foreignResidentsPercent: optionalNumber(z.number({ error: "errors.percent" }).min(0, "errors.percent").max(100, "errors.percent")),
  tcnPercent: optionalNumber(z.number({ error: "errors.percent" }).min(0, "errors.percent").max(100, "errors.percent")),
}).refine((v) => v.tcnPercent === undefined || v.foreignResidentsPercent === undefined || v.tcnPercent <= v.foreignResidentsPercent, {
  message: "errors.tcnAboveForeign",
  path: ["tcnPercent"],
});

export type TerritoryInput = z.output<typeof territoryFormSchema>;
