import { z } from "zod";
import { ORGANISATION_KINDS } from "~/db/enums";

export const organisationFormSchema = z.object({
  name: z.string().trim().min(2, "errors.nameTooShort").max(160, "errors.tooLong"),
  kind: z.enum(ORGANISATION_KINDS, { error: "errors.choose" }),
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "errors.countryCode"),
  territoryId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid("errors.choose").optional()),
  website: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.url({ protocol: /^https?$/, error: "errors.url" }).max(300, "errors.tooLong").optional(),
  ),
});
export type OrganisationInput = z.output<typeof organisationFormSchema>;
