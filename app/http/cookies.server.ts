// The two small cookies of our own: the chosen language and the CSRF token. Session cookies
// are better-auth's.
import { randomBytes } from "node:crypto";
import { usesHttps } from "~/auth/auth.server";

export const LANG_COOKIE = "eccipa_lang";
export const CSRF_COOKIE = "eccipa_csrf";
export const CSRF_FIELD = "_csrf";

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) {
      try {
        return decodeURIComponent(rest.join("="));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function isSecureRequest(request: Request): boolean {
  return usesHttps() || new URL(request.url).protocol === "https:";
}

export function serializeCookie(request: Request, name: string, value: string, maxAgeSeconds: number): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", `Max-Age=${maxAgeSeconds}`, "HttpOnly", "SameSite=Lax"];
  if (isSecureRequest(request)) parts.push("Secure");
  return parts.join("; ");
}

export function newCsrfToken(): string {
  return randomBytes(24).toString("base64url");
}
