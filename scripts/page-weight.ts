// What a page weighs, as the issue's budgets count it (decision 030): its HTML (bytes and gzip)
// and the scripts it makes the browser load (the module preloads and entry imports its HTML
// names, read from build/client, gzip). Used by `npm run budget` and the route matrix.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET = { htmlGzip: 20 * 1024, scriptsGzip: 100 * 1024 } as const;

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

export type PageWeight = { htmlBytes: number; htmlGzip: number; scripts: number; scriptsGzip: number; withinBudget: boolean };

export function pageWeight(html: string): PageWeight {
  const scripts = scriptsOf(html);
  let scriptsGzip = 0;
  for (const file of scripts) {
    let size = scriptSizes.get(file);
    if (size === undefined) scriptSizes.set(file, (size = gzipSize(readFileSync(path.join(CLIENT, file)))));
    scriptsGzip += size;
  }
  const htmlGzip = gzipSize(html);
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip,
    scripts: scripts.length,
    scriptsGzip,
    withinBudget: htmlGzip <= BUDGET.htmlGzip && scriptsGzip <= BUDGET.scriptsGzip,
  };
}
