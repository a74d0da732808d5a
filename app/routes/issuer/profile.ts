// The issuer's Open Badges 3.0 Profile: the id every credential names as its issuer, with the
// address of the public keys that verify its signatures.
import { baseUrl } from "~/auth/auth.server";
import { issuerUrls } from "~/features/certificates/signing-keys.server";

export function loader() {
  return Response.json(
    {
      "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
      id: issuerUrls.issuer(),
      type: ["Profile"],
      name: "Eccipa",
      url: baseUrl(),
      // Not an OB 3.0 property: where a verifier finds the keys (the JWT header's kid picks one).
      jwks_uri: issuerUrls.jwks(),
    },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
