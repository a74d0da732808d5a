import { useTranslation } from "~/i18n/use-translation";
import { AuditTable } from "~/components/audit/audit-table";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { listAuditEntries } from "~/features/audit/audit.server";
import { pageFromUrl } from "~/http/paging";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/audit";

// The programme admin reads the log of every territory of the programme.
export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:read-audit");
  const log = await listAuditEntries(getDb(), { programmeId: programme.id, territoryId: null }, pageFromUrl(new URL(args.request.url)));
  return { lang: getRequestState(args).lang, programme: { name: programme.name }, log };
}

export default function ProgrammeAudit({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, log, programme } = loaderData;
  return (
    <>
      <PageTitle>{t("audit.programmeTitle", { programme: programme.name })}</PageTitle>
      <h1>{t("audit.programmeTitle", { programme: programme.name })}</h1>
      <p>{t("audit.intro")}</p>
      <AuditTable lang={lang} {...log} showTerritory />
    </>
  );
}
