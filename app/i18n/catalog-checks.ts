// Checks over the translation catalogs and the keys the source code uses. Pure functions, run by
// catalogs.test.ts against the real catalogs and against broken samples (so each check can fail).
// Each returns a list of problems, one readable line each; empty means sound.

export type Catalog = { [key: string]: string | Catalog };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** "a.b.c" → text, for every string leaf of a nested catalog. */
export function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The names inside {{…}}, e.g. "Hello {{name}}, {{count, number}}" → ["count", "name"]. */
export function variablesOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();
}

/** The key a plural form belongs to: "forms.fixErrors_one" → "forms.fixErrors". */
function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, "");
}

/** Every key of any language exists in all of them, as a non-empty string. Plural forms count as one key. */
export function checkKeyParity(catalogs: Record<string, Catalog>): string[] {
  const problems: string[] = [];
  const flat = Object.entries(catalogs).map(([lang, c]) => [lang, flatten(c)] as const);
  const all = new Set(flat.flatMap(([, keys]) => [...keys.keys()].map(baseKey)));
  for (const [lang, keys] of flat) {
    const present = new Set([...keys.keys()].map(baseKey));
    for (const key of all) if (!present.has(key)) problems.push(`${lang}: missing ${key}`);
    for (const [key, text] of keys) if (text.trim() === "") problems.push(`${lang}: empty ${key}`);
  }
  return problems;
}

/**
 * A plural key has every form its language needs (Intl.PluralRules: "one"/"other" in English and
 * German, also "many" in Italian and Spanish): i18next shows the raw key when one is missing.
 * Forms that only another platform language needs are allowed, so that all four catalogs can
 * hold the same keys; forms no platform language uses (other than "zero") are typos.
 */
export function checkPluralForms(catalogs: Record<string, Catalog>): string[] {
  const problems: string[] = [];
  const usedByAny = new Set(Object.keys(catalogs).flatMap((lang) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[]));
  for (const [lang, catalog] of Object.entries(catalogs)) {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
    const forms = new Map<string, Set<string>>();
    for (const key of flatten(catalog).keys()) {
      const match = key.match(PLURAL_SUFFIX);
      if (match) forms.set(baseKey(key), (forms.get(baseKey(key)) ?? new Set()).add(match[1]));
    }
    for (const [key, have] of forms) {
      for (const form of needed) if (!have.has(form)) problems.push(`${lang}: ${key} lacks the "${form}" form`);
      for (const form of have) if (form !== "zero" && !usedByAny.has(form)) problems.push(`${lang}: ${key} has a "${form}" form no platform language uses`);
    }
  }
  return problems;
}

/**
 * Every translation uses the same {{variables}} as the reference language. A plural form may
 * leave a variable out ("one field" needs no {{count}}), but its "other" form must match.
 */
export function checkVariables(catalogs: Record<string, Catalog>, reference: string): string[] {
  const problems: string[] = [];
  const ref = flatten(catalogs[reference]);
  const refUnion = new Map<string, Set<string>>();
  for (const [key, text] of ref) {
    const set = refUnion.get(baseKey(key)) ?? new Set<string>();
    for (const v of variablesOf(text)) set.add(v);
    refUnion.set(baseKey(key), set);
  }
  for (const [lang, catalog] of Object.entries(catalogs)) {
    if (lang === reference) continue;
    for (const [key, text] of flatten(catalog)) {
      const vars = variablesOf(text);
      const plural = PLURAL_SUFFIX.test(key);
      if (!plural || key.endsWith("_other")) {
        const expected = ref.get(key);
        if (expected !== undefined && vars.join(",") !== variablesOf(expected).join(",")) {
          problems.push(`${lang}: ${key} uses {{${vars.join("}}, {{")}}}, ${reference} uses {{${variablesOf(expected).join("}}, {{")}}}`);
        }
      }
      if (plural) {
        const allowed = refUnion.get(baseKey(key)) ?? new Set();
        for (const v of vars) if (!allowed.has(v) && v !== "count") problems.push(`${lang}: ${key} uses {{${v}}}, unknown in ${reference}`);
      }
    }
  }
  return problems;
}

/** A key as written in the source: a plain string, or a template with ${…} holes. */
export type KeyUse = { file: string; key: string };

/**
 * Keys in the source: the string or template given to t(), the message key given to
 * formError(), and every string starting with errors. (zod messages).
 */
export function findKeyUses(file: string, source: string): KeyUse[] {
  const uses: KeyUse[] = [];
  const patterns = [
    /\bt\(\s*(["'`])((?:(?!\1)[^\\]|\\.)*)\1/g,
    /\bformError\([^,()]+,\s*(["'`])([^"'`]+)\1/g,
    /(["'`])(errors\.[A-Za-z0-9_.]+)\1/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) uses.push({ file, key: m[2] });
  return uses;
}

type Lookup = (path: string) => string | Catalog | undefined;

function lookupIn(catalog: Catalog): Lookup {
  return (path) =>
    path.split(".").reduce<string | Catalog | undefined>((node, part) => (node && typeof node === "object" ? node[part] : undefined), catalog);
}

function existsAsText(lookup: Lookup, key: string): boolean {
  if (typeof lookup(key) === "string") return true;
  // A plural key is used without its suffix, as in forms.fixErrors with a count.
  return typeof lookup(`${key}_other`) === "string";
}

/**
 * Every used key resolves in the catalog. A template key `prefix.${x}…` must match one of the
 * enumerated values given for its prefix (e.g. every role has a label); without such a list
 * the prefix must be a group and, when text follows the hole, every member of the group must
 * have it (`errorPage.kinds.${kind}.title`).
 */
export function checkKeyUses(uses: KeyUse[], catalog: Catalog, enumerated: Record<string, readonly string[]> = {}): string[] {
  const lookup = lookupIn(catalog);
  const problems: string[] = [];
  for (const { file, key } of uses) {
    if (!key.includes("${")) {
      if (!existsAsText(lookup, key)) problems.push(`${file}: "${key}" is not in the catalog`);
      continue;
    }
    const [head, ...rest] = key.split(/\$\{[^}]*\}/);
    const prefix = head.replace(/\.$/, "");
    const tail = rest.join("").replace(/^\./, "");
    const group = lookup(prefix);
    if (!group || typeof group !== "object") {
      problems.push(`${file}: \`${key}\` needs a group "${prefix}" in the catalog`);
      continue;
    }
    if (rest.length > 1) continue; // two holes: the group is all we can check
    const members = enumerated[prefix] ?? Object.keys(group);
    for (const member of members) {
      const full = tail ? `${prefix}.${member}.${tail}` : `${prefix}.${member}`;
      if (!existsAsText(lookup, full)) problems.push(`${file}: \`${key}\` needs "${full}"`);
    }
  }
  return problems;
}
