// An iCalendar (RFC 5545) feed of training sessions, written with the `ics` package, which escapes
// commas, semicolons, backslashes and newlines and folds long lines. Times go out in UTC (…Z), so
// calendar applications place them right whatever their own zone; the UID is the session's id,
// so an import updates an event instead of duplicating it.
import { createEvents, type EventAttributes } from "ics";

export type FeedEvent = {
  sessionId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string | null;
  /** Lines of the description (the cohort, the modules): joined with newlines. */
  description: string[];
};

export const ICS_DOMAIN = "eccipa-training";

export function buildCalendar(name: string, events: FeedEvent[]): string {
  const attributes: EventAttributes[] = events.map((e) => ({
    uid: `${e.sessionId}@${ICS_DOMAIN}`,
    start: e.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: e.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: e.title,
    ...(e.place || e.onlineUrl ? { location: e.place || e.onlineUrl! } : {}),
    ...(e.onlineUrl ? { url: e.onlineUrl } : {}),
    ...(e.description.length ? { description: e.description.join("\n") } : {}),
  }));
  if (!attributes.length) {
    // `ics` refuses an empty list; an empty calendar is still a valid feed.
    return ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:-//ECCIPA//${ICS_DOMAIN}//EN`, `X-WR-CALNAME:${escapeText(name)}`, "END:VCALENDAR", ""].join("\r\n");
  }
  const { error, value } = createEvents(attributes, { productId: `-//ECCIPA//${ICS_DOMAIN}//EN`, calName: name });
  if (error || !value) throw error ?? new Error("the calendar could not be written");
  return value;
}

/** RFC 5545 TEXT escaping, for the one property written by hand. */
function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}
