import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { listCohortOptions } from "~/features/training/cohorts.server";
import { formatSessionHours } from "~/features/training/format";
import { openingMonth, parseMonth, shiftMonth } from "~/features/training/month";
import { findNextAndLastSession, listSessionsBetween } from "~/features/training/sessions.server";
import { localToUtc, utcToLocal, zoneOfCountry } from "~/features/training/time-zone";
import { formatDate, formatMonth } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/calendar";

/** Without ?month=: the month of the next session, else of the last one, else this month. */
async function openingMonthOf(territoryId: string, cohortId: string | null, zone: string): Promise<string> {
  const now = new Date();
  const { next, last } = await findNextAndLastSession(getDb(), { territoryId, cohortId, now });
  const monthOf = (d: Date | null) => (d ? utcToLocal(d, zone).date.slice(0, 7) : null);
  return openingMonth({ nextSessionMonth: monthOf(next), lastSessionMonth: monthOf(last), currentMonth: monthOf(now)! });
}

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "training:view");
  const url = new URL(args.request.url);
  const zone = zoneOfCountry(territory.countryCode);
  const db = getDb();
  const cohorts = await listCohortOptions(db, { territoryId: territory.id });
  const requested = parseUuid(url.searchParams.get("cohort"));
  const cohortId = cohorts.some((c) => c.id === requested) ? requested : null;
  const month = parseMonth(url.searchParams.get("month")) ?? (await openingMonthOf(territory.id, cohortId, zone));
  const sessions = await listSessionsBetween(db, {
    territoryId: territory.id,
    from: localToUtc(`${month}-01`, "00:00", zone),
    to: localToUtc(`${shiftMonth(month, 1)}-01`, "00:00", zone),
    cohortId,
  });
  // Grouped by the day the territory's clocks show.
  const days = new Map<string, typeof sessions>();
  for (const s of sessions) {
    const day = utcToLocal(s.startsAt, zone).date;
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    zone,
    month,
    cohorts,
    cohortId,
    days: [...days].map(([date, list]) => ({ date, sessions: list })),
  };
}

export default function TrainingCalendar({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, zone, month, cohorts, cohortId, days } = loaderData;
  const base = `/${lang}/t/${territory.slug}/training`;
  const title = t("training.calendar.title", { territory: territory.name });
  const monthHref = (m: string) => `${base}/calendar?month=${m}${cohortId ? `&cohort=${cohortId}` : ""}`;
  return (
    <>
      <PageTitle>{`${title} – ${formatMonth(lang, `${month}-01`)}`}</PageTitle>
      <p>
        <Link to={base}>{t("training.backToOverview", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      <form method="get" className="filter-form">
        <input type="hidden" name="month" value={month} />
        <div className="field">
          <label htmlFor="field-cohort">{t("training.calendar.cohort")}</label>
          <select id="field-cohort" name="cohort" defaultValue={cohortId ?? ""}>
            <option value="">{t("training.calendar.allCohorts")}</option>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("training.calendar.show")}
        </button>
      </form>
      <h2>{formatMonth(lang, `${month}-01`)}</h2>
      <nav className="pagination" aria-label={t("training.calendar.months")}>
        <Link to={monthHref(shiftMonth(month, -1))} rel="prev">
          {t("training.calendar.previous", { month: formatMonth(lang, `${shiftMonth(month, -1)}-01`) })}
        </Link>
        <Link to={monthHref(shiftMonth(month, 1))} rel="next">
          {t("training.calendar.next", { month: formatMonth(lang, `${shiftMonth(month, 1)}-01`) })}
        </Link>
      </nav>
      <p className="muted">{t("training.calendar.zone", { zone })}</p>
      {days.length === 0 ? (
        <p>{t("training.calendar.none")}</p>
      ) : (
        <ol className="calendar-days">
          {days.map((d) => (
            <li key={d.date}>
              <h3>{formatDate(lang, d.date, "long")}</h3>
              <ul className="plain-list">
                {d.sessions.map((s) => (
                  <li key={s.id}>
                    <span>{formatSessionHours(lang, s.startsAt, s.endsAt, zone)}</span>{" "}
                    <Link to={`${base}/sessions/${s.id}`}>{s.title}</Link> · {s.cohortName}
                    {s.place ? ` · ${s.place}` : ""}
                    {s.trainerName ? ` · ${t("training.calendar.trainer", { name: s.trainerName })}` : ""}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
