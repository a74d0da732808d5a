// A secret calendar address (ICS), fetched by calendar applications, which cannot sign in: the
// token in the URL is the key (only its hash is stored). Unknown or revoked → 404.
import { getDb } from "~/db/client.server";
import { loadFeedCalendar } from "~/features/training/feeds.server";
import type { Route } from "./+types/calendar-feed";

export async function loader({ params }: Route.LoaderArgs) {
  const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(params.feed ?? "");
  const calendar = match ? await loadFeedCalendar(getDb(), match[1]) : null;
  if (!calendar) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(calendar, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="training.ics"',
      // The address is a secret: keep it out of shared caches.
      "cache-control": "private, no-store",
      "referrer-policy": "no-referrer",
    },
  });
}
