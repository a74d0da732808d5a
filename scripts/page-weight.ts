// What a page weighs, as the issue's budgets count it (decision 030): its HTML (bytes and gzip)
// and the scripts it makes the browser load (the module preloads and entry imports its HTML
// names, read from build/client, gzip). Used by `npm run budget` and the route matrix.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The issue's budgets: HTML ≤ 20 KB gzip for a page, scripts ≤ 100 KB gzip on any page. */
export const BUDGET = { htmlGzip: 20 * 1024, scriptsGzip: 100 * 1024 } as const;
// Every page meets the scripts budget since the browser runs on Preact's compat layer (decision
// 036): the client entry and its imports (Preact, React Router) weigh ~50 KB gzip, where React DOM,
// React and React Router weighed ~107 KB (decision 030); the heaviest page (cohort insights, with
// its charts) ~87 KB.

/**
 * "HTML ≤ 20 KB gzip for a typical page": these pages are not typical, their own records weigh
 * more than their strings (the competence framework, every competence with its level descriptors
 * in four languages for the edit forms). Each holds a budget of its own; no other page may.
 */
export const DATA_HEAVY_PAGES: Readonly<Record<string, number>> = {
  "routes/programme/competences.tsx": 30 * 1024,
  "routes/territory/competences.tsx": 30 * 1024,
};

export function htmlBudgetFor(routeFile: string): number {
  return DATA_HEAVY_PAGES[routeFile] ?? BUDGET.htmlGzip;
}

const CLIENT = path.resolve(import.meta.dirname, "../build/client");
const scriptSizes = new Map<string, number>();

function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

/** The /assets/*.js files a page's HTML loads: module preloads and the entry's imports. */
export function scriptsOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<link rel="modulepreload" href="(\/assets\/[^"]+\.js)"/g)) found.add(m[1]);
  for (const script of html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const m of script[1].matchAll(/["'](\/assets\/[^"']+\.js)["']/g)) found.add(m[1]);
  }
  return [...found].sort();
}

export type PageWeight = {
  htmlBytes: number;
  htmlGzip: number;
  scripts: number;
  scriptsGzip: number;
  /** Of scriptsGzip, what the app adds to the framework (the client entry and its imports: Preact, React Router). */
  appScriptsGzip: number;
  /** HTML within its budget (htmlBudgetFor: the issue's, or a data-heavy page's own), scripts within the issue's. */
  withinBudget: boolean;
};

function scriptSize(file: string): number {
  let size = scriptSizes.get(file);
  if (size === undefined) scriptSizes.set(file, (size = gzipSize(readFileSync(path.join(CLIENT, file)))));
  return size;
}

/** The client entry and its imports, from the React Router manifest the page inlines: the framework every page loads. */
export function frameworkScripts(html: string): Set<string> {
  const entry = /"entry":\s*\{\s*"module":\s*"([^"]+)",\s*"imports":\s*\[([^\]]*)\]/.exec(html);
  if (!entry) throw new Error("the page inlines no React Router manifest entry");
  return new Set([entry[1], ...[...entry[2].matchAll(/"([^"]+)"/g)].map((m) => m[1])]);
}

export function pageWeight(html: string, routeFile = ""): PageWeight {
  const scripts = scriptsOf(html);
  const base = frameworkScripts(html);
  const scriptsGzip = scripts.reduce((sum, file) => sum + scriptSize(file), 0);
  const appScriptsGzip = scripts.filter((file) => !base.has(file)).reduce((sum, file) => sum + scriptSize(file), 0);
  const htmlGzip = gzipSize(html);
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip,
    scripts: scripts.length,
    scriptsGzip,
    appScriptsGzip,
    withinBudget: htmlGzip <= htmlBudgetFor(routeFile) && scriptsGzip <= BUDGET.scriptsGzip,
  };
}
