// Catalog keys a page shows raw: i18next renders a key it cannot find as the key itself, so a
// page that uses a key its catalog parts lack (decision 030) shows "section.key" to its reader.
import { CATALOGS } from "~/i18n/catalogs.server";

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(node: unknown, prefix: string, into: Set<string>) {
  if (node === null || typeof node !== "object") {
    into.add(prefix.replace(PLURAL, ""));
    return;
  }
  if (prefix.includes(".")) into.add(prefix);
  for (const [name, child] of Object.entries(node)) keysOf(child, prefix ? `${prefix}.${name}` : name, into);
}

const KEYS = new Set<string>();
keysOf(CATALOGS.en, "", KEYS);
/**
 * Audit actions that are spelled like a catalog key: a person's data page (/account/data) shows
 * her audit entries' columns as stored, so the action appears there as data, not as a missing string.
 */
const AUDIT_ACTIONS_LIKE_KEYS = ["report.publish"];
for (const action of AUDIT_ACTIONS_LIKE_KEYS) KEYS.delete(action);

/**
 * The catalog keys that appear as text or attribute values in a page's markup. Left out: scripts,
 * and <code>, where pages show identifiers as data (an audit entry's action, "report.publish").
 */
export function rawKeysIn(html: string): string[] {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>|<code\b[\s\S]*?<\/code>/g, "");
  const found = new Set<string>();
  for (const m of markup.matchAll(/[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+/g)) if (KEYS.has(m[0])) found.add(m[0]);
  return [...found];
}
