import { z } from "zod";
import { LANGUAGES } from "~/i18n/languages";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "~/auth/password-rules";
import { PROGRAMME_ROLES, TERRITORY_ROLES } from "~/db/enums";

const email = z.string().trim().toLowerCase().max(254, "errors.tooLong").pipe(z.email("errors.email"));
const name = z.string().trim().min(2, "errors.nameTooShort").max(120, "errors.tooLong");
const optionalUuid = z.preprocess((v) => (v === "" ? undefined : v), z.uuid("errors.choose").optional());

export const territoryInvitationSchema = z.object({
  email,
  name,
  role: z.enum(TERRITORY_ROLES, { error: "errors.choose" }),
  organisationId: optionalUuid,
  language: z.enum(LANGUAGES, { error: "errors.language" }),
});

export const programmeInvitationSchema = z.object({
  email,
  name,
  role: z.enum(PROGRAMME_ROLES, { error: "errors.choose" }),
  language: z.enum(LANGUAGES, { error: "errors.language" }),
});

export const newPasswordSchema = z
  .object({
    password: z.string().min(MIN_PASSWORD_LENGTH, "errors.passwordTooShort").max(MAX_PASSWORD_LENGTH, "errors.tooLong"),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "errors.passwordsDiffer", path: ["confirmPassword"] });
