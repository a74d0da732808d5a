// Cohort insights for coordinators and technical partners: self-assessment means and gains per
// competence, and session feedback per module and per trainer. Aggregates only; a group under
// five people shows that it is hidden, never its figures or comments (decision 017).
import { useTranslation } from "~/i18n/use-translation";
import { BarChart } from "~/components/assessments/bar-chart";
import { AssessmentInsightsTable, FeedbackGroups } from "~/components/assessments/insights";
import { pickLocalized } from "~/i18n/localized";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { listCompetences } from "~/features/assessments/assessments.server";
import { cohortAssessmentInsights, cohortFeedbackInsights, findCohort } from "~/features/assessments/insights.server";
import { MAX_LEVEL, MIN_GROUP_SIZE, MIN_LEVEL } from "~/features/assessments/stats";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { notFound } from "~/http/errors";
import { formatDate, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/cohort-insights";

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "training:insights");
  const cohortId = parseUuid(args.params.cohortId);
  if (!cohortId) notFound();
  const db = getDb();
  const found = await findCohort(db, { territoryId: territory.id, cohortId });
  if (!found) notFound();
  const lang = getRequestState(args).lang;
  const scope = { territoryId: territory.id, cohortId: found.id };
  const [competences, assessments, feedback] = await Promise.all([
    listCompetences(db, { programmeId: territory.programmeId }),
    cohortAssessmentInsights(db, scope),
    cohortFeedbackInsights(db, scope),
  ]);
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    cohort: { name: found.name, startsOn: found.startsOn, endsOn: found.endsOn },
    responses: assessments.responses,
    competences: competences.map((c) => {
      const figures = assessments.byCompetence.get(c.id);
      return { id: c.id, name: pickLocalized(c.name, lang), means: figures?.shown ? { n: figures.n, ...figures.value } : null };
    }),
    feedback,
  };
}

export default function CohortInsights({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, cohort, responses, competences, feedback } = loaderData;
  const title = t("assessments.insightsTitle", { cohort: cohort.name });
  const shown = competences.filter((c) => c.means);
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <h1>{title}</h1>
      <p>
        {t("assessments.cohortDates", { territory: territory.name, start: formatDate(lang, cohort.startsOn, "long"), end: formatDate(lang, cohort.endsOn, "long") })}
      </p>
      <p>{t("assessments.privacyRule", { min: MIN_GROUP_SIZE })}</p>
      <h2>{t("assessments.responsesHeading")}</h2>
      <dl className="figures">
        {(["enrolled", "pre", "mid", "post"] as const).map((k) => (
          <div key={k}>
            <dt>{t(`assessments.responses.${k}`)}</dt>
            <dd>{formatNumber(lang, responses[k])}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("assessments.competencesHeading")}</h2>
      {shown.length > 0 ? (
        <BarChart
          title={t("assessments.insightsChartTitle")}
          description={t("assessments.insightsChartDescription", { min: MIN_GROUP_SIZE })}
          input={{
            categories: shown.map((c) => ({ key: c.id, label: c.name?.text ?? t("assessments.unnamedCompetence") })),
            values: Object.fromEntries(shown.map((c) => [c.id, { pre: c.means!.pre, post: c.means!.post }])),
            domain: [MIN_LEVEL, MAX_LEVEL],
            ticks: [0, 1, 2, 3],
          }}
          series={[
            { key: "pre", label: t("assessments.phases.pre") },
            { key: "post", label: t("assessments.phases.post") },
          ]}
          formatTick={(v) => t(`assessments.levels.${v as 0 | 1 | 2 | 3}`)}
        />
      ) : null}
      <AssessmentInsightsTable lang={lang} competences={competences} />
      <h2>{t("assessments.feedbackHeading")}</h2>
      <FeedbackGroups lang={lang} heading={t("assessments.perModule")} kind="module" groups={feedback.modules} />
      <FeedbackGroups lang={lang} heading={t("assessments.perTrainer")} kind="trainer" groups={feedback.trainers} />
    </>
  );
}
