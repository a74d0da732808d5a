// The programme's competence framework as the territory's training team reads it: by group, each
// competence with its levels, in the page's language (another language where one is missing).
// Read only; the programme's admins edit it.
import { eq } from "drizzle-orm";
import { useTranslation } from "~/i18n/use-translation";
import { FrameworkView } from "~/components/competences/framework";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { programme } from "~/db/schema";
import { listCompetences } from "~/features/competences/competences.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/competences";

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "toolkit:view");
  const db = getDb();
  const [[owner], competences] = await Promise.all([
    db.select({ name: programme.name }).from(programme).where(eq(programme.id, territory.programmeId)),
    listCompetences(db, { programmeId: territory.programmeId }),
  ]);
  return {
    lang: getRequestState(args).lang,
    territory: { name: territory.name },
    programme: { name: owner.name },
    competences,
  };
}

export default function TerritoryCompetences({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, programme, competences } = loaderData;
  return (
    <>
      <PageTitle>{`${t("competences.title")} – ${territory.name}`}</PageTitle>
      <h1>{t("competences.title")}</h1>
      <p className="lead">{t("competences.territoryIntro", { programme: programme.name, territory: territory.name })}</p>
      {competences.length === 0 ? <p>{t("competences.empty")}</p> : <FrameworkView lang={lang} competences={competences} />}
    </>
  );
}
