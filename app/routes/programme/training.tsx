import { useTranslation } from "~/i18n/use-translation";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { countCertifiedTrainees } from "~/features/certificates/certificates.server";
import { countPublishedToolkitVersions } from "~/features/toolkit/versions/versions.server";
import { countTrainingResults, listCascade, listProgrammeCohorts } from "~/features/training/programme-training.server";
import { formatDate, formatNumber, formatPercent } from "~/i18n/format";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/training";

// Training across the programme: cohorts of every territory, the Training of Trainers cascade and
// all key results of the Training Programme in one place (each computed by the module that owns
// its rows). Counts and trainers' names only, never a trainee's.
export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:view-training");
  const db = getDb();
  const [cohorts, cascade, training, toolkitVersions, certified] = await Promise.all([
    listProgrammeCohorts(db, { programmeId: programme.id, lang: getRequestState(args).lang }),
    listCascade(db, { programmeId: programme.id, lang: getRequestState(args).lang }),
    countTrainingResults(db, { programmeId: programme.id }),
    countPublishedToolkitVersions(db, { programmeId: programme.id }),
    countCertifiedTrainees(db, { programmeId: programme.id }),
  ]);
  const results = { ...training, toolkitVersions, certified };
  return { lang: getRequestState(args).lang, programme: { name: programme.name }, cohorts, cascade, results };
}

export default function ProgrammeTraining({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, programme, cohorts, cascade, results } = loaderData;
  const title = t("training.programme.title", { programme: programme.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <h2>{t("training.programme.results")}</h2>
      <dl className="figures">
        <div>
          <dt>{t("keyResults.toolkitDelivered")}</dt>
          <dd>
            {results.toolkitVersions > 0
              ? t("keyResults.toolkitYes", { count: results.toolkitVersions, formatted: formatNumber(lang, results.toolkitVersions) })
              : t("keyResults.toolkitNo")}
          </dd>
        </div>
        <div>
          <dt>{t("training.programme.delivered")}</dt>
          <dd>{t("training.programme.ofTerritories", { done: formatNumber(lang, results.delivered), all: formatNumber(lang, results.territories) })}</dd>
        </div>
        <div>
          <dt>{t("training.programme.traineesTrained")}</dt>
          <dd>{formatNumber(lang, results.traineesTrained)}</dd>
        </div>
        <div>
          <dt>{t("keyResults.traineesCertified")}</dt>
          <dd>{formatNumber(lang, results.certified)}</dd>
        </div>
        <div>
          <dt>{t("training.programme.trainersTrained")}</dt>
          <dd>{formatNumber(lang, results.trainersTrained)}</dd>
        </div>
      </dl>
      <p className="muted">
        {t("training.programme.resultsHint")} {t("keyResults.hint")}
      </p>
      <h2>{t("training.programme.cohorts")}</h2>
      {cohorts.length === 0 ? (
        <p>{t("training.overview.noCohorts")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("training.programme.cohorts")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("training.programme.territory")}</th>
                <th scope="col">{t("training.cohortForm.name")}</th>
                <th scope="col">{t("training.cohortForm.kind")}</th>
                <th scope="col">{t("training.overview.dates")}</th>
                <th scope="col">{t("training.overview.trainees")}</th>
                <th scope="col">{t("training.overview.sessions")}</th>
                <th scope="col">{t("training.overview.completed")}</th>
              </tr>
            </thead>
            <tbody>
              {cohorts.map((c) => (
                <tr key={c.id}>
                  <td>{c.territoryName}</td>
                  <th scope="row">{c.name}</th>
                  <td>{t(`training.kinds.${c.kind}`)}</td>
                  <td>{t("training.overview.fromTo", { from: formatDate(lang, c.startsOn, "medium"), to: formatDate(lang, c.endsOn, "medium") })}</td>
                  <td>{formatNumber(lang, c.trainees)}</td>
                  <td>{formatNumber(lang, c.sessions)}</td>
                  <td>{c.completedAt ? formatDate(lang, c.completedAt, "medium") : t("training.overview.notCompleted")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("training.programme.cascade")}</h2>
      <p>{t("training.programme.cascadeIntro")}</p>
      {cascade.length === 0 ? (
        <p>{t("training.programme.noCascade")}</p>
      ) : (
        <ul className="card-list">
          {cascade.map((c) => (
            <li key={`${c.name}-${c.homeCohort}`} className="card">
              <h3>{c.name}</h3>
              <p>
                {t("training.programme.trainedIn", { cohort: c.homeCohort, territory: c.hostTerritory })} ·{" "}
                {c.rate === null ? t("training.trainees.noneHeld") : formatPercent(lang, c.rate)}
                {c.meetsThreshold ? ` · ${t("training.programme.trained")}` : ""}
              </p>
              {c.cohorts.length === 0 ? (
                <p>{t("training.programme.trainsNone")}</p>
              ) : (
                <ul>
                  {c.cohorts.map((k) => (
                    <li key={k.cohortId}>
                      {t("training.programme.trains", { cohort: k.cohortName, territory: k.territoryName, count: k.trainees, formatted: formatNumber(lang, k.trainees) })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
