import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { FeedSection } from "~/components/training/feed-section";
import { PageTitle } from "~/components/ui/page-title";
import { baseUrl } from "~/auth/auth.server";
import { getDb } from "~/db/client.server";
import { createFeed, feedPath, findActiveFeed, revokeFeed } from "~/features/training/feeds.server";
import { formatSessionTime } from "~/features/training/format";
import { listMyEnrolments, listMySessions } from "~/features/training/my-training.server";
import { zoneOfCountry } from "~/features/training/time-zone";
import { assessmentWindow, phasesOf, todayOf, windowState } from "~/features/assessments/windows";
import { formatDate, formatPercent } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/my-training";

// A person's own training, in sections that later modules extend (self-assessments, feedback,
// certificates). It reads her rows only, by her user id.
export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:participate");
  const db = getDb();
  const mine = { userId: actor.userId, programmeId: territory.programmeId, lang: getRequestState(args).lang };
  const [enrolments, sessions, feed] = await Promise.all([
    listMyEnrolments(db, mine),
    listMySessions(db, mine),
    findActiveFeed(db, { territoryId: territory.id, userId: actor.userId }),
  ]);
  const now = Date.now();
  const today = todayOf();
  // Her self-assessment, progress and feedback pages live in the territory of the cohort; she is
  // linked to them only where she takes part (a trainer trained in another territory's ToT is no
  // member there, and the page would answer 404).
  const participates = (territoryId: string) => canInTerritory(actor, "training:participate", { id: territoryId, programmeId: territory.programmeId });
  const rows = sessions.map(({ territoryId, enrolmentId, ...s }) => ({ ...s, canRate: enrolmentId !== null && !s.trains && participates(territoryId) }));
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    zone: zoneOfCountry(territory.countryCode),
    enrolments: enrolments.map(({ territoryId, midwayAssessment, ...e }) => ({
      ...e,
      ownPages: participates(territoryId),
      openPhases: phasesOf({ midwayAssessment }).filter((phase) => windowState(assessmentWindow({ ...e, midwayAssessment }, phase), today) === "open"),
    })),
    upcoming: rows.filter((s) => new Date(s.endsAt).getTime() > now),
    past: rows.filter((s) => new Date(s.endsAt).getTime() <= now).reverse(),
    feed,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:participate");
  const formData = await args.request.formData();
  const db = getDb();
  if (formData.get("intent") === "feed-create") {
    const token = await createFeed(db, { actor, territory });
    return { done: "feed" as const, feedUrl: token ? `${baseUrl()}${feedPath(token)}` : null };
  }
  if (formData.get("intent") === "feed-revoke") {
    await revokeFeed(db, { actor, territory });
    return { done: "feed-revoked" as const, feedUrl: null };
  }
  return { done: null, feedUrl: null };
}

export default function MyTraining({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, zone, enrolments, upcoming, past, feed } = loaderData;
  const title = t("training.mine.title", { territory: territory.name });
  const mine = (slug: string) => `/${lang}/t/${slug}/my-training`;
  const sessionLine = (s: (typeof past)[number]) => (
    <>
      <strong>{s.title}</strong> · {formatSessionTime(lang, s.startsAt, s.endsAt, zone)}
      {s.place ? ` · ${s.place}` : ""}
      {s.onlineUrl ? (
        <>
          {" · "}
          <a href={s.onlineUrl}>{t("training.sessions.online")}</a>
        </>
      ) : null}
      {` · ${s.cohortName}`}
      {s.trains ? <span className="badge">{t("training.mine.youTrain")}</span> : null}
    </>
  );
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {actionData?.done === "feed-revoked" ? <p role="status">{t("training.feed.revoked")}</p> : null}
      <p>
        <Link to={`${mine(territory.slug)}/certificates`}>{t("crossLinks.myCertificates")}</Link>
      </p>
      <section aria-labelledby="my-cohorts-heading">
        <h2 id="my-cohorts-heading">{t("training.mine.cohorts")}</h2>
        {enrolments.length === 0 ? (
          <p>{t("training.mine.noCohorts")}</p>
        ) : (
          <ul className="card-list">
            {enrolments.map((e) => (
              <li key={e.id} className="card">
                <h3>{e.cohortName}</h3>
                <p>
                  {t(`training.kinds.${e.kind}`)} · {e.territoryName} ·{" "}
                  {t("training.overview.fromTo", { from: formatDate(lang, e.startsOn, "medium"), to: formatDate(lang, e.endsOn, "medium") })}
                </p>
                <p>
                  {e.rate === null
                    ? t("training.trainees.noneHeld")
                    : t("training.mine.rate", { rate: formatPercent(lang, e.rate), threshold: formatPercent(lang, e.threshold) })}
                </p>
                {e.ownPages ? (
                  <ul className="plain-list">
                    {e.openPhases.map((phase) => (
                      <li key={phase}>
                        <Link to={`${mine(e.territorySlug)}/assessments/${e.id}/${phase}`}>
                          {t("crossLinks.selfAssessment", { phase: t(`assessments.phases.${phase}`) })}
                        </Link>
                      </li>
                    ))}
                    <li>
                      <Link to={`${mine(e.territorySlug)}/progress/${e.id}`}>{t("crossLinks.progress")}</Link>
                    </li>
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-upcoming-heading">
        <h2 id="my-upcoming-heading">{t("training.mine.upcoming")}</h2>
        {upcoming.length === 0 ? (
          <p>{t("training.mine.noUpcoming")}</p>
        ) : (
          <ul>
            {upcoming.map((s) => (
              <li key={s.id}>{sessionLine(s)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="my-past-heading">
        <h2 id="my-past-heading">{t("training.mine.past")}</h2>
        {past.length === 0 ? (
          <p>{t("training.mine.noPast")}</p>
        ) : (
          <ul>
            {past.map((s) => (
              <li key={s.id}>
                {sessionLine(s)}
                {s.trains ? null : ` – ${s.status ? t(`training.statuses.${s.status}`) : t("training.mine.notMarked")}`}
                {s.canRate ? (
                  <>
                    {" · "}
                    <Link to={`${mine(s.territorySlug)}/sessions/${s.id}/feedback`}>{t("crossLinks.feedback", { session: s.title })}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <FeedSection
        lang={lang}
        heading={t("training.feed.personalHeading")}
        intro={t("training.feed.personalIntro")}
        active={feed}
        newUrl={actionData?.done === "feed" ? actionData.feedUrl : null}
      />
    </>
  );
}
