// Small readers for the HTML the app renders and for the rows it writes, shared by the
// integration tests. No DOM library: the pages are server-rendered and regular enough.
import { desc, eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { outboxEmail } from "~/db/schema";
import { CATALOGS as ASSEMBLED } from "~/i18n/catalogs.server";

export const LANGS = ["en", "de", "it", "es"] as const;
export type Lang = (typeof LANGS)[number];
const CATALOGS: Record<Lang, unknown> = ASSEMBLED;

/** A catalog message, with {{placeholders}} filled in. Throws on a missing key. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGS[lang]);
  if (typeof value !== "string") throw new Error(`no message ${key} in ${lang}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

/** The text of an HTML page with its character references decoded (as a reader sees it). */
export function decode(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");
}

function fieldId(name: string): string {
  return `field-${name.replace(/\W/g, "")}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The error message shown next to a form field, or undefined when the field has none. */
export function fieldError(html: string, name: string): string | undefined {
  const match = html.match(new RegExp(`<p class="field-error" id="${fieldId(name)}-error">([\\s\\S]*?)</p>`));
  return match ? decode(match[1]) : undefined;
}

/** The value a text input shows (what the user typed comes back after a failed submit). */
export function inputValue(html: string, name: string): string | undefined {
  const tag = html.match(new RegExp(`<input[^>]*\\bname="${escapeRegExp(name)}"[^>]*>`))?.[0];
  if (!tag) throw new Error(`no input named ${name}`);
  const value = tag.match(/\bvalue="([^"]*)"/);
  return value ? decode(value[1]) : undefined;
}

/** The values of the ticked checkboxes named `name`. */
export function checkedValues(html: string, name: string): string[] {
  const tags = html.match(new RegExp(`<input[^>]*\\bname="${escapeRegExp(name)}"[^>]*>`, "g")) ?? [];
  return tags.filter((tag) => /\bchecked=""/.test(tag)).map((tag) => decode(tag.match(/\bvalue="([^"]*)"/)?.[1] ?? ""));
}

/** The option a <select> shows as chosen. */
export function selectedOption(html: string, name: string): string | undefined {
  const select = html.match(new RegExp(`<select[^>]*\\bname="${escapeRegExp(name)}"[^>]*>([\\s\\S]*?)</select>`))?.[1];
  if (select === undefined) throw new Error(`no select named ${name}`);
  return select.match(/<option[^>]*value="([^"]*)"[^>]*selected=""/)?.[1];
}

/** The page's <html lang>. */
export function htmlLang(html: string): string | undefined {
  return html.match(/<html[^>]*\blang="([^"]+)"/)?.[1];
}

/** The newest email in the outbox (no SMTP_URL) addressed to `to`. */
export async function latestEmailTo(to: string) {
  const [mail] = await getDb()
    .select()
    .from(outboxEmail)
    .where(eq(outboxEmail.toAddress, to))
    .orderBy(desc(outboxEmail.createdAt))
    .limit(1);
  return mail;
}

/** The first link in an email body, as a path on this site ("/en/reset-password?token=…"). */
export function linkPath(body: string): string {
  const url = body.match(/https?:\/\/\S+/)?.[0];
  if (!url) throw new Error(`no link in: ${body}`);
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

/** Every message in an error's cause chain (drizzle wraps the driver's error). */
export function errorMessages(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) parts.push(String(e.message));
  return parts.join(" | ");
}
