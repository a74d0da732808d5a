// Files sent for download from resource routes (routes without a page). A refusal thrown by a
// guard there would reach the browser as React Router's bare JSON; here it becomes a short text
// in the page's language, with the same status (302, 403 or 404) and no trace of the territory.
import { getServerT } from "~/i18n/catalogs.server";
import type { Language } from "~/i18n/languages";

/** Printable ASCII for the plain `filename` (old clients); accents lose their marks. */
function asciiFileName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/[^\x20-\x7e]|["\\%;/]/g, "_");
}

/** RFC 8187 encoding for `filename*`: UTF-8, percent-encoded, with the characters it reserves. */
function extendedFileName(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${extendedFileName(fileName)}`;
}

/** A file to download; never cached, since exports hold personal data. */
export function fileResponse(body: Uint8Array | string, args: { fileName: string; contentType: string; status?: number }): Response {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  return new Response(new Uint8Array(bytes), {
    status: args.status ?? 200,
    headers: {
      "Content-Type": args.contentType,
      "Content-Disposition": contentDisposition(args.fileName),
      "Content-Length": String(bytes.length),
      "Cache-Control": "no-store",
    },
  });
}

const REFUSALS = { 400: "badRequest", 403: "forbidden", 404: "notFound" } as const;

/** A translated plain-text answer for a download that cannot be given. */
export function textResponse(status: number, lines: string[]): Response {
  return new Response(`${lines.join("\n\n")}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function refusalStatus(error: unknown): keyof typeof REFUSALS | null {
  if (!error || typeof error !== "object" || (error as { type?: unknown }).type !== "DataWithResponseInit") return null;
  const status = (error as { init?: { status?: number } | null }).init?.status;
  return status === 400 || status === 403 || status === 404 ? status : null;
}

/**
 * Runs the route's guard for a download. A redirect (to sign in) passes through as it is; a
 * 403 or 404 becomes the error page's title and text, translated, as plain text.
 */
export async function guardDownload<T>(lang: Language, guard: () => Promise<T>): Promise<T> {
  try {
    return await guard();
  } catch (error) {
    const status = refusalStatus(error);
    if (status === null) throw error;
    const t = getServerT(lang);
    const kind = REFUSALS[status];
    throw textResponse(status, [t(`errorPage.kinds.${kind}.title`), t(`errorPage.kinds.${kind}.body`)]);
  }
}
