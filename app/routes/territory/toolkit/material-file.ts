// A module's file material, for download. Uploaded content is never shown in our origin: always an
// attachment, with the stored (detected) media type, no sniffing, and a sandbox (as desk source files).
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { findMaterialFile } from "~/features/toolkit/materials.server";
import { fileResponse, guardDownload } from "~/http/downloads.server";
import { notFound } from "~/http/errors";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/material-file";
import { requireModule } from "./scope.server";

export async function loader(args: Route.LoaderArgs) {
  const { lang } = getRequestState(args);
  const file = await guardDownload(lang, async () => {
    const { kit, moduleId } = await requireModule(args, "toolkit:view");
    const materialId = parseUuid(args.params.materialId);
    const found = materialId ? await findMaterialFile(getDb(), { kit, moduleId, materialId }) : null;
    if (!found) notFound();
    return found;
  });
  const response = fileResponse(file.content, { fileName: file.fileName, contentType: file.mediaType });
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
  return response;
}
