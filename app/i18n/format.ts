// Dates and numbers always go through Intl in the page's locale.
import type { Language } from "./languages";

const LOCALES: Record<Language, string> = { en: "en-GB", de: "de-DE", it: "it-IT", es: "es-ES" };

// Building an Intl formatter costs far more than using one (about 3 % of a page's server time when
// each call built its own): one per language and set of options, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(kind: string, lang: Language, options: object, make: () => T): T {
  const key = `${kind} ${lang} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached("date", lang, options, () => new Intl.DateTimeFormat(LOCALES[lang], options));
}

function numberFormat(lang: Language, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached("number", lang, options, () => new Intl.NumberFormat(LOCALES[lang], options));
}

function displayNames(lang: Language, type: "region" | "language"): Intl.DisplayNames {
  return cached("names", lang, { type }, () => new Intl.DisplayNames([LOCALES[lang]], { type }));
}

export function formatDate(lang: Language, value: Date | string, style: "long" | "medium" | "short" = "long"): string {
  const date = typeof value === "string" ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return dateFormat(lang, { dateStyle: style, timeZone: "UTC" }).format(date);
}

export function formatMonth(lang: Language, value: string): string {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return dateFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** Both months have the same year and month: the range is that one month. */
export function isSameMonth(start: string, end: string): boolean {
  return start.slice(0, 7) === end.slice(0, 7);
}

/**
 * A span of months: "December 2020 – May 2023", "diciembre de 2020 – mayo de 2023"; one month once
 * ("junio de 2021"). Not Intl's formatRange: its spacing differs between ICU versions (the server's
 * and the browser's), which breaks hydration. In a sentence, see the catalog's "… {{start}} …
 * {{end}}" phrasings (no article before a month in Spanish: "De diciembre de 2020 a mayo de 2023").
 */
export function formatMonthRange(lang: Language, start: string, end: string): string {
  return isSameMonth(start, end) ? formatMonth(lang, start) : `${formatMonth(lang, start)} – ${formatMonth(lang, end)}`;
}

export function formatDateTime(lang: Language, value: Date | string): string {
  return dateFormat(lang, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Brussels" }).format(
    new Date(value),
  );
}

export function formatNumber(lang: Language, value: number): string {
  return numberFormat(lang).format(value);
}

/** A statistic such as κ = 0.4 → "0.40" (en), "0,40" (de), with a fixed number of decimals. */
export function formatDecimal(lang: Language, value: number, decimals: number): string {
  return numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** 12.5 → "12.5%" (en), "12,5 %" (de); the value is already a percentage. */
export function formatPercent(lang: Language, value: number): string {
  return numberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(value / 100);
}

export function formatCountry(lang: Language, countryCode: string): string {
  return displayNames(lang, "region").of(countryCode.toUpperCase()) ?? countryCode;
}

export function formatLanguageName(lang: Language, code: string): string {
  return displayNames(lang, "language").of(code) ?? code;
}

/** A file's size in bytes, kB or MB (1 kB = 1,000 bytes), e.g. "1.2 MB", "340 kB". */
export function formatFileSize(lang: Language, bytes: number): string {
  const [unit, value] = bytes < 1000 ? (["byte", bytes] as const) : bytes < 1_000_000 ? (["kilobyte", bytes / 1000] as const) : (["megabyte", bytes / 1_000_000] as const);
  return numberFormat(lang, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: unit === "megabyte" ? 1 : 0 }).format(value);
}
