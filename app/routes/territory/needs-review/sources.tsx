import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { DeskSourceForm } from "~/components/needs-review/desk-source-form";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { createDeskSource, listDeskSources } from "~/features/needs-review/interviews/desk-sources.server";
import { changeNoticeFromUrl } from "~/http/change-notice";
import { readDeskSourceForm } from "~/features/needs-review/interviews/desk-source-form.server";
import { pageFromUrl } from "~/http/paging";
import { invalid } from "~/http/form.server";
import { formatDate, formatFileSize } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/sources";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const url = new URL(args.request.url);
  const sources = await listDeskSources(getDb(), { territoryId: territory.id, page: pageFromUrl(url) });
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    sources,
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
    notice: changeNoticeFromUrl(url),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const form = await readDeskSourceForm(await args.request.formData());
  if (!form.ok) return invalid(form);
  await createDeskSource(getDb(), { actor, territory, input: form.input, file: form.file });
  return { ok: true as const, title: form.input.title };
}

export default function NeedsReviewSources({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, sources, canEdit, notice } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review/sources`;
  const title = t("needsReview.sourcesTitle", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {actionData?.ok ? <Notice>{t("needsReview.sourceAdded", { title: actionData.title })}</Notice> : null}
      {notice.saved ? <Notice>{t("needsReview.sourceSaved")}</Notice> : null}
      {notice.deleted ? <Notice>{notice.deleted === "deleted" ? t("needsReview.sourceDeleted") : t("needsReview.alreadyDeleted")}</Notice> : null}
      {sources.rows.length === 0 ? (
        <p>{t("needsReview.noSources")}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("needsReview.sourceTitle")}</th>
                  <th scope="col">{t("needsReview.sourceKind")}</th>
                  <th scope="col">{t("needsReview.themes")}</th>
                  <th scope="col">{t("needsReview.notes")}</th>
                  <th scope="col">{t("needsReview.sourceFile")}</th>
                  <th scope="col">{t("needsReview.added")}</th>
                  {canEdit ? <th scope="col">{t("common.actions")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {sources.rows.map((s) => (
                  <tr key={s.id} id={`source-${s.id}`}>
                    <th scope="row">{s.url ? <a href={s.url} rel="noopener noreferrer">{s.title}</a> : s.title}</th>
                    <td>{t(`sourceKinds.${s.kind}`)}</td>
                    <td>{s.themes.join(", ") || "—"}</td>
                    <td>{s.notes || "—"}</td>
                    <td>
                      {s.fileName !== null && s.fileSize !== null ? (
                        <a href={`${base}/${s.id}/file`} download>
                          {s.fileName}
                          <span className="visually-hidden"> ({t("needsReview.sourceFileDownload")})</span>
                        </a>
                      ) : (
                        "—"
                      )}
                      {s.fileSize !== null ? ` (${formatFileSize(lang, s.fileSize)})` : null}
                    </td>
                    <td>{formatDate(lang, s.createdAt, "medium")}</td>
                    {canEdit ? (
                      <td>
                        <Link to={`${base}/${s.id}/edit`}>
                          {t("needsReview.edit")}
                          <span className="visually-hidden"> {s.title}</span>
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={sources.page} pageSize={sources.pageSize} total={sources.total} />
        </>
      )}
      {canEdit ? <DeskSourceForm state={actionData && !actionData.ok ? actionData : undefined} /> : null}
    </>
  );
}
