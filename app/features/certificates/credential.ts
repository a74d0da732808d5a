// The Open Badges 3.0 credential of a certificate (decision 018): an OpenBadgeCredential whose
// achievement is the completion of a cohort, aligned to every competence of the programme's
// framework. Built from plain values, so the shape is tested without a database.

export const CREDENTIAL_CONTEXTS = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"] as const;
export const CREDENTIAL_TYPES = ["VerifiableCredential", "OpenBadgeCredential"] as const;
/** OB 3.0's revocation method: the status URL answers a list of the revoked credentials. */
export const STATUS_TYPE = "1EdTechRevocationList";

export type CredentialAlignment = { targetName: string; targetUrl: string; targetDescription?: string; targetCode?: string };

export type CredentialInput = {
  certificateId: string;
  issuer: { id: string; name: string; url: string };
  /** When the certificate takes effect (the moment of issue). */
  validFrom: Date;
  recipientName: string;
  language: string;
  achievement: { id: string; name: string; description: string; criteriaNarrative: string; alignments: CredentialAlignment[] };
  statusUrl: string;
};

export type OpenBadgeCredential = {
  "@context": string[];
  id: string;
  type: string[];
  name: string;
  issuer: { id: string; type: string[]; name: string; url: string };
  validFrom: string;
  credentialSubject: {
    type: string[];
    identifier: { type: "IdentityObject"; identityType: "name"; hashed: false; identityHash: string }[];
    achievement: {
      id: string;
      type: string[];
      name: string;
      description: string;
      criteria: { narrative: string };
      inLanguage: string;
      alignment: ({ type: string[]; targetName: string; targetUrl: string; targetType: string } & Partial<Pick<CredentialAlignment, "targetDescription" | "targetCode">>)[];
    };
  };
  credentialStatus: { id: string; type: string };
};

/** The credential's id: a URN of the certificate, so the same id holds in every language. */
export function credentialIdOf(certificateId: string): string {
  return `urn:uuid:${certificateId}`;
}

/** The certificate id a credential names, or null when it is not one of ours. */
export function certificateIdOf(credentialId: unknown): string | null {
  if (typeof credentialId !== "string") return null;
  const match = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(credentialId);
  return match ? match[1].toLowerCase() : null;
}

export function buildCredential(input: CredentialInput): OpenBadgeCredential {
  const a = input.achievement;
  return {
    "@context": [...CREDENTIAL_CONTEXTS],
    id: credentialIdOf(input.certificateId),
    type: [...CREDENTIAL_TYPES],
    name: a.name,
    issuer: { id: input.issuer.id, type: ["Profile"], name: input.issuer.name, url: input.issuer.url },
    // Whole seconds: the JWT's nbf claim carries the same instant.
    validFrom: new Date(Math.floor(input.validFrom.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z"),
    credentialSubject: {
      type: ["AchievementSubject"],
      // No account id or e-mail address: the certificate names the person, nothing else about her.
      identifier: [{ type: "IdentityObject", identityType: "name", hashed: false, identityHash: input.recipientName }],
      achievement: {
        id: a.id,
        type: ["Achievement"],
        name: a.name,
        description: a.description,
        criteria: { narrative: a.criteriaNarrative },
        inLanguage: input.language,
        alignment: a.alignments.map((al) => ({
          type: ["Alignment"],
          targetName: al.targetName,
          targetUrl: al.targetUrl,
          // "ext:" is OB 3.0's prefix for a framework of our own; ESCO is one too for the spec.
          targetType: "ext:Competence",
          ...(al.targetDescription ? { targetDescription: al.targetDescription } : {}),
          ...(al.targetCode ? { targetCode: al.targetCode } : {}),
        })),
      },
    },
    credentialStatus: { id: input.statusUrl, type: STATUS_TYPE },
  };
}

/** What the credential states, for the verify page: name, achievement, issuer, date. */
export function statedBy(credential: OpenBadgeCredential) {
  return {
    recipientName: credential.credentialSubject.identifier[0]?.identityHash ?? "",
    achievementName: credential.credentialSubject.achievement.name,
    issuerName: credential.issuer.name,
    validFrom: credential.validFrom,
  };
}
