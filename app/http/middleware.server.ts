// The root middleware: runs before every loader and action. It waits for the migrations,
// refuses cross-site or token-less POSTs, resolves the language and the signed-in actor, and
// sets our cookies on the way out.
import { timingSafeEqual } from "node:crypto";
import { data, type MiddlewareFunction } from "react-router";
import { getAuth } from "~/auth/auth.server";
import { getDb } from "~/db/client.server";
import { whenPlatformReady } from "~/platform.server";
import { DEFAULT_LANGUAGE, isLanguage, languageFromAcceptHeader, languageFromPath } from "~/i18n/languages";
import { loadActor } from "~/tenancy/actor.server";
import { CSRF_COOKIE, CSRF_FIELD, LANG_COOKIE, newCsrfToken, readCookie, serializeCookie } from "./cookies.server";
import { CLIENT_IP_HEADER, requestState } from "./request-context.server";
import { BODY_TOO_LARGE_HEADER, bodyLimitFor, declaresTooMuch, readWithinLimit } from "./body-limit";
import { applySecurityHeaders } from "./security-headers";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const YEAR = 60 * 60 * 24 * 365;

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The body as a form, read once from a clone (the action reads the original) and never past the
 * limit: "too_large" as soon as the bytes read pass it; null if the body is no form.
 */
async function readForm(request: Request, limit: number): Promise<FormData | null | "too_large"> {
  try {
    const bytes = await readWithinLimit(request.clone().body, limit);
    if (bytes === "too_large") return bytes;
    const contentType = request.headers.get("content-type") ?? "";
    return await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

/** PostgreSQL text cannot hold NUL characters: such a form is refused before any action sees it. */
function hasNulCharacter(form: FormData): boolean {
  for (const [, value] of form) if (typeof value === "string" && value.includes("\u0000")) return true;
  return false;
}

/** A POST whose Origin names another site (or is opaque). No Origin at all is left to the token. */
function isCrossSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  if (origin === "null") return true;
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export const rootMiddleware: MiddlewareFunction<Response> = async (args, next) => {
  const response = await handle(args, next);
  applySecurityHeaders(response.headers); // pages already carry their nonce-based CSP
  return response;
};

async function handle(
  { request, context, url: pageUrl }: Parameters<MiddlewareFunction<Response>>[0],
  next: () => Promise<Response>,
): Promise<Response> {
  // The page's URL: a client-side navigation requests "/en/….data", whose first segment is no language.
  const url = pageUrl ?? new URL(request.url);
  if (url.pathname === "/healthz") return next();
  // Secret calendar addresses (/calendar/<token>.ics) are read by calendar applications: no
  // language, no session, no form; the token is the only key.
  if (url.pathname.startsWith("/calendar/") && SAFE_METHODS.has(request.method)) {
    await whenPlatformReady();
    return next();
  }
  const cookieLang = readCookie(request, LANG_COOKIE);
  const pathLang = languageFromPath(url.pathname);
  const lang =
    pathLang ??
    (isLanguage(cookieLang) ? cookieLang : languageFromAcceptHeader(request.headers.get("accept-language"))) ??
    DEFAULT_LANGUAGE;
  // Errors thrown here carry the language: no loader has run, so the error page has no other.
  const refuse = (error: string, status: number) => data({ error, lang }, { status });

  // PostgreSQL text holds no NUL: an address or query string with one (a search for "a%00b") is
  // refused here, before any loader hands it to a query.
  if (/%00/.test(request.url)) throw refuse("bad_request", 400);
  // Every page lives under a language; anything else is a 404 before any loader reads data. The
  // certificate issuer's documents (profile, keys, revocation status) are for machines and name
  // themselves in credentials: one address in every language (decision 018).
  const isLanguageNeutral = /^\/issuer(?:\/jwks\.json|\/status\/[^/]+)?$/.test(url.pathname);
  if (url.pathname !== "/" && !pathLang && !isLanguageNeutral) throw refuse("not_found", 404);
  await whenPlatformReady();

  const existingToken = readCookie(request, CSRF_COOKIE);
  const csrfToken = existingToken && existingToken.length >= 32 ? existingToken : newCsrfToken();

  if (!SAFE_METHODS.has(request.method)) {
    // The size first, on the bytes read (a chunked body declares none), before Origin and token.
    const limit = bodyLimitFor(url.pathname);
    if (request.headers.has(BODY_TOO_LARGE_HEADER) || declaresTooMuch(request.headers.get("content-length"), limit)) {
      throw refuse("too_large", 413);
    }
    // Every action takes a form: a body that is none (JSON, broken multipart) is a 400, not a 500.
    const form = await readForm(request, limit);
    if (form === "too_large") throw refuse("too_large", 413);
    if (isCrossSite(request)) {
      // One line, no stack: a forged form is an attempt to note, not a failure of ours.
      console.warn(`Refused a cross-site ${request.method} to ${url.pathname} from Origin ${JSON.stringify(request.headers.get("origin"))}`);
      throw refuse("csrf", 403);
    }
    const submitted = request.headers.get("x-csrf-token") ?? form?.get(CSRF_FIELD);
    if (!sameToken(typeof submitted === "string" ? submitted : undefined, existingToken)) throw refuse("csrf", 403);
    if (!form || hasNulCharacter(form)) throw refuse("bad_request", 400);
  }

  const found = await getAuth().api.getSession({ headers: request.headers });
  const actor = found ? await loadActor(getDb(), found.user) : null;
  const clientIp = request.headers.get(CLIENT_IP_HEADER) ?? "unknown";
  context.set(requestState, { lang, actor, csrfToken, clientIp });

  const cookies: string[] = [];
  if (csrfToken !== existingToken) cookies.push(serializeCookie(request, CSRF_COOKIE, csrfToken, YEAR));
  if (pathLang && pathLang !== cookieLang) cookies.push(serializeCookie(request, LANG_COOKIE, pathLang, YEAR));
  const response = await next();
  for (const cookie of cookies) response.headers.append("Set-Cookie", cookie);
  return response;
}
