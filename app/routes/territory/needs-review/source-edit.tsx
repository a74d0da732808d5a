import { useTranslation } from "~/i18n/use-translation";
import { Link, redirect } from "react-router";
import { DeleteConfirmation, DeleteSection } from "~/components/needs-review/delete-section";
import { DeskSourceForm } from "~/components/needs-review/desk-source-form";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { deleteDeskSource, findDeskSource, updateDeskSource } from "~/features/needs-review/interviews/desk-sources.server";
import { readDeskSourceForm } from "~/features/needs-review/interviews/desk-source-form.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { changeNoticeQuery } from "~/http/change-notice";
import { notFound } from "~/http/errors";
import { invalid } from "~/http/form.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/source-edit";

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const sourceId = parseUuid(args.params.sourceId);
  const source = sourceId ? await findDeskSource(getDb(), { territoryId: territory.id, sourceId }) : null;
  if (!source) notFound();
  return { lang: getRequestState(args).lang, territory: { slug: territory.slug, name: territory.name }, source };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const sourceId = parseUuid(args.params.sourceId);
  if (!sourceId) notFound();
  const db = getDb();
  const formData = await args.request.formData();
  const list = `/${getRequestState(args).lang}/t/${territory.slug}/needs-review/sources`;
  if (formData.get("intent") === "delete") {
    // First step: ask. Only a second POST with confirm=yes deletes.
    if (formData.get("confirm") !== "yes") {
      const source = await findDeskSource(db, { territoryId: territory.id, sourceId });
      if (!source) notFound();
      return { ok: true as const, confirm: { title: source.title } };
    }
    // A second click finds nothing to delete: the list says so instead of an error.
    const deleted = await deleteDeskSource(db, { actor, territory, sourceId });
    return redirect(`${list}${changeNoticeQuery({ deleted: deleted ? "deleted" : "gone" })}`);
  }
  const form = await readDeskSourceForm(formData);
  if (!form.ok) return invalid(form);
  const removeFile = formData.get("removeFile") === "yes";
  const updated = await updateDeskSource(db, { actor, territory, sourceId, input: form.input, file: form.file, removeFile });
  if (!updated) notFound();
  return redirect(`${list}${changeNoticeQuery({ saved: true })}`);
}

export default function NeedsReviewSourceEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, source } = loaderData;
  const list = `/${lang}/t/${territory.slug}/needs-review/sources`;
  const title = t("needsReview.editSourceTitle", { title: source.title });
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={list}>{t("needsReview.backToSources", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      {actionData?.ok ? (
        <DeleteConfirmation title={t("needsReview.confirmDeleteSourceTitle")} confirm={t("needsReview.confirmDeleteSource")} cancelHref={`${list}/${source.id}/edit`}>
          <p>{t("needsReview.confirmDeleteSourceBody", { title: actionData.confirm.title })}</p>
        </DeleteConfirmation>
      ) : null}
      <DeskSourceForm state={actionData && !actionData.ok ? actionData : undefined} stored={source} fileHref={`${list}/${source.id}/file`} />
      <DeleteSection heading={t("needsReview.deleteSource")} body={t("needsReview.deleteSourceBody")} button={t("needsReview.deleteSourceButton")} />
    </>
  );
}
