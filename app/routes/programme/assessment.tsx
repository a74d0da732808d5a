import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { listPublicProgrammes } from "~/features/territories/territories.server";
import { getRequestState, requireProgramme } from "~/tenancy/access.server";
import type { Route } from "./+types/assessment";

// The expert's landing page. Strategies to assess arrive with the Strategy module; until then it
// lists the territories whose strategies she will assess.
export async function loader(args: Route.LoaderArgs) {
  const { programme } = await requireProgramme(args, args.params.programme, "programme:assess");
  const [publicView] = (await listPublicProgrammes(getDb())).filter((p) => p.id === programme.id);
  return { lang: getRequestState(args).lang, programme: { slug: programme.slug, name: programme.name }, territories: publicView?.territories.map((t) => t.name) ?? [] };
}

export default function Assessment({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("assessment.title", { programme: loaderData.programme.name })}</PageTitle>
      <h1>{t("assessment.title", { programme: loaderData.programme.name })}</h1>
      <p>{t("assessment.notYet")}</p>
      <ul className="action-links">
        <li>
          <Link to={`/${loaderData.lang}/p/${loaderData.programme.slug}/needs-review`}>{t("comparison.link")}</Link>
        </li>
      </ul>
      <h2>{t("home.territories")}</h2>
      <ul className="plain-list">
        {loaderData.territories.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </>
  );
}
