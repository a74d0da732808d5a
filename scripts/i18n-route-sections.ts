// Which parts of the catalog each page needs (decision 030). Walks the module graph of the root and of
// every route file (relative and "~/" imports, server modules included: loaders and actions hand
// catalog keys to the page, e.g. a form's error keys) and collects the string literals that start
// with a catalog section: "section.key", `section.${x}`, "section." + x. The root's sections (the
// shell: header, navigation, error pages, forms) ship on every page; a route's on the pages it is
// matched on. The result is written to app/i18n/route-sections.generated.ts:
//
//   npx tsx scripts/i18n-route-sections.ts
//
// app/i18n/route-sections.test.ts fails while that file is out of date.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "../app/routes";
import { CATALOGS } from "../app/i18n/catalogs.server";

const ROOT = path.resolve(import.meta.dirname, "..");
const APP = path.join(ROOT, "app");
export const GENERATED_FILE = path.join(APP, "i18n/route-sections.generated.ts");

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
// "section.sub…": the section, the key below it (if spelled out) and what follows that key.
const LITERAL = /["'`]([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z0-9_]*)(.?)/g;

/** Tests, the demo seed and platform start-up (run once at start, never for a page), and this table itself. */
const SKIPPED = /\.test\.tsx?$|^db\/seed\/|^platform\.server\.ts$|^i18n\/route-sections\.generated\.ts$/;

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("~/")) base = path.join(APP, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null; // a package
  if (base.endsWith(".json") || base.endsWith(".css")) return null; // catalogs themselves, styles
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * What a literal asks for: a whole section ("section." + x, `section.${x}`), one key below the
 * section with its subtree and plural forms ("section.key", "section.key.sub", `section.key.${x}`:
 * "section.key"), or the keys below the section that start with a prefix (`section.key${x}`:
 * "section.key*").
 */
function unitOf(section: string, key: string, next: string, known: ReadonlySet<string>): string | null {
  if (!known.has(section)) return null;
  if (key === "") return /[$"'`]/.test(next) || next === "" ? section : null;
  if (next === "." || next === '"' || next === "'" || next === "`") return `${section}.${key}`;
  return `${section}.${key}*`;
}

/** The catalog units (see unitOf) named by the literals of `file` and everything it imports. */
export function sectionsOf(entry: string, known: ReadonlySet<string>, cache = new Map<string, Set<string>>()): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let own = cache.get(file);
    const source = readFileSync(file, "utf8");
    if (!own) {
      own = new Set<string>();
      for (const m of source.matchAll(LITERAL)) {
        const unit = unitOf(m[1], m[2], m[3], known);
        if (unit) own.add(unit);
      }
      cache.set(file, own);
    }
    for (const s of own) found.add(s);
    for (const m of source.matchAll(IMPORT)) {
      const next = resolveImport(file, m[1]);
      if (next && !SKIPPED.test(path.relative(APP, next))) queue.push(next);
    }
  }
  return found;
}

export type RouteSectionsTable = { shell: string[]; routes: Record<string, string[]> };

/** Every route file with its full URL pattern, as React Router joins it ("/:lang/t/:territory"). */
function routePatterns(entries: readonly RouteConfigEntry[], parent = ""): { file: string; pattern: string }[] {
  return entries.flatMap((e) => {
    const full = [parent, e.path ?? ""].filter(Boolean).join("/").replace(/\/\/+/g, "/");
    return [{ file: e.file, pattern: `/${full.replace(/^\/+|\/+$/g, "")}` }, ...routePatterns(e.children ?? [], full)];
  });
}

/**
 * The shell's sections (the root's graph) and, per URL pattern, the sections its routes add: a
 * pattern matches a layout and its index route together, so both files count.
 */
export function scanRouteSections(): RouteSectionsTable {
  const known = new Set(Object.keys(CATALOGS.en));
  const cache = new Map<string, Set<string>>();
  const shell = sectionsOf(path.join(APP, "root.tsx"), known, cache);
  const covered = (unit: string) => shell.has(unit) || shell.has(unit.split(".")[0]);
  const byPattern = new Map<string, Set<string>>();
  for (const { file, pattern } of routePatterns(routes)) {
    const set = byPattern.get(pattern) ?? new Set<string>();
    for (const s of sectionsOf(path.join(APP, file), known, cache)) if (!covered(s)) set.add(s);
    byPattern.set(pattern, set);
  }
  const table: Record<string, string[]> = {};
  for (const pattern of [...byPattern.keys()].sort()) table[pattern] = [...byPattern.get(pattern)!].sort();
  return { shell: [...shell].sort(), routes: table };
}

export function renderGenerated(table: RouteSectionsTable): string {
  const lines = Object.entries(table.routes).map(([pattern, sections]) => `  ${JSON.stringify(pattern)}: ${JSON.stringify(sections)},`);
  return [
    "// Generated by scripts/i18n-route-sections.ts (npx tsx scripts/i18n-route-sections.ts): do not edit.",
    "// The catalog sections every page ships (the shell's), and those the routes of each URL pattern add (decision 030).",
    `export const SHELL_SECTIONS: readonly string[] = ${JSON.stringify(table.shell)};`,
    "",
    "export const ROUTE_SECTIONS: Readonly<Record<string, readonly string[]>> = {",
    ...lines,
    "};",
    "",
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const table = scanRouteSections();
  writeFileSync(GENERATED_FILE, renderGenerated(table));
  console.log(`${GENERATED_FILE}: shell ${table.shell.length} sections, ${Object.keys(table.routes).length} route files`);
}
