// The territory's codebook as a REFI-QDA codebook (.qdc): themes only, no personal data.
import { getDb } from "~/db/client.server";
import { exportCodebookXml } from "~/features/needs-review/exchange/export-codebook.server";
import { fileResponse, guardDownload, textResponse } from "~/http/downloads.server";
import { getServerT } from "~/i18n/catalogs.server";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/export-qdc";

export async function loader(args: Route.LoaderArgs) {
  const { lang } = getRequestState(args);
  const { territory } = await guardDownload(lang, () => requireTerritory(args, args.params.territory, "needs-review:edit"));
  const t = getServerT(lang);
  const exported = await exportCodebookXml(getDb(), { territoryId: territory.id });
  // The schema wants at least one code: an empty codebook has no .qdc (the page offers none).
  if (!exported) return textResponse(409, [t("refiQda.codebookEmpty")]);
  const fileName = `${t("refiQda.codebookFileName", { territory: territory.name })}.qdc`;
  return fileResponse(exported.xml, { fileName, contentType: "application/xml; charset=utf-8" });
}
