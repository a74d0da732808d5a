// Shared by the two draft downloads (report.docx, report.pdf): guard, build, audit, send.
import { getDb } from "~/db/client.server";
import { buildReportContent } from "~/features/needs-review/report/report-content.server";
import { reportFile, type ReportFormat } from "~/features/needs-review/report/report-files.server";
import { reportLanguageOf } from "~/features/needs-review/report/report.schema";
import { recordReportDownload } from "~/features/needs-review/report/report.server";
import { fileResponse, guardDownload } from "~/http/downloads.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";

type Args = Parameters<typeof requireTerritory>[0] & { params: { territory?: string }; request: Request };

export async function downloadDraftReport(args: Args, format: ReportFormat) {
  const { lang } = getRequestState(args);
  const { actor, territory } = await guardDownload(lang, () => requireTerritory(args, args.params.territory, "needs-review:view"));
  const db = getDb();
  const content = await buildReportContent(db, { territory, language: reportLanguageOf(new URL(args.request.url), lang) });
  const file = await reportFile(content, format);
  await recordReportDownload(db, { actor, territory, content, format });
  return fileResponse(file.bytes, { fileName: file.fileName, contentType: file.contentType });
}
