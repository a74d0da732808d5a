// A territory's name in a language (decision 027): its name in that language if it has one, else
// the first it has in the platform's order (pickLocalized), else its local name. `nameLang` is the
// language of the name shown, so that a page can mark a fallback with lang="…" and its language.
import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { LocalizedText } from "~/db/enums";
import { isLanguage, type Language } from "~/i18n/languages";
import { pickLocalized } from "~/i18n/localized";

type Named = {
  name: string;
  names?: LocalizedText | null;
  languages?: string[] | null;
};

export function territoryNameIn(territory: Named, lang: Language): { text: string; lang: Language } {
  const picked = pickLocalized(territory.names, lang);
  if (picked) return picked;
  const first = territory.languages?.[0];
  return { text: territory.name, lang: isLanguage(first) ? first : lang };
}

/** The row with `name` in the page's (or document's) language and `nameLang` the language it is in. */
export function localizeTerritory<T extends Named>(territory: T, lang: Language): T & { nameLang: Language } {
  const shown = territoryNameIn(territory, lang);
  return { ...territory, name: shown.text, nameLang: shown.lang };
}

/**
 * The same in SQL, for lists that select a territory's name among other columns: its name in `lang`,
 * else its local name. (Such lists do not mark the fallback; pages about one territory do.)
 */
export function territoryNameSql(table: { name: AnyColumn; names: AnyColumn }, lang: Language): SQL<string> {
  return sql<string>`coalesce(${table.names}->>${lang}::text, ${table.name})`;
}
