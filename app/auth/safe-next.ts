// Where to go after signing in, taken from the ?next= parameter. Its own module (no better-auth
// import) so that it can be tested alone.

/**
 * Only same-site paths: never an absolute URL or a protocol-relative "//host". Browsers drop
 * tabs and line breaks from URLs ("/\t/evil.example" becomes "//evil.example"), and treat "\"
 * as "/", so paths containing either are refused too.
 */
export function safeNextPath(next: unknown, fallback: string): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  return next;
}
