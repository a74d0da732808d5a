// The Needs Review as a REFI-QDA project (.qdpx), for QDA software. It holds the transcripts,
// so only coordinators may take it ("needs-review:export"), and every export is audited.
import { getDb } from "~/db/client.server";
import { exportProject } from "~/features/needs-review/exchange/export-project.server";
import { fileResponse, guardDownload } from "~/http/downloads.server";
import { getServerT } from "~/i18n/catalogs.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/export-qdpx";

export async function loader(args: Route.LoaderArgs) {
  const { lang } = getRequestState(args);
  const { actor, territory } = await guardDownload(lang, () => requireTerritory(args, args.params.territory, "needs-review:export"));
  const exported = await exportProject(getDb(), { actor, territory, lang });
  const fileName = `${getServerT(lang)("refiQda.projectName", { territory: territory.name })}.qdpx`;
  return fileResponse(exported.bytes, { fileName, contentType: "application/zip" });
}
