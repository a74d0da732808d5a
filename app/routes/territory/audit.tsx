import { useTranslation } from "~/i18n/use-translation";
import { AuditTable } from "~/components/audit/audit-table";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { listAuditEntries } from "~/features/audit/audit.server";
import { pageFromUrl } from "~/http/paging";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/audit";

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "audit:view");
  const log = await listAuditEntries(
    getDb(),
    { programmeId: territory.programmeId, territoryId: territory.id },
    pageFromUrl(new URL(args.request.url)),
  );
  return { lang: getRequestState(args).lang, territory: { name: territory.name }, log };
}

export default function TerritoryAudit({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, log, territory } = loaderData;
  return (
    <>
      <PageTitle>{t("audit.territoryTitle", { territory: territory.name })}</PageTitle>
      <h1>{t("audit.territoryTitle", { territory: territory.name })}</h1>
      <p>{t("audit.intro")}</p>
      <AuditTable lang={lang} {...log} />
    </>
  );
}
