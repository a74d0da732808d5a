// Numbers typed into forms, read in the page's language (decision 027). "97.000" is ninety-seven
// thousand on a German, Italian or Spanish page and ambiguous on an English one; "12,5" is twelve and
// a half on the first three and ambiguous on the last. A value that could mean two numbers, or that
// is written the other way round, is refused with a message rather than guessed.
//
// Rules, with G the page's grouping separator and D its decimal separator (from Intl):
// - digits with an optional leading minus; at most one D, followed by at least one digit;
// - before D, groups of three digits separated by G or by a space (also no-break and thin spaces),
//   the first group one to three digits; no G after D;
// - ambiguous: one lone D followed by exactly three digits ("97.000" in English, "97,000" in
//   Spanish: the other convention's thousands), or a value that only the other convention reads.
import type { Language } from "./languages";

const LOCALES: Record<Language, string> = {
  en: "en-GB",
  de: "de-DE",
  it: "it-IT",
  es: "es-ES",
};

export type Separators = { group: string; decimal: string };

/** The grouping and decimal separators of a language, as Intl writes them. */
export function separatorsOf(lang: Language): Separators {
  const parts = new Intl.NumberFormat(LOCALES[lang]).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === "group")?.value ?? ",",
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
  };
}

export type NumberReading = { ok: true; value: number } | { ok: false; reason: "invalid" | "ambiguous" };

const SPACES = /[\u0020\u00a0\u202f\u2009]/g;
const HAS_SPACE = /[\u0020\u00a0\u202f\u2009]/;
const MAX_DIGITS = 20;

/** Reads `text` with the given separators; null when it is not well formed in that convention. */
function readWith(text: string, { group, decimal }: Separators): number | null {
  let body = text;
  let sign = 1;
  if (/^[-\u2212]/.test(body)) {
    sign = -1;
    body = body.slice(1);
  }
  const pieces = body.split(decimal);
  if (pieces.length > 2) return null;
  const [whole, fraction] = pieces;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  if (whole === "" && fraction === undefined) return null;
  // Spaces group like G; a mixture of both in one number is refused.
  const spaced = HAS_SPACE.test(whole);
  if (spaced && whole.includes(group)) return null;
  const groups = whole.split(spaced ? SPACES : group);
  if (groups.length > 1 && !(/^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g)))) return null;
  if (groups.length === 1 && !/^\d*$/.test(groups[0])) return null;
  const digits = groups.join("");
  if (digits.length + (fraction?.length ?? 0) > MAX_DIGITS) return null;
  const value = Number(`${digits || "0"}${fraction === undefined ? "" : `.${fraction}`}`);
  return Number.isFinite(value) ? sign * value : null;
}

/** A number typed on a page in `lang`; refused when it is not one, or when it could be read two ways. */
export function parseLocalNumber(input: string, lang: Language): NumberReading {
  const text = input.trim();
  if (text === "") return { ok: false, reason: "invalid" };
  const own = separatorsOf(lang);
  const other: Separators = { group: own.decimal, decimal: own.group };
  const value = readWith(text, own);
  if (value === null)
    return {
      ok: false,
      reason: readWith(text, other) === null ? "invalid" : "ambiguous",
    };
  const separators = text.replace(/[^.,]/g, "");
  const loneDecimal = separators === own.decimal && new RegExp(`\\${own.decimal}\\d{3}$`).test(text) && !HAS_SPACE.test(text);
  if (loneDecimal) return { ok: false, reason: "ambiguous" };
  return { ok: true, value };
}

/** A number as a form field shows it in `lang`, so that parseLocalNumber reads it back unchanged. */
export function formatNumberForInput(lang: Language, value: number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: 6,
  }).format(value);
  // A fraction of exactly three digits would read as thousands: write it with a fourth.
  const { decimal } = separatorsOf(lang);
  return new RegExp(`\\${decimal}\\d{3}$`).test(text) ? `${text}0` : text;
}
