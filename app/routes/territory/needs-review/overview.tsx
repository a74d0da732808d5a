import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { GettingStarted } from "~/components/needs-review/getting-started";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { FINDING_KINDS, TARGET_GROUPS } from "~/db/enums";
import { countConsents } from "~/features/needs-review/interviews/consents.server";
import { countFindings } from "~/features/needs-review/findings/findings.server";
import { countStakeholders } from "~/features/needs-review/focus-groups/focus-groups.server";
import { countDeskSources } from "~/features/needs-review/interviews/desk-sources.server";
import { countInterviews } from "~/features/needs-review/interviews/interviews.server";
import { countParticipantsByGroup } from "~/features/needs-review/interviews/participants.server";
import { listPublications } from "~/features/needs-review/report/report.server";
import { formatDate, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/overview";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const db = getDb();
  const scope = { territoryId: territory.id };
  const [sources, participants, consents, interviews, stakeholders, findings, publications] = await Promise.all([
    countDeskSources(db, scope),
    countParticipantsByGroup(db, scope),
    countConsents(db, scope),
    countInterviews(db, scope),
    countStakeholders(db, scope),
    countFindings(db, scope),
    listPublications(db, scope),
  ]);
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    sources,
    participants,
    consents,
    interviews,
    stakeholders,
    findings,
    lastPublished: publications[0] ? { id: publications[0].id, at: publications[0].publishedAt.toISOString() } : null,
    canExchange: canInTerritory(actor, "needs-review:edit", territory),
  };
}

export default function NeedsReviewOverview({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, sources, participants, consents, interviews, stakeholders, findings, lastPublished, canExchange } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("needsReview.title", { territory: territory.name });
  // Nothing recorded yet: show where to start.
  const isEmpty = sources === 0 && interviews.interviews === 0 && Object.values(participants).every((n) => n === 0);
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      <p>{t("needsReview.intro")}</p>
      {isEmpty ? <GettingStarted base={base} /> : null}
      <h2>{t("findings.keyResults")}</h2>
      <dl className="figures">
        <div>
          <dt>{t("findings.stakeholderCount")}</dt>
          <dd>{formatNumber(lang, stakeholders)}</dd>
        </div>
        {FINDING_KINDS.map((kind) => (
          <div key={kind}>
            <dt>{t(`findings.headings.${kind}`)}</dt>
            <dd>{formatNumber(lang, findings.byKind[kind])}</dd>
          </div>
        ))}
        <div>
          <dt>{t("findings.validatedCount")}</dt>
          <dd>{formatNumber(lang, findings.validated)}</dd>
        </div>
      </dl>
      <p>
        {lastPublished ? (
          <Link to={`/${lang}/reports/${lastPublished.id}`}>{t("report.publishedOn", { date: formatDate(lang, lastPublished.at) })}</Link>
        ) : (
          t("report.notPublished")
        )}
        {" · "}
        <Link to={`${base}/report`}>{t("report.link")}</Link>
      </p>
      <h2>{t("needsReview.figures")}</h2>
      <dl className="figures">
        <div>
          <dt>{t("needsReview.sourceCount")}</dt>
          <dd>{formatNumber(lang, sources)}</dd>
        </div>
        {TARGET_GROUPS.map((group) => (
          <div key={group}>
            <dt>{t(`targetGroups.${group}`)}</dt>
            <dd>{formatNumber(lang, participants[group])}</dd>
          </div>
        ))}
        <div>
          <dt>{t("needsReview.consentsActive")}</dt>
          <dd>{formatNumber(lang, consents.active)}</dd>
        </div>
        <div>
          <dt>{t("needsReview.consentsWithdrawn")}</dt>
          <dd>{formatNumber(lang, consents.withdrawn)}</dd>
        </div>
        <div>
          <dt>{t("needsReview.interviewCount")}</dt>
          <dd>{formatNumber(lang, interviews.interviews)}</dd>
        </div>
        <div>
          <dt>{t("needsReview.transcriptCount")}</dt>
          <dd>{formatNumber(lang, interviews.transcripts)}</dd>
        </div>
      </dl>
      <ul className="action-links">
        <li>
          <Link to={`${base}/sources`}>{t("needsReview.sources")}</Link>
        </li>
        <li>
          <Link to={`${base}/participants`}>{t("needsReview.participants")}</Link>
        </li>
        <li>
          <Link to={`${base}/interviews`}>{t("needsReview.interviews")}</Link>
        </li>
        <li>
          <Link to={`${base}/codebook`}>{t("codebook.short")}</Link>
        </li>
        <li>
          <Link to={`${base}/passages`}>{t("needsReview.passagesLink")}</Link>
        </li>
        <li>
          <Link to={`${base}/analysis`}>{t("needsReview.analysisLink")}</Link>
        </li>
        <li>
          <Link to={`${base}/agreement`}>{t("needsReview.agreementLink")}</Link>
        </li>
        <li>
          <Link to={`${base}/findings`}>{t("findings.link")}</Link>
        </li>
        <li>
          <Link to={`${base}/focus-groups`}>{t("focusGroups.link")}</Link>
        </li>
        {canExchange ? (
          <li>
            <Link to={`${base}/exchange`}>{t("refiQda.exchangeLink")}</Link>
          </li>
        ) : null}
        <li>
          <Link to={`${base}/search`}>{t("needsReviewSearch.link")}</Link>
        </li>
      </ul>
    </>
  );
}
