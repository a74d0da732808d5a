// A trainee's own progress: her level per competence before, midway and after, and her gain, as
// a chart and a table. Only she sees it: the guard is training:participate and the enrolment
// must be hers (404 otherwise); coordinators see cohort aggregates, never this page.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { BarChart } from "~/components/assessments/bar-chart";
import { LocalizedSpan } from "~/components/assessments/assessment-form";
import { Notice } from "~/components/ui/fields";
import { pickLocalized } from "~/i18n/localized";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { findOwnEnrolment, listCompetences, listOwnRatings } from "~/features/assessments/assessments.server";
import { MAX_LEVEL, MIN_LEVEL, progressRows } from "~/features/assessments/stats";
import { assessmentWindow, phasesOf, todayOf, windowState } from "~/features/assessments/windows";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { changeNoticeFromUrl } from "~/http/change-notice";
import { notFound } from "~/http/errors";
import { formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/progress";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:participate");
  const enrolmentId = parseUuid(args.params.enrolmentId);
  if (!enrolmentId) notFound();
  const db = getDb();
  const own = await findOwnEnrolment(db, { actor, territoryId: territory.id, enrolmentId });
  if (!own) notFound();
  const lang = getRequestState(args).lang;
  const [competences, ratings] = await Promise.all([
    listCompetences(db, { programmeId: territory.programmeId }),
    listOwnRatings(db, { territoryId: territory.id, enrolmentId: own.id }),
  ]);
  const today = todayOf();
  const answered = new Set(ratings.map((r) => r.phase));
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    cohortName: own.cohort.name,
    enrolmentId: own.id,
    phases: phasesOf(own.cohort).map((phase) => ({ phase, answered: answered.has(phase), state: windowState(assessmentWindow(own.cohort, phase), today) })),
    names: Object.fromEntries(competences.map((c) => [c.id, pickLocalized(c.name, lang)])),
    rows: progressRows(
      competences.map((c) => c.id),
      ratings,
    ),
    saved: changeNoticeFromUrl(new URL(args.request.url)).saved,
  };
}

export default function Progress({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, cohortName, enrolmentId, phases, names, rows, saved } = loaderData;
  const title = t("assessments.progressTitle", { cohort: cohortName });
  const shownPhases = phases.map((p) => p.phase);
  const level = (n: number | null) => (n === null ? t("assessments.noAnswer") : formatNumber(lang, n));
  const gain = (n: number | null) => (n === null ? t("assessments.noAnswer") : n > 0 ? `+${formatNumber(lang, n)}` : formatNumber(lang, n));
  const nameOf = (id: string) => names[id]?.text ?? t("assessments.unnamedCompetence");
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <h1>{title}</h1>
      {saved ? <Notice>{t("assessments.saved")}</Notice> : null}
      <p>{t("assessments.progressIntro", { territory: territory.name })}</p>
      <h2>{t("assessments.yourAssessments")}</h2>
      <ul>
        {phases.map((p) => (
          <li key={p.phase}>
            <Link to={`/${lang}/t/${territory.slug}/my-training/assessments/${enrolmentId}/${p.phase}`}>{t(`assessments.phases.${p.phase}`)}</Link>
            {" – "}
            {p.answered ? t("assessments.phaseAnswered") : t(`assessments.phaseState.${p.state}`)}
          </li>
        ))}
      </ul>
      <h2>{t("assessments.progressHeading")}</h2>
      {rows.length === 0 ? (
        <p>{t("assessments.noCompetences")}</p>
      ) : (
        <>
          <BarChart
            title={t("assessments.progressChartTitle")}
            description={t("assessments.progressChartDescription")}
            input={{
              categories: rows.map((r) => ({ key: r.competenceId, label: nameOf(r.competenceId) })),
              values: Object.fromEntries(rows.map((r) => [r.competenceId, { pre: r.pre, mid: r.mid, post: r.post }])),
              domain: [MIN_LEVEL, MAX_LEVEL],
              ticks: [0, 1, 2, 3],
            }}
            series={shownPhases.map((p) => ({ key: p, label: t(`assessments.phases.${p}`) }))}
            formatTick={(v) => t(`assessments.levels.${v as 0 | 1 | 2 | 3}`)}
          />
          <div className="table-wrap">
            <table>
              <caption>{t("assessments.progressTableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("assessments.competence")}</th>
                  {shownPhases.map((p) => (
                    <th key={p} scope="col">
                      {t(`assessments.phases.${p}`)}
                    </th>
                  ))}
                  <th scope="col">{t("assessments.gain")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.competenceId}>
                    <th scope="row">
                      <LocalizedSpan value={names[r.competenceId]} lang={lang} fallback={t("assessments.unnamedCompetence")} />
                    </th>
                    {shownPhases.map((p) => (
                      <td key={p}>{level(r[p])}</td>
                    ))}
                    <td>{gain(r.gain)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t("assessments.levelScale")}</p>
        </>
      )}
    </>
  );
}
