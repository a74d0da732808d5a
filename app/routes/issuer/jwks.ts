// The public keys that verify our credentials, as a JWK Set (RFC 7517). Never a private part.
import { getDb } from "~/db/client.server";
import { publicKeySet } from "~/features/certificates/signing-keys.server";

export async function loader() {
  return new Response(JSON.stringify(await publicKeySet(getDb())), {
    headers: { "Content-Type": "application/jwk-set+json", "Cache-Control": "public, max-age=300" },
  });
}
