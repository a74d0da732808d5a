// A trainee's (or trainer's) own certificates in the territory, with their files and verify pages.
import { useTranslation } from "~/i18n/use-translation";
import { OwnCertificates } from "~/components/certificates/own-certificates";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { listOwnCertificates } from "~/features/certificates/certificates.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/my-certificates";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "training:participate");
  const rows = await listOwnCertificates(getDb(), { territoryId: territory.id, userId: actor.userId });
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    certificates: rows.map((r) => ({ id: r.id, cohortName: r.cohortName, issuedAt: r.issuedAt.toISOString(), revokedAt: r.revokedAt?.toISOString() ?? null })),
  };
}

export default function MyCertificates({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, certificates } = loaderData;
  return (
    <>
      <PageTitle>{`${t("certificates.own.title")} – ${territory.name}`}</PageTitle>
      <h1>{t("certificates.own.title")}</h1>
      <p className="lead">{t("certificates.own.intro", { territory: territory.name })}</p>
      <OwnCertificates lang={lang} base={`/${lang}/t/${territory.slug}`} certificates={certificates} />
    </>
  );
}
