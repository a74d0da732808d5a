// The one zod field for numbers people type (decision 027): read in the page's language by
// parseLocalNumber, so a schema with such a field is built for a language (`schemaFor(lang)`).
// Messages are catalog keys: the field's own for a value out of range or of the wrong kind, the
// shared "locale.ambiguousNumber" for a value that could be read two ways.
import { z } from "zod";
import type { Language } from "./languages";
import { parseLocalNumber } from "./numbers";

type Options = {
  /** The field's message for anything that is not an acceptable number (catalog key). */
  message: string;
  min: number;
  max: number;
  /** Whole numbers only; else at most `maxDecimals` digits after the separator (default 2). */
  integer?: boolean;
  maxDecimals?: number;
  /** Separate messages for "too small" / "too large" / "not a whole number", when the field has them. */
  minMessage?: string;
  maxMessage?: string;
  integerMessage?: string;
};

function read(lang: Language, options: Options, value: string, ctx: z.RefinementCtx): number {
  const fail = (message: string) => {
    ctx.addIssue({ code: "custom", message, input: value, continue: true });
    return z.NEVER;
  };
  const reading = parseLocalNumber(value, lang);
  if (!reading.ok) return fail(reading.reason === "ambiguous" ? "locale.ambiguousNumber" : options.message);
  const n = reading.value;
  if (options.integer && !Number.isInteger(n)) return fail(options.integerMessage ?? options.message);
  if (!options.integer) {
    const decimals = Math.min(20, options.maxDecimals ?? 2);
    if (Math.abs(Math.round(n * 10 ** decimals) - n * 10 ** decimals) > 1e-6) return fail("locale.tooManyDecimals");
  }
  if (n < options.min) return fail(options.minMessage ?? options.message);
  if (n > options.max) return fail(options.maxMessage ?? options.message);
  return n;
}

const blank = (v: unknown) => v === undefined || (typeof v === "string" && v.trim() === "");

/** A required number: blank is "errors.required". */
export function localNumber(lang: Language, options: Options) {
  return z.unknown().transform((v, ctx): number => {
    if (blank(v)) {
      ctx.addIssue({ code: "custom", message: "errors.required", input: v, continue: true });
      return z.NEVER;
    }
    return read(lang, options, typeof v === "string" ? v : "", ctx);
  });
}

/** An optional number: blank gives `whenBlank` (undefined unless said); an absent field, undefined. */
export function optionalLocalNumber<B extends number | undefined = undefined>(lang: Language, options: Options & { whenBlank?: B }) {
  return z
    .unknown()
    .transform((v, ctx): number | B => (blank(v) ? (options.whenBlank as B) : read(lang, options, typeof v === "string" ? v : "", ctx)))
    .optional();
}
