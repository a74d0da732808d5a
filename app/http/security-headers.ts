// Headers every response carries. The server wrapper sets them on static files too.
import { usesHttps } from "~/auth/auth.server";

/** HSTS when the public address is https (APP_URL): browsers then never try plain http again. */
export function strictTransportSecurity(): string | null {
  return usesHttps() ? "max-age=31536000" : null;
}

export function contentSecurityPolicy(nonce: string | null, dev = false): string {
  const script = nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    // Vite's dev server injects styles inline; production serves CSS files only.
    `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function applySecurityHeaders(headers: Headers): void {
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  const hsts = strictTransportSecurity();
  if (hsts) headers.set("Strict-Transport-Security", hsts);
  // Responses that are not pages (redirects, JSON) run no script at all.
  if (!headers.has("Content-Security-Policy")) headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
}
