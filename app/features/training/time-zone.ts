// Sessions are typed in the territory's local time and stored as instants (timestamptz). The
// territory has no time-zone column: its country decides (decision 016). Conversions go through
// Intl, so summer time follows the IANA database rather than a table of our own.

const ZONES: Record<string, string> = { DE: "Europe/Berlin", IT: "Europe/Rome", ES: "Europe/Madrid" };

/** The IANA time zone of a territory, by its country code; UTC for countries we do not know. */
export function zoneOfCountry(countryCode: string): string {
  return ZONES[countryCode.toUpperCase()] ?? "UTC";
}

/** Local wall-clock parts of an instant in a zone. */
function partsIn(zone: string, instant: number) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

/** Minutes the zone is ahead of UTC at that instant (60 for Berlin in winter, 120 in summer). */
function offsetMinutes(zone: string, instant: number): number {
  const { date, time } = partsIn(zone, instant);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant at which the clocks of the zone show this date and time. A time skipped by the
 * spring change (02:30 in Berlin on its last Sunday of March) is read with the offset before it,
 * i.e. one hour later; a time that occurs twice in autumn is the first of the two.
 */
export function localToUtc(date: string, time: string, zone: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // A zone changes its offset at most once around a given day: the offsets of the day before and
  // the day after are the only candidates.
  const before = wall - offsetMinutes(zone, wall - 86_400_000) * 60_000;
  const after = wall - offsetMinutes(zone, wall + 86_400_000) * 60_000;
  const fits = [before, after].filter((guess) => {
    const shown = partsIn(zone, guess);
    return shown.date === date && shown.time === time;
  });
  return new Date(fits.length ? Math.min(...fits) : before);
}

/** The date (YYYY-MM-DD) and time (HH:MM) the zone's clocks show at an instant. */
export function utcToLocal(instant: Date, zone: string): { date: string; time: string } {
  return partsIn(zone, instant.getTime());
}
