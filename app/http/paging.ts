/** The requested page number from ?page=, clamped to 1..10000 so odd input never errors. */
export function pageFromUrl(url: URL): number {
  const n = Number.parseInt(url.searchParams.get("page") ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 10_000) : 1;
}
