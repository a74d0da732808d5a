// Public verification (decision 018): a certificate by its id, or a credential (VC-JWT) pasted
// by whoever received it. Checks the signature with our key, the validity period, revocation,
// and that the signed payload is the credential we stored. Shows only what the credential states.
import { eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { certificate } from "~/db/schema";
import { certificateIdOf, statedBy, type OpenBadgeCredential } from "./credential";
import { canonicalJson, verifyCredentialJwt } from "./credential-jwt";
import { findPublicJwk } from "./signing-keys.server";

export type InvalidReason = "malformed" | "unknownKey" | "signature" | "unknownCertificate" | "mismatch" | "notYetValid" | "expired";

export type Verification =
  | { status: "valid"; certificateId: string; stated: ReturnType<typeof statedBy> }
  | { status: "revoked"; certificateId: string; stated: ReturnType<typeof statedBy>; revokedAt: Date }
  | { status: "invalid"; reason: InvalidReason };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function storedCertificate(db: Executor, certificateId: string) {
  if (!UUID.test(certificateId)) return null;
  const [found] = await db
    .select({ id: certificate.id, credential: certificate.credential, signedCredential: certificate.signedCredential, revokedAt: certificate.revokedAt })
    .from(certificate)
    .where(eq(certificate.id, certificateId))
    .limit(1);
  return found ?? null;
}

/** Checks a VC-JWT against our keys and records. */
export async function verifyCredential(db: Executor, jwt: string, now = new Date()): Promise<Verification> {
  const checked = await verifyCredentialJwt(jwt, (kid) => findPublicJwk(db, kid));
  if (!checked.ok) return { status: "invalid", reason: checked.problem };
  const certificateId = certificateIdOf(checked.credential.id);
  const stored = certificateId ? await storedCertificate(db, certificateId) : null;
  if (!certificateId || !stored) return { status: "invalid", reason: "unknownCertificate" };
  // Signed by us, but not what we issued under that id (e.g. signed with a leaked key): refuse.
  if (canonicalJson(checked.credential) !== canonicalJson(stored.credential)) return { status: "invalid", reason: "mismatch" };
  const credential = checked.credential as OpenBadgeCredential & { validUntil?: string };
  if (Date.parse(credential.validFrom) > now.getTime()) return { status: "invalid", reason: "notYetValid" };
  if (credential.validUntil && Date.parse(credential.validUntil) < now.getTime()) return { status: "invalid", reason: "expired" };
  const stated = statedBy(credential);
  if (stored.revokedAt) return { status: "revoked", certificateId, stated, revokedAt: stored.revokedAt };
  return { status: "valid", certificateId, stated };
}

/** The verify page of one certificate: its own signed credential checked as a stranger would. Null: unknown id. */
export async function verifyCertificateById(db: Executor, certificateId: string, now = new Date()): Promise<Verification | null> {
  const stored = await storedCertificate(db, certificateId);
  if (!stored) return null;
  return verifyCredential(db, stored.signedCredential, now);
}

/** OB 3.0's 1EdTechRevocationList for one credential: listed when revoked, with no reason given. */
export async function revocationListOf(db: Executor, certificateId: string, listUrl: string, issuerId: string) {
  const stored = await storedCertificate(db, certificateId);
  if (!stored) return null;
  return {
    id: listUrl,
    issuer: issuerId,
    revokedCredentials: stored.revokedAt ? [{ id: (stored.credential as { id: string }).id, revoked: true }] : [],
  };
}

/** The verdict as the page shows it: dates as strings, and nothing of an invalid credential's claims. */
export function verdictOf(v: Verification) {
  if (v.status === "invalid") return { status: "invalid" as const, reason: v.reason };
  return { status: v.status, stated: v.stated, revokedAt: v.status === "revoked" ? v.revokedAt.toISOString() : null };
}
