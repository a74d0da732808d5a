// A Toolkit version as a document in its own language, and as a file to download (members' and
// the public's downloads both go through here, so they are built the same way).
import { renderDocx } from "~/export/docx";
import { renderPdf } from "~/export/pdf";
import { getServerT } from "~/i18n/catalogs.server";
import type { VersionContent } from "./version-content";
import { buildVersionDocument, type VersionStamp } from "./version-document";

export const VERSION_FORMATS = {
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", render: renderDocx },
  pdf: { contentType: "application/pdf", render: renderPdf },
} as const;
export type VersionFormat = keyof typeof VERSION_FORMATS;

/** The headings and labels come from the catalog of the Toolkit's language, not the reader's. */
export function versionDocumentOf(content: VersionContent, stamp: VersionStamp) {
  return buildVersionDocument(content, stamp, getServerT(content.language));
}

export async function versionFile(content: VersionContent, stamp: VersionStamp, format: VersionFormat) {
  const { contentType, render } = VERSION_FORMATS[format];
  const bytes = await render(versionDocumentOf(content, stamp));
  const fileName = `${getServerT(content.language)("toolkitVersions.fileName", { title: content.title, number: stamp.number })}.${format}`;
  return { bytes, fileName, contentType };
}
