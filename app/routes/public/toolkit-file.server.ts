// Shared by the two public downloads of a published Toolkit version: its frozen content only.
import { getDb } from "~/db/client.server";
import { versionFile, type VersionFormat } from "~/features/toolkit/versions/version-files.server";
import { parseVersionId } from "~/features/toolkit/versions/versions.schema";
import { findPublishedVersion } from "~/features/toolkit/versions/versions.server";
import { fileResponse, textResponse } from "~/http/downloads.server";
import { getServerT } from "~/i18n/catalogs.server";
import type { Language } from "~/i18n/languages";

export async function downloadPublishedToolkit(lang: Language, versionIdParam: string | undefined, format: VersionFormat) {
  const versionId = parseVersionId(versionIdParam);
  const found = versionId ? await findPublishedVersion(getDb(), { versionId }) : null;
  if (!found) {
    const t = getServerT(lang);
    return textResponse(404, [t("errorPage.kinds.notFound.title"), t("errorPage.kinds.notFound.body")]);
  }
  const file = await versionFile(found.content, found, format);
  return fileResponse(file.bytes, { fileName: file.fileName, contentType: file.contentType });
}
