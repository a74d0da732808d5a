import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { TerritoryProgressTable } from "~/components/programme/progress-table";
import { PhaseName, Timeline } from "~/components/programme/timeline";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { countPublishedReports } from "~/features/needs-review/report/report.server";
import { currentPhase, todayIso } from "~/features/territories/phases";
import { listTerritoryProgress } from "~/features/territories/progress.server";
import { getProgrammeOverview } from "~/features/territories/territories.server";
import { formatCountry, formatNumber } from "~/i18n/format";
import { requireProgramme, getRequestState } from "~/tenancy/access.server";
import { TerritoryName } from "~/components/territory/territory-name";
import { localizeTerritory } from "~/features/territories/territory-name";
import type { Language } from "~/i18n/languages";
import type { Route } from "./+types/dashboard";

const pick = ({ name, nameLang }: { name: string; nameLang: Language }) => ({ name, nameLang });

export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:view-dashboard");
  const [overview, publishedReports] = await Promise.all([
    getProgrammeOverview(getDb(), programme.id),
    countPublishedReports(getDb(), { programmeId: programme.id }),
  ]);
  const today = todayIso();
  const progress = await listTerritoryProgress(getDb(), { programmeId: programme.id, phases: overview.phases, today });
  return {
    lang: getRequestState(args).lang,
    programme: { slug: programme.slug, name: programme.name },
    phases: overview.phases,
    today,
    publishedReports,
    territories: overview.territories.map((t) => ({
      slug: t.slug,
      ...pick(localizeTerritory(t, getRequestState(args).lang)),
      countryCode: t.countryCode,
      memberCount: t.memberCount,
      coordinators: t.coordinators,
      phase: currentPhase(overview.phases, today),
      progress: progress.get(t.id) ?? [],
    })),
  };
}

export default function ProgrammeDashboard({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, programme, territories, phases, today, publishedReports } = loaderData;
  const base = `/${lang}/p/${programme.slug}`;
  return (
    <>
      <PageTitle>{t("dashboard.title", { programme: programme.name })}</PageTitle>
      <h1>{t("dashboard.title", { programme: programme.name })}</h1>
      <ul className="action-links">
        <li><Link to={`${base}/territories/new`}>{t("dashboard.newTerritory")}</Link></li>
        <li><Link to={`${base}/organisations`}>{t("dashboard.organisations")}</Link></li>
        <li><Link to={`${base}/members`}>{t("dashboard.programmeMembers")}</Link></li>
        <li><Link to={`${base}/outbox`}>{t("dashboard.outbox")}</Link></li>
        <li><Link to={`${base}/security`}>{t("security.programmeLink")}</Link></li>
        <li><Link to={`${base}/audit`}>{t("dashboard.audit")}</Link></li>
        <li><Link to={`${base}/needs-review`}>{t("comparison.link")}</Link></li>
        <li><Link to={`${base}/competences`}>{t("competences.dashboardLink")}</Link></li>
        <li><Link to={`${base}/training`}>{t("training.programme.link")}</Link></li>
        <li><Link to={`${base}/timeline`}>{t("timeline.link")}</Link></li>
      </ul>
      <dl className="figures">
        <div>
          <dt>{t("report.publishedCount")}</dt>
          <dd>{t("report.publishedOf", { count: publishedReports, formatted: formatNumber(lang, publishedReports), total: formatNumber(lang, territories.length) })}</dd>
        </div>
      </dl>
      <h2>{t("dashboard.territories")}</h2>
      {territories.length === 0 ? (
        <p>{t("dashboard.noTerritories")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("dashboard.territories")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("territory.name")}</th>
                <th scope="col">{t("territory.country")}</th>
                <th scope="col">{t("dashboard.currentPhase")}</th>
                <th scope="col">{t("dashboard.coordinators")}</th>
                <th scope="col">{t("dashboard.members")}</th>
                <th scope="col">{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {territories.map((x) => (
                <tr key={x.slug}>
                  <th scope="row">
                    <Link to={`/${lang}/t/${x.slug}`}>
                      <TerritoryName name={x.name} nameLang={x.nameLang} />
                    </Link>
                  </th>
                  <td>{formatCountry(lang, x.countryCode)}</td>
                  <td>{x.phase.kind === "phase" ? <PhaseName lang={lang} phase={x.phase.phase} /> : t(`phaseStatus.${x.phase.kind}`)}</td>
                  <td>{x.coordinators.length ? x.coordinators.join(", ") : t("dashboard.noCoordinator")}</td>
                  <td>{formatNumber(lang, x.memberCount)}</td>
                  <td>
                    <Link to={`/${lang}/t/${x.slug}/members`}>{t("dashboard.manageMembers", { territory: x.name })}</Link>{" · "}
                    <Link to={`${base}/territories/${x.slug}/edit`}>{t("dashboard.editTerritory", { territory: x.name })}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {territories.length ? (
        <>
          <h2 id="progress-heading">{t("progress.heading")}</h2>
          <TerritoryProgressTable lang={lang} territories={territories} />
        </>
      ) : null}
      <h2>{t("home.timeline")}</h2>
      <Timeline lang={lang} phases={phases} today={today} editHref={`${base}/timeline`} />
    </>
  );
}
