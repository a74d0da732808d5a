// Trace forward: every validated need of the programme with the modules that address it, and the
// needs no module addresses yet. Needs of other territories: statement and territory only.
import { useTranslation } from "~/i18n/use-translation";
import { NeedsList } from "~/components/toolkit/trace";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { traceNeedsForward } from "~/features/toolkit/trace.server";
import { canInTerritory } from "~/tenancy/policy";
import { Link } from "react-router";
import type { Route } from "./+types/needs";
import { requireToolkit } from "./scope.server";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory, kit, lang } = await requireToolkit(args, "toolkit:view");
  const coverage = await traceNeedsForward(getDb(), { territory, toolkitId: kit?.id ?? null, lang });
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    coverage,
    canSeeFindings: canInTerritory(actor, "needs-review:view", territory),
  };
}

export default function ToolkitNeeds({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, coverage, canSeeFindings } = loaderData;
  const base = `/${lang}/t/${territory.slug}`;
  const title = t("toolkit.needsTitle", { territory: territory.name });
  const lists = { modulesBase: `${base}/toolkit/modules`, findingsBase: canSeeFindings ? `${base}/needs-review/findings` : null };
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={`${base}/toolkit`}>{t("toolkit.backToToolkit")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t("toolkit.needsIntro")}</p>
      <h2 id="needs-addressed">{t("toolkit.needsAddressedHeading", { count: coverage.addressed.length })}</h2>
      {coverage.addressed.length ? <NeedsList needs={coverage.addressed} {...lists} /> : <p>{t("toolkit.noneAddressed")}</p>}
      <h2 id="needs-unaddressed">{t("toolkit.needsUnaddressedHeading", { count: coverage.unaddressed.length })}</h2>
      {coverage.unaddressed.length ? <NeedsList needs={coverage.unaddressed} {...lists} /> : <p>{t("toolkit.allAddressed")}</p>}
    </>
  );
}
