// The report's content as a document in its own language, and as a file to download (draft or
// published: both go through here, so they are built the same way).
import { renderDocx } from "~/export/docx";
import { renderPdf } from "~/export/pdf";
import { getServerT } from "~/i18n/catalogs.server";
import type { ReportContent } from "./report-content";
import { buildReportDocument, type ReportDocument } from "./report-document";

export const REPORT_FORMATS = {
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render: renderDocx },
  pdf: { contentType: "application/pdf", render: renderPdf },
} as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

/** The headings and labels come from the catalog of the report's language, not the reader's. */
export function reportDocumentOf(content: ReportContent): ReportDocument {
  return buildReportDocument(content, getServerT(content.language));
}

export async function reportFile(content: ReportContent, format: ReportFormat) {
  const { contentType, render } = REPORT_FORMATS[format];
  const bytes = await render(reportDocumentOf(content));
  const fileName = `${getServerT(content.language)("report.fileName", { territory: content.territoryName })}.${format}`;
  return { bytes, fileName, contentType };
}
