// A published Toolkit version, for anyone: its frozen content only (never the live modules), in the
// Toolkit's language, with its files rendered from that same content; and, for a signed-in
// coordinator, "use this Toolkit in your territory" (the territory's own Toolkit as a copy).
import { useTranslation } from "~/i18n/use-translation";
import { redirect } from "react-router";
import { DocumentView } from "~/components/documents/document-view";
import { UseInTerritory } from "~/components/toolkit-versions/use-in-territory";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { copyPublishedVersion, listCopyTargets } from "~/features/toolkit/versions/copy.server";
import { versionDocumentOf } from "~/features/toolkit/versions/version-files.server";
import { parseVersionId, publicCopySchema } from "~/features/toolkit/versions/versions.schema";
import { findPublishedVersion } from "~/features/toolkit/versions/versions.server";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { formatDate } from "~/i18n/format";
import { LANGUAGE_NAMES } from "~/i18n/languages";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/toolkit";

async function publishedOr404(param: string | undefined) {
  const versionId = parseVersionId(param);
  const found = versionId ? await findPublishedVersion(getDb(), { versionId }) : null;
  if (!found) notFound();
  return found;
}

export async function loader(args: Route.LoaderArgs) {
  const { lang, actor } = getRequestState(args);
  const found = await publishedOr404(args.params.versionId);
  const targets = actor ? await listCopyTargets(getDb(), { actor }) : [];
  return {
    lang,
    id: found.id,
    publishedAt: found.publishedAt!.toISOString(),
    document: versionDocumentOf(found.content, found),
    signedIn: actor !== null,
    targets: targets.map((x) => ({ slug: x.slug, label: `${x.name} (${x.programmeName})` })),
  };
}

export async function action(args: Route.ActionArgs) {
  const { lang, actor } = getRequestState(args);
  const found = await publishedOr404(args.params.versionId);
  const formData = await args.request.formData();
  // Visitors get no sign-in redirect from a public page's form: they are told to sign in first.
  if (!actor) return formError(formData, "toolkitVersions.errors.signInToUse", "_form", 401);
  const parsed = parseForm(publicCopySchema, formData);
  if (!parsed.ok) return invalid(parsed);
  const db = getDb();
  // Only a territory of her own list: another territory's slug is refused like an unknown one.
  const target = (await listCopyTargets(db, { actor })).find((x) => x.slug === parsed.value.territory);
  if (!target) return formError(formData, "errors.choose", "territory");
  const result = await copyPublishedVersion(db, { actor, target, versionId: found.id });
  if (!result.ok) return formError(formData, result.reason === "alreadyOwn" ? "toolkitVersions.errors.alreadyOwn" : "toolkitVersions.errors.notPublished", "territory");
  return redirect(`/${lang}/t/${target.slug}/toolkit/versions?copied=1`, 303);
}

export default function PublishedToolkit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, id, publishedAt, document, signedIn, targets } = loaderData;
  const language = LANGUAGE_NAMES[document.language];
  const base = `/${lang}/toolkits/${id}`;
  return (
    <>
      <PageTitle>{document.title}</PageTitle>
      <p className="muted">{t("toolkitVersions.publicNote", { date: formatDate(lang, publishedAt) })}</p>
      <nav aria-label={t("toolkitVersions.downloads")}>
        <ul className="action-links">
          <li>
            <a href={`${base}/docx`} download>
              {t("toolkitVersions.publicDocx", { language })}
            </a>
          </li>
          <li>
            <a href={`${base}/pdf`} download>
              {t("toolkitVersions.publicPdf", { language })}
            </a>
          </li>
        </ul>
      </nav>
      <DocumentView document={document} offset={1} titled />
      <UseInTerritory signedIn={signedIn} targets={targets} state={actionData && !actionData.ok ? actionData : undefined} signInHref={`/${lang}/sign-in?next=${encodeURIComponent(base)}`} />
    </>
  );
}
