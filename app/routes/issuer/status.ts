// The revocation status of one credential (OB 3.0 1EdTechRevocationList): listed when revoked.
// No reason, no name: only the credential's id, which its holder already has.
import { getDb } from "~/db/client.server";
import { parseId } from "~/features/certificates/certificates.schema";
import { issuerUrls } from "~/features/certificates/signing-keys.server";
import { revocationListOf } from "~/features/certificates/verification.server";
import type { Route } from "./+types/status";

export async function loader({ params }: Route.LoaderArgs) {
  const id = parseId(params.certificateId);
  const list = id ? await revocationListOf(getDb(), id, issuerUrls.status(id), issuerUrls.issuer()) : null;
  if (!list) return Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json(list, { headers: { "Cache-Control": "no-store" } });
}
