// Shared by the two downloads of a version for members (published or not): guard, find the
// version among those of the Toolkit the territory works with, render, send.
import { getDb } from "~/db/client.server";
import { findToolkit } from "~/features/toolkit/toolkits.server";
import { versionFile, type VersionFormat } from "~/features/toolkit/versions/version-files.server";
import { parseVersionId } from "~/features/toolkit/versions/versions.schema";
import { findVersionOfToolkit } from "~/features/toolkit/versions/versions.server";
import { fileResponse, guardDownload, textResponse } from "~/http/downloads.server";
import { getServerT } from "~/i18n/catalogs.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";

type Args = Parameters<typeof requireTerritory>[0] & { params: { territory?: string; versionId?: string } };

export async function downloadVersion(args: Args, format: VersionFormat) {
  const { lang } = getRequestState(args);
  const { territory } = await guardDownload(lang, () => requireTerritory(args, args.params.territory, "toolkit:view"));
  const db = getDb();
  const versionId = parseVersionId(args.params.versionId);
  const inUse = versionId ? await findToolkit(db, { territory }) : null;
  const version = inUse && versionId ? await findVersionOfToolkit(db, { toolkitId: inUse.id, versionId }) : null;
  if (!version) {
    const t = getServerT(lang);
    return textResponse(404, [t("errorPage.kinds.notFound.title"), t("errorPage.kinds.notFound.body")]);
  }
  const file = await versionFile(version.content, version, format, territory);
  return fileResponse(file.bytes, { fileName: file.fileName, contentType: file.contentType });
}
