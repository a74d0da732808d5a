import { z } from "zod";
import type { LocalizedText } from "~/db/enums";
import { LANGUAGES, type Language } from "~/i18n/languages";
import { optionalLocalNumber } from "~/i18n/number-field";

const nameField = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(120, "errors.tooLong"));

/** The form field of the territory's name in one language. */
export const nameFieldOf = (lang: Language) => `name_${lang}`;

/**
 * The territory form, read in the page's language (its figures are numbers typed there). Its name
 * is given per language (decision 027): required in each of the territory's own languages, the
 * others optional. Messages are catalog keys; the form renders them translated next to the field.
 */
export const territoryFormSchema = (lang: Language) =>
  z
    .object({
      name_en: nameField,
      name_de: nameField,
      name_it: nameField,
      name_es: nameField,
      countryCode: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/, "errors.countryCode"),
      "languages[]": z.preprocess(
        (v) => v ?? [], // no box ticked: the field is absent from the form
        z.array(z.enum(LANGUAGES, { error: "errors.language" })).min(1, "errors.languagesRequired"),
      ),
      population: optionalLocalNumber(lang, {
        integer: true,
        min: 0,
        max: 50_000_000,
        message: "errors.wholeNumber",
        minMessage: "errors.notNegative",
        maxMessage: "errors.tooLarge",
      }),
      foreignResidentsPercent: optionalLocalNumber(lang, {
        min: 0,
        max: 100,
        message: "errors.percent",
      }),
      tcnPercent: optionalLocalNumber(lang, {
        min: 0,
        max: 100,
        message: "errors.percent",
      }),
    })
    .superRefine(
      (v, ctx) => {
        for (const code of LANGUAGES) {
          const name = v[`name_${code}`] ?? "";
          if (name !== "" && name.length < 2)
            ctx.addIssue({
              code: "custom",
              path: [nameFieldOf(code)],
              message: "errors.nameTooShort",
            });
        }
        // A name in each of the territory's own languages; before any is ticked, in at least one.
        const own = Array.isArray(v["languages[]"]) ? v["languages[]"].filter((code) => LANGUAGES.includes(code)) : [];
        for (const code of own) {
          if (!v[`name_${code}`])
            ctx.addIssue({
              code: "custom",
              path: [nameFieldOf(code)],
              message: "locale.territoryNameRequired",
            });
        }
        if (own.length === 0 && LANGUAGES.every((code) => !v[`name_${code}`])) {
          ctx.addIssue({
            code: "custom",
            path: [nameFieldOf(lang)],
            message: "locale.territoryNameRequired",
          });
        }
        if (typeof v.tcnPercent === "number" && typeof v.foreignResidentsPercent === "number" && v.tcnPercent > v.foreignResidentsPercent) {
          ctx.addIssue({
            code: "custom",
            path: ["tcnPercent"],
            message: "errors.tcnAboveForeign",
          });
        }
      },
      { when: () => true },
    )
    .transform((v) => {
      const names: LocalizedText = {};
      for (const code of LANGUAGES) if (v[`name_${code}`]) names[code] = v[`name_${code}`];
      const languages = v["languages[]"];
      return {
        names,
        /** The local name: in the territory's first language. */
        name: names[languages[0]] ?? "",
        countryCode: v.countryCode,
        "languages[]": languages,
        population: v.population,
        foreignResidentsPercent: v.foreignResidentsPercent,
        tcnPercent: v.tcnPercent,
      };
    });

export type TerritoryInput = z.output<ReturnType<typeof territoryFormSchema>>;
