import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { CohortForm } from "~/components/training/cohort-form";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { countTrainingFigures, createCohort, listCohorts } from "~/features/training/cohorts.server";
import { cohortSchema } from "~/features/training/training.schema";
import { forbidden } from "~/http/errors";
import { invalid, parseForm } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { formatDate, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/overview";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:view");
  const db = getDb();
  const [cohorts, figures] = await Promise.all([
    listCohorts(db, { territoryId: territory.id, page: pageFromUrl(new URL(args.request.url)) }),
    countTrainingFigures(db, { territoryId: territory.id }),
  ]);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    cohorts,
    figures,
    canManage: canInTerritory(actor, "training:manage", territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:view");
  if (!canInTerritory(actor, "training:manage", territory)) forbidden();
  const parsed = parseForm(cohortSchema(getRequestState(args).lang), await args.request.formData());
  if (!parsed.ok) return invalid(parsed);
  const created = await createCohort(getDb(), { actor, territory, input: parsed.value });
  // Next come its trainees and sessions: go to its page.
  return redirect(`/${getRequestState(args).lang}/t/${territory.slug}/training/cohorts/${created.id}`);
}

export default function TrainingOverview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, cohorts, figures, canManage } = loaderData;
  const base = `/${lang}/t/${territory.slug}/training`;
  const title = t("training.overview.title", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p>{t("training.overview.intro")}</p>
      <p>
        <Link to={`${base}/calendar`}>{t("training.calendar.link")}</Link>
      </p>
      <h2>{t("training.overview.figures")}</h2>
      <dl className="figures">
        <div>
          <dt>{t("training.overview.traineesEnrolled")}</dt>
          <dd>{formatNumber(lang, figures.trainees)}</dd>
        </div>
        <div>
          <dt>{t("training.overview.sessionsHeld")}</dt>
          <dd>{formatNumber(lang, figures.held)}</dd>
        </div>
        <div>
          <dt>{t("training.overview.cohortsCompleted")}</dt>
          <dd>{formatNumber(lang, figures.completed)}</dd>
        </div>
      </dl>
      <h2>{t("training.overview.cohorts")}</h2>
      {cohorts.rows.length === 0 ? (
        <p>{t("training.overview.noCohorts")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("training.overview.cohorts")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("training.cohortForm.name")}</th>
                <th scope="col">{t("training.cohortForm.kind")}</th>
                <th scope="col">{t("training.overview.dates")}</th>
                <th scope="col">{t("training.overview.trainees")}</th>
                <th scope="col">{t("training.overview.sessions")}</th>
                <th scope="col">{t("training.overview.completed")}</th>
              </tr>
            </thead>
            <tbody>
              {cohorts.rows.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`${base}/cohorts/${c.id}`}>{c.name}</Link>
                  </th>
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
      <Pagination page={cohorts.page} pageSize={cohorts.pageSize} total={cohorts.total} />
      {canManage ? <CohortForm state={actionData && !actionData.ok ? actionData : undefined} /> : null}
    </>
  );
}
