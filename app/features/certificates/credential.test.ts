import { describe, expect, it } from "vitest";
import { buildCredential, certificateIdOf, statedBy, type CredentialInput } from "./credential";
import { canonicalJson, createKeyPair, signCredential, verifyCredentialJwt } from "./credential-jwt";

const ID = "0b6f3c1e-8d2a-4c55-9a51-3f0c2a9e7d10";
const input: CredentialInput = {
  certificateId: ID,
  issuer: { id: "https://eccipa.example/issuer", name: "County of Offenbach – ECCIPA", url: "https://eccipa.example" },
  validFrom: new Date("2026-06-30T10:15:30.456Z"),
  recipientName: "Zoë Müller-Núñez",
  language: "de",
  achievement: {
    id: "urn:uuid:7d3a0f1c-0000-4000-8000-000000000001",
    name: "Abschluss: Kohorte 2026",
    description: "Teilnahme am Schulungsprogramm",
    criteriaNarrative: "Anwesenheit mindestens 75 % und Selbsteinschätzung am Ende",
    alignments: [
      { targetName: "Interkulturelle Kompetenz", targetUrl: "https://eccipa.example/en/p/eccipa/competences#intercultural" },
      { targetName: "Kommunikation", targetUrl: "http://data.europa.eu/esco/skill/abc", targetCode: "communication" },
    ],
  },
  statusUrl: `https://eccipa.example/issuer/status/${ID}`,
};

describe("the Open Badges 3.0 credential", () => {
  it("has the contexts, types, issuer profile, subject and status OB 3.0 asks for", () => {
    const c = buildCredential(input);
    expect(c["@context"]).toEqual(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
    expect(c.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(c.id).toBe(`urn:uuid:${ID}`);
    expect(c.issuer).toEqual({ id: "https://eccipa.example/issuer", type: ["Profile"], name: "County of Offenbach – ECCIPA", url: "https://eccipa.example" });
    expect(c.validFrom).toBe("2026-06-30T10:15:30Z");
    expect(c.credentialSubject.type).toEqual(["AchievementSubject"]);
    expect(c.credentialSubject.identifier).toEqual([{ type: "IdentityObject", identityType: "name", hashed: false, identityHash: "Zoë Müller-Núñez" }]);
    const a = c.credentialSubject.achievement;
    expect(a.type).toEqual(["Achievement"]);
    expect(a.criteria.narrative).toContain("75 %");
    expect(a.alignment).toEqual([
      { type: ["Alignment"], targetName: "Interkulturelle Kompetenz", targetUrl: "https://eccipa.example/en/p/eccipa/competences#intercultural", targetType: "ext:Competence" },
      { type: ["Alignment"], targetName: "Kommunikation", targetUrl: "http://data.europa.eu/esco/skill/abc", targetType: "ext:Competence", targetCode: "communication" },
    ]);
    expect(c.credentialStatus).toEqual({ id: input.statusUrl, type: "1EdTechRevocationList" });
    expect(statedBy(c)).toEqual({ recipientName: "Zoë Müller-Núñez", achievementName: "Abschluss: Kohorte 2026", issuerName: "County of Offenbach – ECCIPA", validFrom: "2026-06-30T10:15:30Z" });
  });

  it("reads its certificate id back, and nothing from a foreign id", () => {
    expect(certificateIdOf(`urn:uuid:${ID.toUpperCase()}`)).toBe(ID);
    expect(certificateIdOf("https://elsewhere.example/1")).toBeNull();
    expect(certificateIdOf(42)).toBeNull();
  });
});

describe("the VC-JWT", () => {
  const lookup = (kid: string, jwk: object) => async (asked: string) => (asked === kid ? jwk : null);

  it("signs with EdDSA and verifies back to the same credential, with OB 3.0's registered claims", async () => {
    const keys = await createKeyPair();
    expect(keys.publicJwk).toMatchObject({ kty: "OKP", crv: "Ed25519" });
    expect(keys.publicJwk).not.toHaveProperty("d");
    const credential = buildCredential(input);
    const jwt = await signCredential(credential, { kid: "k1", privateJwk: keys.privateJwk });
    expect(JSON.parse(Buffer.from(jwt.split(".")[0], "base64url").toString())).toEqual({ alg: "EdDSA", typ: "JWT", kid: "k1" });
    const checked = await verifyCredentialJwt(jwt, lookup("k1", keys.publicJwk));
    if (!checked.ok) throw new Error(checked.problem);
    expect(canonicalJson(checked.credential)).toBe(canonicalJson(credential));
    expect(checked.claims).toMatchObject({ iss: input.issuer.id, jti: `urn:uuid:${ID}`, nbf: Date.parse("2026-06-30T10:15:30Z") / 1000 });
  });

  it("fails a tampered payload, a wrong key, an unknown key and a malformed token", async () => {
    const keys = await createKeyPair();
    const other = await createKeyPair();
    const jwt = await signCredential(buildCredential(input), { kid: "k1", privateJwk: keys.privateJwk });
    const [header, payload, signature] = jwt.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    claims.credentialSubject.identifier[0].identityHash = "Someone Else";
    const tampered = [header, Buffer.from(JSON.stringify(claims)).toString("base64url"), signature].join(".");
    expect(await verifyCredentialJwt(tampered, lookup("k1", keys.publicJwk))).toEqual({ ok: false, problem: "signature" });
    expect(await verifyCredentialJwt(jwt, lookup("k1", other.publicJwk))).toEqual({ ok: false, problem: "signature" });
    expect(await verifyCredentialJwt(jwt, lookup("k2", keys.publicJwk))).toEqual({ ok: false, problem: "unknownKey" });
    expect(await verifyCredentialJwt("not a token", lookup("k1", keys.publicJwk))).toEqual({ ok: false, problem: "malformed" });
  });

  it("compares JSON whatever the order of its keys", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});
