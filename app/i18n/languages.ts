// The platform languages. Adding one means adding it to every messages/ folder (app/i18n/catalog-parts.ts lists them).
export const LANGUAGES = ["en", "de", "it", "es"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  de: "Deutsch",
  it: "Italiano",
  es: "Español",
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The first path segment if it names a platform language, e.g. "/de/t/offenbach" → "de". */
export function languageFromPath(pathname: string): Language | undefined {
  const first = pathname.split("/")[1];
  return isLanguage(first) ? first : undefined;
}

/** The same page in another language: swaps the language segment of a path. */
export function pathInLanguage(pathname: string, search: string, lang: Language): string {
  const parts = pathname.split("/");
  if (isLanguage(parts[1])) parts[1] = lang;
  else parts.splice(1, 0, lang);
  const path = parts.join("/").replace(/\/$/, "") || `/${lang}`;
  return path + search;
}

/**
 * Picks the best platform language from an Accept-Language header, honouring q-values.
 * "de-AT,de;q=0.9,en;q=0.5" → "de".
 */
export function languageFromAcceptHeader(header: string | null): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLanguage(base)) return base;
  }
  return undefined;
}
