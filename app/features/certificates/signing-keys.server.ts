// The issuer's Ed25519 key pair, created on first use and kept in signing_key. The private JWK
// is read only here, to sign; everything else sees public keys (the JWKS, verification).
import { asc, eq, isNull } from "drizzle-orm";
import type { JWK } from "jose";
import { baseUrl } from "~/auth/auth.server";
import type { Executor } from "~/db/client.server";
import { signingKey } from "~/db/schema";
import { createKeyPair, SIGNING_ALGORITHM } from "./credential-jwt";

/** The issuer (an OB 3.0 Profile), its public keys and the revocation status of one credential. */
export const issuerUrls = {
  issuer: () => `${baseUrl()}/issuer`,
  jwks: () => `${baseUrl()}/issuer/jwks.json`,
  status: (certificateId: string) => `${baseUrl()}/issuer/status/${certificateId}`,
  verify: (lang: string, certificateId: string) => `${baseUrl()}/${lang}/verify/${certificateId}`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The key that signs new credentials: the oldest one not retired, made now if there is none. */
export async function activeSigningKey(db: Executor): Promise<{ id: string; privateJwk: JWK }> {
  const [found] = await db
    .select({ id: signingKey.id, privateJwk: signingKey.privateKeyJwk })
    .from(signingKey)
    .where(isNull(signingKey.retiredAt))
    .orderBy(asc(signingKey.createdAt), asc(signingKey.id))
    .limit(1);
  if (found) return { id: found.id, privateJwk: found.privateJwk as JWK };
  const { publicJwk, privateJwk } = await createKeyPair();
  // Two first uses at once would make two keys; both are published and both verify, so no lock.
  const [made] = await db
    .insert(signingKey)
    .values({ algorithm: SIGNING_ALGORITHM, publicKeyJwk: publicJwk as Record<string, unknown>, privateKeyJwk: privateJwk as Record<string, unknown> })
    .returning({ id: signingKey.id });
  return { id: made.id, privateJwk };
}

/** A public key by its id (the JWT header's kid); retired keys still verify what they signed. */
export async function findPublicJwk(db: Executor, kid: string): Promise<JWK | null> {
  if (!UUID.test(kid)) return null;
  const [found] = await db.select({ jwk: signingKey.publicKeyJwk }).from(signingKey).where(eq(signingKey.id, kid)).limit(1);
  return found ? (found.jwk as JWK) : null;
}

/** Every public key, as a JWK Set: kid, algorithm and use, never the private part. */
export async function publicKeySet(db: Executor): Promise<{ keys: JWK[] }> {
  const rows = await db.select({ id: signingKey.id, algorithm: signingKey.algorithm, jwk: signingKey.publicKeyJwk }).from(signingKey).orderBy(asc(signingKey.createdAt));
  return {
    keys: rows.map((r) => {
      const { kty, crv, x } = r.jwk as JWK;
      return { kty, crv, x, kid: r.id, alg: r.algorithm, use: "sig" };
    }),
  };
}
