// Her own data as a page (decision 024): the same content as the JSON download, table by table.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { PersonalDataSections } from "~/components/privacy/personal-data";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { recordAudit } from "~/features/audit/audit.server";
import { formatDate } from "~/i18n/format";
import { collectPersonalData } from "~/privacy/personal-data.server";
import { getRequestState, requireActor } from "~/tenancy/access.server";
import type { Route } from "./+types/data";

export async function loader(args: Route.LoaderArgs) {
  const actor = requireActor(args);
  const db = getDb();
  const exported = await collectPersonalData(db, { userId: actor.userId, email: actor.email });
  await recordAudit(db, { actorUserId: actor.userId, programmeId: null, territoryId: null, action: "account.export", objectType: "user", objectId: actor.userId, details: { format: "page" } });
  return { lang: getRequestState(args).lang, exportedAt: exported.exportedAt, sections: exported.sections };
}

export default function PersonalData({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, exportedAt, sections } = loaderData;
  return (
    <>
      <PageTitle>{t("personalData.title")}</PageTitle>
      <h1>{t("personalData.title")}</h1>
      <p>{t("personalData.intro", { date: formatDate(lang, exportedAt) })}</p>
      <ul className="plain-list">
        <li>
          <a href={`/${lang}/account/data.json`} download>
            {t("personalData.downloadJson")}
          </a>
        </li>
        <li>
          <Link to={`/${lang}/account/erase`}>{t("personalData.eraseLink")}</Link>
        </li>
      </ul>
      <PersonalDataSections lang={lang} sections={sections} />
    </>
  );
}
