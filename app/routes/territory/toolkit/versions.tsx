// The versions of the Toolkit the territory works with (its own, else the programme's): freeze a
// version (toolkit:edit), publish one after a confirmation (toolkit:publish), download any as DOCX
// or PDF, make the territory's own Toolkit from a published version of the programme's, and the
// key result "Training Programme Toolkit delivered".
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { ConfirmPublish, CreateVersionForm } from "~/components/toolkit-versions/version-forms";
import { VersionsTable } from "~/components/toolkit-versions/versions-table";
import { FormAlert, Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { COPY_PERMISSION, copyPublishedVersion } from "~/features/toolkit/versions/copy.server";
import { findToolkit } from "~/features/toolkit/toolkits.server";
import { NOTE_MAX } from "~/features/toolkit/versions/version-limits";
import { copyVersionSchema, createVersionSchema, publishVersionSchema } from "~/features/toolkit/versions/versions.schema";
import { countPublishedToolkitVersions, createVersion, findVersionOfToolkit, listVersions, publishVersion } from "~/features/toolkit/versions/versions.server";
import { forbidden, notFound } from "~/http/errors";
import { formError, invalid, parseForm } from "~/http/form.server";
import { pageFromUrl } from "~/http/paging";
import { formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/versions";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "toolkit:view");
  const { lang } = getRequestState(args);
  const url = new URL(args.request.url);
  const db = getDb();
  const [inUse, delivered] = await Promise.all([findToolkit(db, { territory }), countPublishedToolkitVersions(db, { programmeId: territory.programmeId })]);
  const list = inUse ? await listVersions(db, { toolkitId: inUse.id, page: pageFromUrl(url) }) : null;
  const isOwn = inUse?.territoryId === territory.id;
  return {
    lang,
    territory: { slug: territory.slug, name: territory.name },
    toolkit: inUse ? { title: inUse.title, isOwn, isCopy: inUse.copiedFromVersionId !== null } : null,
    versions: (list?.rows ?? []).map((v) => ({ id: v.id, number: v.number, note: v.note, createdAt: v.createdAt.toISOString(), publishedAt: v.publishedAt?.toISOString() ?? null })),
    paging: { page: list?.page ?? 1, pageSize: list?.pageSize ?? 1, total: list?.total ?? 0 },
    delivered,
    copied: url.searchParams.get("copied") === "1",
    canEdit: inUse !== null && canInTerritory(actor, "toolkit:edit", territory),
    canPublish: inUse !== null && canInTerritory(actor, "toolkit:publish", territory),
    // Only while the territory works with the programme's Toolkit: a second own Toolkit is refused.
    canCopy: inUse !== null && !isOwn && canInTerritory(actor, COPY_PERMISSION, territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "toolkit:view");
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  const db = getDb();
  const inUse = await findToolkit(db, { territory });
  if (intent === "create") {
    if (!canInTerritory(actor, "toolkit:edit", territory)) forbidden();
    const parsed = parseForm(createVersionSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    if (!inUse) return formError(formData, "toolkitVersions.errors.noToolkit");
    const made = await createVersion(db, { actor, territory, toolkit: inUse, note: parsed.value.note });
    return { ok: true as const, done: made.created ? ("created" as const) : ("unchanged" as const), number: made.number };
  }
  if (intent === "publish") {
    if (!canInTerritory(actor, "toolkit:publish", territory)) forbidden();
    const parsed = parseForm(publishVersionSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    const version = inUse ? await findVersionOfToolkit(db, { toolkitId: inUse.id, versionId: parsed.value.versionId }) : null;
    if (!inUse || !version) notFound();
    // First step: ask. Only a second POST with confirm=yes publishes.
    if (parsed.value.confirm !== "yes") return { ok: true as const, done: "confirm-publish" as const, version: { id: version.id, number: version.number } };
    await publishVersion(db, { actor, territory, toolkit: inUse, versionId: version.id });
    return { ok: true as const, done: "published" as const, number: version.number, id: version.id };
  }
  if (intent === "copy") {
    if (!canInTerritory(actor, COPY_PERMISSION, territory)) forbidden();
    const parsed = parseForm(copyVersionSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    if (inUse?.territoryId === territory.id) return formError(formData, "toolkitVersions.errors.alreadyOwn");
    const version = inUse ? await findVersionOfToolkit(db, { toolkitId: inUse.id, versionId: parsed.value.versionId }) : null;
    if (!version?.publishedAt) notFound();
    const result = await copyPublishedVersion(db, { actor, target: territory, versionId: version.id });
    if (!result.ok) return formError(formData, result.reason === "alreadyOwn" ? "toolkitVersions.errors.alreadyOwn" : "toolkitVersions.errors.notPublished");
    return { ok: true as const, done: "copied" as const, number: version.number };
  }
  return formError(formData, "errors.invalid");
}

export default function ToolkitVersions({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, toolkit, versions, paging, delivered, copied, canEdit, canPublish, canCopy } = loaderData;
  const base = `/${lang}/t/${territory.slug}/toolkit/versions`;
  const title = t("toolkitVersions.pageTitle", { territory: territory.name });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const done = actionData?.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={`/${lang}/t/${territory.slug}`}>{t("toolkitVersions.back", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t("toolkitVersions.intro")}</p>
      {done?.done === "created" ? <Notice>{t("toolkitVersions.created", { number: done.number })}</Notice> : null}
      {done?.done === "unchanged" ? <Notice>{t("toolkitVersions.unchanged", { number: done.number })}</Notice> : null}
      {done?.done === "published" ? (
        <Notice>
          {t("toolkitVersions.published", { number: done.number })} <Link to={`/${lang}/toolkits/${done.id}`}>{t("toolkitVersions.publicPage", { number: done.number })}</Link>
        </Notice>
      ) : null}
      {done?.done === "copied" || copied ? <Notice>{t("toolkitVersions.copied")}</Notice> : null}
      {failed?.values?.intent !== "create" ? <FormAlert state={failed} /> : null}
      {done?.done === "confirm-publish" ? <ConfirmPublish version={done.version} cancelHref={base} /> : null}

      <section aria-labelledby="key-result-heading">
        <h2 id="key-result-heading">{t("toolkitVersions.keyResultHeading")}</h2>
        <p>
          {delivered > 0
            ? t("toolkitVersions.delivered", { count: delivered, formatted: formatNumber(lang, delivered) })
            : t("toolkitVersions.notDelivered")}
        </p>
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t("toolkitVersions.listHeading")}</h2>
        {toolkit ? (
          <p>{t(toolkit.isOwn ? (toolkit.isCopy ? "toolkitVersions.inUseCopy" : "toolkitVersions.inUseOwn") : "toolkitVersions.inUseProgramme", { title: toolkit.title })}</p>
        ) : (
          <p>{t("toolkitVersions.noToolkit")}</p>
        )}
        {toolkit ? <VersionsTable lang={lang} base={base} versions={versions} {...paging} canPublish={canPublish} canCopy={canCopy} /> : null}
        {canCopy ? <p className="muted">{t("toolkitVersions.copyHint")}</p> : null}
      </section>

      {canEdit ? <CreateVersionForm lang={lang} state={failed?.values?.intent === "create" ? failed : undefined} max={NOTE_MAX} /> : null}
    </>
  );
}
