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

/** `territory`: a member's download names the territory whose Toolkit it is; the public's does not. */
export async function versionFile(content: VersionContent, stamp: VersionStamp, format: VersionFormat, territory?: { name: string }) {
  const { contentType, render } = VERSION_FORMATS[format];
  const bytes = await render(versionDocumentOf(content, stamp));
  const t = getServerT(content.language);
  const name = territory
    ? t("toolkitVersions.fileNameOf", { title: content.title, number: stamp.number, territory: territory.name })
    : t("toolkitVersions.fileName", { title: content.title, number: stamp.number });
  const fileName = `${name}.${format}`;
  return { bytes, fileName, contentType };
}
