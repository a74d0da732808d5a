import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { Timeline } from "~/components/programme/timeline";
import { ContextFigures } from "~/components/territory/context-figures";
import { pickLocalized } from "~/i18n/localized";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { todayIso } from "~/features/territories/phases";
import { listPublicProgrammes } from "~/features/territories/territories.server";
import { listPublishedOutputs } from "~/features/territories/public-outputs.server";
import { formatDate, formatLanguageName, formatMonth, formatNumber, isSameMonth } from "~/i18n/format";
import { isLanguage } from "~/i18n/languages";
import { getRequestState } from "~/tenancy/access.server";
import { TerritoryName } from "~/components/territory/territory-name";
import { localizeTerritory } from "~/features/territories/territory-name";
import type { Route } from "./+types/home";

export async function loader(args: Route.LoaderArgs) {
  const { lang, actor } = getRequestState(args);
  const programmes = (await listPublicProgrammes(getDb())).map((p) => ({ ...p, territories: p.territories.map((x) => localizeTerritory(x, lang)) }));
  const outputs = await listPublishedOutputs(getDb(), { programmeIds: programmes.map((p) => p.id), lang });
  return {
    lang,
    signedIn: actor !== null,
    programmes: programmes.map((p) => ({
      ...p,
      reports: outputs.reports
        .filter((r) => r.programmeId === p.id)
        .map((r) => ({ id: r.id, territoryName: r.territoryName, language: isLanguage(r.language) ? r.language : null, publishedAt: r.publishedAt.toISOString() })),
      toolkits: outputs.toolkits
        .filter((v) => v.programmeId === p.id)
        .map((v) => ({ id: v.id, title: v.title, territoryName: v.territoryName, number: v.number, publishedAt: v.publishedAt!.toISOString() })),
    })),
    today: todayIso(),
  };
}

export default function PublicHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, programmes, today, signedIn } = loaderData;
  return (
    <>
      <PageTitle>{t("home.title")}</PageTitle>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      {!signedIn && (
        <p>
          <Link to={`/${lang}/sign-in`} className="button">
            {t("shell.signIn")}
          </Link>
        </p>
      )}
      {programmes.length === 0 ? <p>{t("home.noProgramme")}</p> : null}
      {programmes.map((p) => {
        const summary = pickLocalized(p.summary, lang);
        const funding = pickLocalized(p.fundingNote, lang);
        return (
          <section key={p.id} aria-labelledby={`programme-${p.slug}`} className="programme">
            <h2 id={`programme-${p.slug}`}>{p.name}</h2>
            {p.isDemo ? <p className="demo-note">{t("home.demoNote")}</p> : null}
            {p.startsOn && p.endsOn ? (
              <p>
                {isSameMonth(p.startsOn, p.endsOn)
                  ? t("locale.runsIn", { month: formatMonth(lang, p.startsOn) })
                  : t("home.runs", { start: formatMonth(lang, p.startsOn), end: formatMonth(lang, p.endsOn) })}
              </p>
            ) : null}
            {summary ? <p lang={summary.lang}>{summary.text}</p> : null}
            <h3>{t("home.territories")}</h3>
            {p.territories.length === 0 ? <p>{t("home.noTerritories")}</p> : null}
            <ul className="card-list">
              {p.territories.map((territory) => (
                <li key={territory.id} className="card">
                  <h4>
                    <TerritoryName name={territory.name} nameLang={territory.nameLang} />
                  </h4>
                  <ContextFigures lang={lang} territory={territory} />
                </li>
              ))}
            </ul>
            <h3>{t("home.reports")}</h3>
            {p.reports.length === 0 ? (
              <p>{t("home.noReports")}</p>
            ) : (
              <ul>
                {p.reports.map((r) => (
                  <li key={r.id}>
                    <Link to={`/${lang}/reports/${r.id}`}>
                      {t("home.reportLink", { territory: r.territoryName, language: r.language ? formatLanguageName(lang, r.language) : "", date: formatDate(lang, r.publishedAt) })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <h3>{t("home.toolkits")}</h3>
            {p.toolkits.length === 0 ? (
              <p>{t("home.noToolkits")}</p>
            ) : (
              <ul>
                {p.toolkits.map((v) => {
                  const vars = { title: v.title, number: formatNumber(lang, v.number), date: formatDate(lang, v.publishedAt) };
                  return (
                    <li key={v.id}>
                      <Link to={`/${lang}/toolkits/${v.id}`}>{v.territoryName ? t("home.toolkitOf", { ...vars, territory: v.territoryName }) : t("home.toolkitLink", vars)}</Link>
                    </li>
                  );
                })}
              </ul>
            )}
            <h3>{t("home.timeline")}</h3>
            <Timeline lang={lang} phases={p.phases} today={today} />
            {funding ? (
              <p className="muted" lang={funding.lang}>
                {funding.text}
              </p>
            ) : null}
          </section>
        );
      })}
      <section aria-labelledby="certificates-heading">
        <h2 id="certificates-heading">{t("home.certificates")}</h2>
        <p>
          {t("home.verifyHint")} <Link to={`/${lang}/verify`}>{t("home.verify")}</Link>
        </p>
      </section>
    </>
  );
}
