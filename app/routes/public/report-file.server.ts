// Shared by the two downloads of a published report: the stored copy only, rendered again.
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { reportFile, type ReportFormat } from "~/features/needs-review/report/report-files.server";
import { findPublication } from "~/features/needs-review/report/report.server";
import { fileResponse, textResponse } from "~/http/downloads.server";
import { getServerT } from "~/i18n/catalogs.server";
import type { Language } from "~/i18n/languages";

export async function downloadPublishedReport(lang: Language, publicationId: string | undefined, format: ReportFormat) {
  const id = parseUuid(publicationId);
  const found = id ? await findPublication(getDb(), { publicationId: id }) : null;
  if (!found) {
    const t = getServerT(lang);
    return textResponse(404, [t("errorPage.kinds.notFound.title"), t("errorPage.kinds.notFound.body")]);
  }
  const file = await reportFile(found.content, format);
  return fileResponse(file.bytes, { fileName: file.fileName, contentType: file.contentType });
}
