// Shared by the certificate's two files (PDF, signed credential): the coordinator may take any
// certificate of the territory; anyone else only her own (403 otherwise, as for a missing right).
import { getDb } from "~/db/client.server";
import { parseId } from "~/features/certificates/certificates.schema";
import { findCertificate } from "~/features/certificates/certificates.server";
import { guardDownload } from "~/http/downloads.server";
import { forbidden, notFound } from "~/http/errors";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";

type Args = Parameters<typeof requireTerritory>[0] & { params: { territory?: string; certificateId?: string } };

export async function guardCertificateFile(args: Args) {
  const { lang } = getRequestState(args);
  return guardDownload(lang, async () => {
    const { actor, territory } = await requireTerritory(args, args.params.territory, "territory:view");
    const id = parseId(args.params.certificateId);
    const found = id ? await findCertificate(getDb(), { territoryId: territory.id, certificateId: id }) : null;
    const isIssuer = canInTerritory(actor, "certificates:issue", territory);
    if (!isIssuer && found?.ownerUserId !== actor.userId) forbidden();
    if (!found) notFound();
    return { lang, territory, found };
  });
}
