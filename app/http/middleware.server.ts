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
import { applySecurityHeaders } from "./security-headers";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const YEAR = 60 * 60 * 24 * 365;

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function submittedCsrfToken(request: Request): Promise<string | undefined> {
  const header = request.headers.get("x-csrf-token");
  if (header) return header;
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("form")) return undefined;
  try {
    const value = (await request.clone().formData()).get(CSRF_FIELD);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every action reads its body as a form, and PostgreSQL text cannot hold NUL characters: a body
 * that is no form (e.g. JSON sent with the token header) or carries a NUL is a 400, not a 500.
 */
async function isStorableForm(request: Request): Promise<boolean> {
  try {
    for (const [, value] of await request.clone().formData()) {
      if (typeof value === "string" && value.includes("\u0000")) return false;
    }
    return true;
  } catch {
    return false;
  }
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
  { request, context }: Parameters<MiddlewareFunction<Response>>[0],
  next: () => Promise<Response>,
): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === "/healthz") return next();
  await whenPlatformReady();

  const cookieLang = readCookie(request, LANG_COOKIE);
  const pathLang = languageFromPath(url.pathname);
  const lang =
    pathLang ??
    (isLanguage(cookieLang) ? cookieLang : languageFromAcceptHeader(request.headers.get("accept-language"))) ??
    DEFAULT_LANGUAGE;

  const existingToken = readCookie(request, CSRF_COOKIE);
  const csrfToken = existingToken && existingToken.length >= 32 ? existingToken : newCsrfToken();

  if (!SAFE_METHODS.has(request.method)) {
    if (isCrossSite(request) || !sameToken(await submittedCsrfToken(request), existingToken)) {
      throw data({ error: "csrf" }, { status: 403 });
    }
    if (!(await isStorableForm(request))) throw data({ error: "bad_request" }, { status: 400 });
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
