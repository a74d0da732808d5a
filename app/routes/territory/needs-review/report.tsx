// The Needs Review Report of a territory: a preview computed from the data, the narrative
// sections its team writes, the language and the downloads, and publishing (coordinators).
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { LanguageAndDownloads, NarrativeForm, PublishSection } from "~/components/needs-review/report-forms";
import { DocumentView } from "~/components/documents/document-view";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { buildReportContent } from "~/features/needs-review/report/report-content.server";
import { reportDocumentOf } from "~/features/needs-review/report/report-files.server";
import { NARRATIVE_MAX, reportLanguageOf } from "~/features/needs-review/report/report-language";
import { narrativeSchema, publishSchema } from "~/features/needs-review/report/report.schema";
import { listPublications, publishReport, saveNarrative } from "~/features/needs-review/report/report.server";
import { forbidden } from "~/http/errors";
import { invalid, parseForm } from "~/http/form.server";
import { formatDate } from "~/i18n/format";
import { LANGUAGE_NAMES, isLanguage } from "~/i18n/languages";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/report";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const { lang } = getRequestState(args);
  const reportLang = reportLanguageOf(new URL(args.request.url), lang);
  const db = getDb();
  const [content, publications] = await Promise.all([buildReportContent(db, { territory, language: reportLang }), listPublications(db, { territoryId: territory.id })]);
  return {
    lang,
    reportLang,
    territory: { slug: territory.slug, name: territory.name },
    territoryLang: territory.languages.find(isLanguage) ?? lang,
    document: reportDocumentOf(content),
    narrative: content.narrative,
    publications: publications.map((p) => ({ id: p.id, language: isLanguage(p.language) ? p.language : lang, publishedAt: p.publishedAt.toISOString() })),
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
    canPublish: canInTerritory(actor, "needs-review:publish", territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const formData = await args.request.formData();
  const db = getDb();
  if (formData.get("intent") === "publish") {
    if (!canInTerritory(actor, "needs-review:publish", territory)) forbidden();
    const parsed = parseForm(publishSchema, formData);
    if (!parsed.ok) return invalid(parsed);
    // First step: ask. Only a second POST with confirm=yes publishes.
    if (formData.get("confirm") !== "yes") return { ok: true as const, done: "confirm-publish" as const };
    const content = await buildReportContent(db, { territory, language: parsed.value.language });
    const { id } = await publishReport(db, { actor, territory, content });
    return { ok: true as const, done: "published" as const, id };
  }
  if (!canInTerritory(actor, "needs-review:edit", territory)) forbidden();
  const parsed = parseForm(narrativeSchema, formData);
  if (!parsed.ok) return invalid(parsed);
  await saveNarrative(db, { actor, territory, input: parsed.value });
  return { ok: true as const, done: "saved" as const };
}

export default function NeedsReviewReport({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, reportLang, territoryLang, territory, document, narrative, publications, canEdit, canPublish } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("report.pageTitle", { territory: territory.name });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const intent = failed?.values?.intent;
  const done = actionData?.ok ? actionData.done : null;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>
        <Link to={base}>{t("report.backToOverview", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t("report.intro")}</p>
      {done === "saved" ? <Notice>{t("report.saved")}</Notice> : null}
      {actionData?.ok && actionData.done === "published" ? (
        <Notice>
          {t("report.published")} <Link to={`/${lang}/reports/${actionData.id}`}>{t("report.link")}</Link>
        </Notice>
      ) : null}
      <LanguageAndDownloads reportLang={reportLang} pageLang={lang} territoryLang={territoryLang} base={base} />
      <section aria-labelledby="publications-heading">
        <h2 id="publications-heading">{t("report.publications")}</h2>
        {publications.length ? (
          <ul>
            {publications.map((p) => (
              <li key={p.id}>
                <Link to={`/${lang}/reports/${p.id}`}>{t("report.publicationItem", { language: LANGUAGE_NAMES[p.language], date: formatDate(lang, p.publishedAt) })}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("report.noPublications")}</p>
        )}
      </section>
      {canPublish ? (
        <PublishSection reportLang={reportLang} confirming={done === "confirm-publish"} state={intent === "publish" ? failed : undefined} cancelHref={`${base}/report?lang=${reportLang}`} />
      ) : null}
      {canEdit ? <NarrativeForm lang={lang} narrative={narrative} state={intent === "narrative" ? failed : undefined} max={NARRATIVE_MAX} /> : null}
      <section aria-labelledby="preview-heading" className="report-preview">
        <h2 id="preview-heading">{t("report.previewHeading")}</h2>
        <p>{t("locale.reportShownIn", { language: LANGUAGE_NAMES[reportLang] })}</p>
        <DocumentView document={document} offset={2} titled={false} />
      </section>
    </>
  );
}
