// Session times as the territory's clocks show them (the page's own formatters use one zone for
// every territory). Pure; the zone comes from zoneOfCountry.
import type { Language } from "~/i18n/languages";

const LOCALES: Record<Language, string> = { en: "en-GB", de: "de-DE", it: "it-IT", es: "es-ES" };

/** "Tue, 18 Jan 2022, 09:30–12:00" in the page's language and the territory's zone. */
export function formatSessionTime(lang: Language, startsAt: Date | string, endsAt: Date | string, zone: string): string {
  const day = new Intl.DateTimeFormat(LOCALES[lang], { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: zone }).format(new Date(startsAt));
  const time = new Intl.DateTimeFormat(LOCALES[lang], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
  return `${day}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}

/** "09:30–12:00" in the territory's zone. */
export function formatSessionHours(lang: Language, startsAt: Date | string, endsAt: Date | string, zone: string): string {
  const time = new Intl.DateTimeFormat(LOCALES[lang], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
  return `${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}
