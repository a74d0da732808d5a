// The stable key of a competence added by hand, made once from its name ("Konfliktlösung" →
// "konfliktlosung"). Keys match competences across programmes and copies, so they never change
// when the competence is renamed.
import type { LocalizedText } from "~/db/enums";
import { LANGUAGES } from "~/i18n/languages";

export function slugForKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** A key from the first name in platform order (en, de, it, es), unused among `taken`. */
export function competenceKey(name: LocalizedText, taken: Set<string>): string {
  const first = LANGUAGES.map((lang) => name[lang]).find(Boolean) ?? "";
  const base = slugForKey(first) || "competence";
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
