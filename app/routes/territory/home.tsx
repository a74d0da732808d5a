import { useTranslation } from "~/i18n/use-translation";
import { PhaseName } from "~/components/programme/timeline";
import { Link } from "react-router";
import { MyRoundTables } from "~/components/co-design/my-round-tables";
import { ContextFigures } from "~/components/territory/context-figures";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { listMyRoundTables } from "~/features/co-design/votes.server";
import { currentPhase, todayIso } from "~/features/territories/phases";
import { countMembers, listPhases } from "~/features/territories/territories.server";
import { formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory, holdsOwnRoleFor, isProgrammeAdmin, territoryRolesOf } from "~/tenancy/policy";
import type { Route } from "./+types/home";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "territory:view");
  const db = getDb();
  const [phases, memberCount, myRoundTables] = await Promise.all([
    listPhases(db, [territory.programmeId]),
    countMembers(db, territory.id),
    listMyRoundTables(db, { territoryId: territory.id, userId: actor.userId }),
  ]);
  return {
    lang: getRequestState(args).lang,
    territory: {
      slug: territory.slug,
      name: territory.name,
      countryCode: territory.countryCode,
      languages: territory.languages,
      population: territory.population,
      foreignResidentsPercent: territory.foreignResidentsPercent,
      tcnPercent: territory.tcnPercent,
    },
    phase: currentPhase(phases, todayIso()),
    memberCount,
    myRoundTables,
    myRoles: isProgrammeAdmin(actor, territory.programmeId) ? ["programme_admin" as const] : territoryRolesOf(actor, territory.id),
    can: {
      members: canInTerritory(actor, "members:view", territory),
      audit: canInTerritory(actor, "audit:view", territory),
      needsReview: canInTerritory(actor, "needs-review:view", territory),
      toolkit: canInTerritory(actor, "toolkit:view", territory),
      myTraining: holdsOwnRoleFor(actor, "training:participate", territory),
    },
  };
}

export default function TerritoryHome({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, phase, memberCount, myRoundTables, myRoles, can } = loaderData;
  const base = `/${lang}/t/${territory.slug}`;
  return (
    <>
      <PageTitle>{territory.name}</PageTitle>
      <h1>{territory.name}</h1>
      <p>{t("territoryHome.yourRoles", { roles: myRoles.map((r) => t(`roles.${r}`)).join(", ") })}</p>
      <p>
        {t("dashboard.currentPhase")}:{" "}
        <strong>{phase.kind === "phase" ? <PhaseName lang={lang} phase={phase.phase} /> : t(`phaseStatus.${phase.kind}`)}</strong>
      </p>
      <h2>{t("territoryHome.context")}</h2>
      <ContextFigures lang={lang} territory={territory} />
      <h2>{t("territoryHome.team")}</h2>
      <p>{t("territoryHome.memberCount", { count: memberCount, formatted: formatNumber(lang, memberCount) })}</p>
      <ul className="action-links">
        {can.needsReview ? (
          <li>
            <Link to={`${base}/needs-review`}>{t("stages.needsReview")}</Link>
          </li>
        ) : null}
        {can.toolkit ? (
          <li>
            <Link to={`${base}/competences`}>{t("competences.title")}</Link>
          </li>
        ) : null}
        {can.toolkit ? (
          <li>
            <Link to={`${base}/toolkit`}>{t("toolkit.linkName")}</Link>
          </li>
        ) : null}
        {can.myTraining ? (
          <li>
            <Link to={`${base}/my-training`}>{t("training.mine.link")}</Link>
          </li>
        ) : null}
        {can.members ? (
          <li>
            <Link to={`${base}/members`}>{t("territoryHome.members")}</Link>
          </li>
        ) : null}
        {can.audit ? (
          <li>
            <Link to={`${base}/audit`}>{t("territoryHome.audit")}</Link>
          </li>
        ) : null}
      </ul>
      <MyRoundTables lang={lang} base={base} tables={myRoundTables} />
    </>
  );
}
