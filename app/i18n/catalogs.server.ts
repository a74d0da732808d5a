// The catalogs on the server: whole, for server-side text (emails, documents), and cut to the
// sections a page needs for the browser (decision 030).
import { CATALOG_PARTS } from "./catalog-parts";
import { i18nFor, type MessageSections, type Messages } from "./i18n";
import { LANGUAGES, type Language } from "./languages";
import { ROUTE_SECTIONS, SHELL_SECTIONS } from "./route-sections.generated";

/** A language's whole catalog, assembled from the features' parts (catalog-parts.ts); a section defined twice is an error. */
function assemble(lang: Language): Messages {
  const whole: Record<string, unknown> = {};
  for (const part of CATALOG_PARTS) {
    for (const [section, value] of Object.entries(part[lang])) {
      if (section in whole) throw new Error(`the catalog section "${section}" (${lang}) is defined in two places`);
      whole[section] = value;
    }
  }
  return whole as Messages;
}

/** The four catalogs, whole: the one way to read them outside a page (server text, checks, tests). */
export const CATALOGS = Object.fromEntries(LANGUAGES.map((lang) => [lang, assemble(lang)])) as Record<Language, Messages>;

/** A translate function for server-side text (emails, documents): one cached instance per language. */
export function getServerT(lang: Language) {
  return i18nFor(lang, CATALOGS[lang]).t;
}

function normalisePattern(pattern: string): string {
  return pattern.replace(/^\/+|\/+$/g, "");
}

const SECTIONS_BY_PATTERN = new Map(Object.entries(ROUTE_SECTIONS).map(([pattern, sections]) => [normalisePattern(pattern), sections]));
const pageMessages = new Map<string, MessageSections>();

type Tree = Record<string, unknown>;

/** Copies into `into` what a unit of route-sections.generated.ts names: "section", "section.key" (with its plural and context forms), "section.prefix*". */
function addUnit(into: Tree, catalog: Tree, unit: string) {
  const dot = unit.indexOf(".");
  if (dot < 0) {
    into[unit] = catalog[unit];
    return;
  }
  const section = unit.slice(0, dot);
  const source = catalog[section] as Tree | undefined;
  if (!source || typeof source !== "object") return;
  const rest = unit.slice(dot + 1);
  const prefix = rest.endsWith("*");
  const key = prefix ? rest.slice(0, -1) : rest;
  const target = (into[section] ??= {}) as Tree;
  if (target === source) return; // the whole section is already there
  for (const [name, value] of Object.entries(source)) {
    if (prefix ? name.startsWith(key) : name === key || name.startsWith(`${key}_`)) target[name] = value;
  }
}

/**
 * The parts of the catalog a page matched by `pattern` (React Router's route pattern, e.g.
 * "/:lang/t/:territory/members") needs: the shell's and its routes'. Built once per language and
 * pattern, then shared by every request; an unknown pattern gets the whole catalog rather than raw keys.
 */
export function messagesForPage(lang: Language, pattern: string): MessageSections {
  const key = `${lang} ${normalisePattern(pattern)}`;
  let messages = pageMessages.get(key);
  if (!messages) {
    const catalog = CATALOGS[lang] as unknown as Tree;
    const units = SECTIONS_BY_PATTERN.get(normalisePattern(pattern));
    if (!units) messages = CATALOGS[lang];
    else {
      const picked: Tree = {};
      // Whole sections first, so that a key of a section already whole is not copied again.
      const all = [...SHELL_SECTIONS, ...units].sort((a, b) => Number(a.includes(".")) - Number(b.includes(".")));
      for (const unit of all) addUnit(picked, catalog, unit);
      messages = picked as MessageSections;
    }
    pageMessages.set(key, messages);
  }
  return messages;
}
