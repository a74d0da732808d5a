// A published Needs Review Report, for anyone: the stored copy only (never the draft), in the
// language it was published in, with its files rendered from that same copy.
import { useTranslation } from "~/i18n/use-translation";
import { DocumentView } from "~/components/documents/document-view";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { reportDocumentOf } from "~/features/needs-review/report/report-files.server";
import { findPublication } from "~/features/needs-review/report/report.server";
import { notFound } from "~/http/errors";
import { formatDate } from "~/i18n/format";
import { LANGUAGE_NAMES } from "~/i18n/languages";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/report";

export async function loader(args: Route.LoaderArgs) {
  const { lang } = getRequestState(args);
  const publicationId = parseUuid(args.params.publicationId);
  const found = publicationId ? await findPublication(getDb(), { publicationId }) : null;
  if (!found) notFound();
  return { lang, id: found.id, publishedAt: found.publishedAt.toISOString(), document: reportDocumentOf(found.content) };
}

export default function PublishedReport({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, id, publishedAt, document } = loaderData;
  const language = LANGUAGE_NAMES[document.language];
  const base = `/${lang}/reports/${id}`;
  return (
    <>
      <PageTitle>{document.title}</PageTitle>
      <p className="muted">{t("report.publicNote", { date: formatDate(lang, publishedAt) })}</p>
      <nav aria-label={t("report.downloads")}>
        <ul className="action-links">
          <li>
            <a href={`${base}/docx`} download>
              {t("report.downloadDocx", { language })}
            </a>
          </li>
          <li>
            <a href={`${base}/pdf`} download>
              {t("report.downloadPdf", { language })}
            </a>
          </li>
        </ul>
      </nav>
      <DocumentView document={document} offset={1} titled />
    </>
  );
}
