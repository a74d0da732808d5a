import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { CodebookImportForm } from "~/components/needs-review/exchange";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { countExportable } from "~/features/needs-review/exchange/export-project.server";
import { CODEBOOK_FILE_MAX_BYTES, importCodebook, readCodebookFile } from "~/features/needs-review/exchange/import-codebook.server";
import { formError } from "~/http/form.server";
import { formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/exchange";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const counts = await countExportable(getDb(), { territoryId: territory.id });
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    counts,
    canExportProject: canInTerritory(actor, "needs-review:export", territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const formData = await args.request.formData();
  const file = formData.get("file");
  if (formData.get("intent") !== "import-codebook" || !(file instanceof File) || file.size === 0) return formError(formData, "errors.fileRequired", "file");
  if (file.size > CODEBOOK_FILE_MAX_BYTES) return formError(formData, "errors.fileTooLarge", "file");
  const read = readCodebookFile(new Uint8Array(await file.arrayBuffer()));
  if (!read.ok) return formError(formData, read.error, "file");
  const imported = await importCodebook(getDb(), { actor, territory, codes: read.codes, groups: read.groups });
  if (!imported.ok) return formError(formData, imported.error, "file");
  return { ok: true as const, added: imported.added, skipped: imported.skipped, groups: read.groups, membershipsLeft: read.membershipsLeft };
}

export default function NeedsReviewExchange({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, counts, canExportProject } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("refiQda.title", { territory: territory.name });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const n = (value: number) => formatNumber(lang, value);
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={base}>{t("refiQda.backToOverview", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      <p>{t("refiQda.intro")}</p>
      {actionData?.ok ? (
        <Notice>
          {t("refiQda.importedAdded", { count: actionData.added, formatted: n(actionData.added) })}
          {actionData.skipped > 0 ? ` ${t("refiQda.importedSkipped", { count: actionData.skipped, formatted: n(actionData.skipped) })}` : null}
          {actionData.groups > 0 ? ` ${t("refiQda.importedGroups", { count: actionData.groups, formatted: n(actionData.groups) })}` : null}
          {actionData.membershipsLeft > 0 ? ` ${t("refiQda.importedMembershipsLeft", { count: actionData.membershipsLeft, formatted: n(actionData.membershipsLeft) })}` : null}
        </Notice>
      ) : null}
      <section aria-labelledby="project-export-heading">
        <h2 id="project-export-heading">{t("refiQda.projectTitle")}</h2>
        <p>{t("refiQda.projectIntro")}</p>
        <dl className="figures">
          <div>
            <dt>{t("refiQda.figureTranscripts")}</dt>
            <dd>{n(counts.transcripts)}</dd>
          </div>
          <div>
            <dt>{t("refiQda.figureThemes")}</dt>
            <dd>{n(counts.themes)}</dd>
          </div>
          <div>
            <dt>{t("refiQda.figureCodings")}</dt>
            <dd>{n(counts.codings)}</dd>
          </div>
        </dl>
        {canExportProject ? (
          <>
            <p>{t("refiQda.projectCare")}</p>
            <p>
              <a href={`${base}/export.qdpx`} download className="button">
                {t("refiQda.projectDownload")}
              </a>
            </p>
          </>
        ) : (
          <p>{t("refiQda.projectCoordinatorsOnly")}</p>
        )}
      </section>
      <section aria-labelledby="codebook-export-heading">
        <h2 id="codebook-export-heading">{t("refiQda.codebookTitle")}</h2>
        {counts.themes > 0 ? (
          <>
            <p>{t("refiQda.codebookIntro")}</p>
            <p>
              <a href={`${base}/export.qdc`} download className="button">
                {t("refiQda.codebookDownload")}
              </a>
            </p>
          </>
        ) : (
          <p>{t("refiQda.codebookEmpty")}</p>
        )}
      </section>
      <CodebookImportForm state={failed} />
    </>
  );
}
