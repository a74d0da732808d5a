// The file attached to a desk research source, for download. Uploaded content is never shown
// in our origin: always an attachment, with the stored (detected) media type, no sniffing, and
// a sandbox in case a browser renders it anyway.
import { getDb } from "~/db/client.server";
import { findDeskSourceFile } from "~/features/needs-review/interviews/desk-sources.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { fileResponse, guardDownload } from "~/http/downloads.server";
import { notFound } from "~/http/errors";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/source-file";

export async function loader(args: Route.LoaderArgs) {
  const { lang } = getRequestState(args);
  const file = await guardDownload(lang, async () => {
    const { territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
    const sourceId = parseUuid(args.params.sourceId);
    const found = sourceId ? await findDeskSourceFile(getDb(), { territoryId: territory.id, sourceId }) : null;
    if (!found) notFound();
    return found;
  });
  const response = fileResponse(file.content, { fileName: file.fileName, contentType: file.mediaType });
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
  return response;
}
