// After an edit or a deletion the action redirects (post/redirect/get), and the page it lands on
// says what happened, read from the query: ?saved, ?deleted=1 (or 0 when nothing was left to
// delete, e.g. a second click), ?transcripts=<n>. Flags and counts only, never names: URLs end
// up in logs and browser history.

export type ChangeNotice = { saved: boolean; deleted: "deleted" | "gone" | null; transcripts: number };

export function changeNoticeFromUrl(url: URL): ChangeNotice {
  const deleted = url.searchParams.get("deleted");
  const transcripts = Number.parseInt(url.searchParams.get("transcripts") ?? "0", 10);
  return {
    saved: url.searchParams.has("saved"),
    deleted: deleted === "1" ? "deleted" : deleted === "0" ? "gone" : null,
    transcripts: Number.isFinite(transcripts) && transcripts > 0 ? Math.min(transcripts, 10_000) : 0,
  };
}

/** The query that makes the target page show the notice, e.g. "?deleted=1&transcripts=2". */
export function changeNoticeQuery(notice: Partial<ChangeNotice>): string {
  const params = new URLSearchParams();
  if (notice.saved) params.set("saved", "1");
  if (notice.deleted) params.set("deleted", notice.deleted === "deleted" ? "1" : "0");
  if (notice.transcripts) params.set("transcripts", String(notice.transcripts));
  const query = params.toString();
  return query ? `?${query}` : "";
}
