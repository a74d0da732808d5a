// The credential signed as a VC-JWT (OB 3.0 §8.2, the JOSE proof format): EdDSA over Ed25519
// with jose. The payload is the credential itself plus the registered claims OB 3.0 asks for
// (iss, jti, nbf; exp when it has validUntil). Keys are plain JWKs; storing them is the caller's.
import { CompactSign, compactVerify, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import type { OpenBadgeCredential } from "./credential";

export const SIGNING_ALGORITHM = "EdDSA";

export async function createKeyPair(): Promise<{ publicJwk: JWK; privateJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: "Ed25519", extractable: true });
  return { publicJwk: await exportJWK(publicKey), privateJwk: await exportJWK(privateKey) };
}

/** The claims besides the credential's own properties. */
function registeredClaims(credential: OpenBadgeCredential) {
  const claims: Record<string, unknown> = {
    iss: credential.issuer.id,
    jti: credential.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
  };
  const until = (credential as { validUntil?: string }).validUntil;
  if (until) claims.exp = Math.floor(Date.parse(until) / 1000);
  return claims;
}

export async function signCredential(credential: OpenBadgeCredential, key: { kid: string; privateJwk: JWK }): Promise<string> {
  const privateKey = await importJWK(key.privateJwk, SIGNING_ALGORITHM);
  const payload = new TextEncoder().encode(JSON.stringify({ ...credential, ...registeredClaims(credential) }));
  return new CompactSign(payload).setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: "JWT", kid: key.kid }).sign(privateKey);
}

export type JwtCheck =
  | { ok: true; kid: string; credential: OpenBadgeCredential; claims: Record<string, unknown> }
  | { ok: false; problem: "malformed" | "unknownKey" | "signature" };

/**
 * Checks the signature with the key named by the header's kid (looked up by the caller) and
 * returns the payload split into the credential and the JWT claims. Nothing here trusts the
 * payload before the signature is checked.
 */
export async function verifyCredentialJwt(jwt: string, findPublicJwk: (kid: string) => Promise<JWK | null>): Promise<JwtCheck> {
  let kid: string;
  try {
    const header = decodeProtectedHeader(jwt.trim());
    if (header.alg !== SIGNING_ALGORITHM || typeof header.kid !== "string") return { ok: false, problem: "malformed" };
    kid = header.kid;
  } catch {
    return { ok: false, problem: "malformed" };
  }
  const jwk = await findPublicJwk(kid);
  if (!jwk) return { ok: false, problem: "unknownKey" };
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jwt.trim(), await importJWK(jwk, SIGNING_ALGORITHM), { algorithms: [SIGNING_ALGORITHM] }));
  } catch {
    return { ok: false, problem: "signature" };
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
  } catch {
    return { ok: false, problem: "malformed" };
  }
  const { iss, jti, nbf, exp, iat, sub, ...credential } = parsed;
  return { ok: true, kid, credential: credential as OpenBadgeCredential, claims: { iss, jti, nbf, exp, iat, sub } };
}

/** Key order does not matter when comparing the signed credential with the stored one. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
