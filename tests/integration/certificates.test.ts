// Certificates through the real routes: refusals first (302 sign-in, 404 other territory, 403
// wrong role, 400 bad input keeping values), then issue → download → verify → revoke → revoked,
// a tampered credential, double submits, the PDF's text (pdftotext) and the audit entries.
import { and, count, eq, isNull } from "drizzle-orm";
import { importJWK, jwtVerify } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { certificate, enrolment } from "~/db/schema";
import { countCertifiedTrainees } from "~/features/certificates/certificates.server";
import { formatPercent } from "~/i18n/format";
import { signedInClient, startApp, TestClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { userId } from "../support/needs-review";
import { decode, fieldError, t } from "../support/pages";
import { pdfText } from "../support/report-files";
import { inventTrainee, makeCohort } from "../support/cohorts";
import { territoryOf } from "../support/training";

let app: Awaited<ReturnType<typeof startApp>>;
const A = "/en/t/offenbach";
const B = "/en/t/ravenna";
const ACCENTED = "Zoë Núñez-Weiß Bèrtoli";

let cohortA: Awaited<ReturnType<typeof makeCohort>>;
let cohortB: Awaited<ReturnType<typeof makeCohort>>;
let aylin: string; // trainee.offenbach@eccipa.example: eligible
let zoe: string; // invented, accented name: eligible
let late: string; // attends too little
let noPost: string; // attends enough, no post assessment
let excused: string; // present 2 + excused 2 of 4: 50 %

beforeAll(async () => {
  app = await startApp();
  aylin = await userId("trainee.offenbach@eccipa.example");
  zoe = await inventTrainee("offenbach", ACCENTED);
  late = await inventTrainee("offenbach", "Invented Late Trainee");
  noPost = await inventTrainee("offenbach", "Invented Nopost Trainee");
  excused = await inventTrainee("offenbach", "Invented Excused Trainee");
  cohortA = await makeCohort("offenbach", {
    name: "Kohorte Offenbach 2025 (Test)",
    held: 4,
    moduleTitle: "Interkulturelle Öffnung der Ausländerbehörde",
    trainees: [
      { userId: aylin, present: 4, post: true },
      { userId: zoe, present: 3, post: true },
      { userId: late, present: 1, post: true },
      { userId: noPost, present: 4, post: false },
      { userId: excused, present: 2, excused: 2, post: true },
    ],
  });
  const giovanna = await inventTrainee("ravenna", "Giovanna Invented Ravennate");
  cohortB = await makeCohort("ravenna", { name: "Gruppo Ravenna (test)", held: 2, trainees: [{ userId: giovanna, present: 2, post: true }] });
});

const coordinator = () => signedInClient(app, "coordinator.offenbach@eccipa.example");
const cohortPage = (id = cohortA.cohortId) => `${A}/training/cohorts/${id}/certificates`;

async function certificatesOf(enrolmentId: string) {
  return getDb().select().from(certificate).where(eq(certificate.enrolmentId, enrolmentId));
}

async function issue(client: TestClient, who: string) {
  return client.post(cohortPage(), { intent: "issue", enrolmentId: cohortA.enrolmentIds.get(who)! });
}

async function inForce(who: string) {
  const [row] = await getDb()
    .select()
    .from(certificate)
    .where(and(eq(certificate.enrolmentId, cohortA.enrolmentIds.get(who)!), isNull(certificate.revokedAt)));
  return row;
}

describe("the cohort's certificates page", () => {
  it("refuses: 302 to sign in, 404 for another territory or cohort, 403 without certificates:issue", async () => {
    const visitor = new TestClient(app);
    const response = await visitor.get(cohortPage());
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(cohortPage())}`);
    const ravenna = await signedInClient(app, "coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(cohortPage())).status).toBe(404);
    expect((await ravenna.post(cohortPage(), { intent: "issue-all" })).status).toBe(404);
    const coord = await coordinator();
    // B's cohort under A's address, and an id that is no cohort at all.
    expect((await coord.get(`${A}/training/cohorts/${cohortB.cohortId}/certificates`)).status).toBe(404);
    expect((await coord.get(`${A}/training/cohorts/not-a-uuid/certificates`)).status).toBe(404);
    for (const email of ["trainee.offenbach@eccipa.example", "trainer.offenbach@eccipa.example", "partner.offenbach@eccipa.example"]) {
      const client = await signedInClient(app, email);
      expect((await client.get(cohortPage())).status, email).toBe(403);
      expect((await client.post(cohortPage(), { intent: "issue-all" })).status, email).toBe(403);
    }
    expect(await certificatesOf(cohortB.enrolmentIds.values().next().value!)).toEqual([]);
  });

  it("shows each trainee's eligibility and why not: rate below the threshold (excused counts as absent), post assessment missing", async () => {
    const html = decode(await (await (await coordinator()).get(cohortPage())).text());
    const pct = (n: number) => formatPercent("en", n);
    expect(html).toContain(t("en", "certificates.reasons.attendanceBelowThreshold", { rate: pct(25), threshold: pct(75) }));
    expect(html).toContain(t("en", "certificates.reasons.attendanceBelowThreshold", { rate: pct(50), threshold: pct(75) }));
    expect(html).toContain(t("en", "certificates.reasons.postAssessmentMissing"));
    expect(html).toContain(ACCENTED);
    // Issue buttons only for the eligible (Aylin, Zoë), and one button for both.
    expect(html.match(/name="intent" value="issue"/g)).toHaveLength(2);
    expect(html).toContain(t("en", "certificates.cohort.issueAll_other", { count: 2 }));
  });

  it("refuses an ineligible trainee with a translated 400 and issues nothing", async () => {
    const coord = await coordinator();
    for (const who of [late, noPost, excused]) {
      const response = await issue(coord, who);
      expect(response.status).toBe(400);
      expect(decode(await response.text())).toContain(t("en", "certificates.errors.notEligible"));
      expect(await certificatesOf(cohortA.enrolmentIds.get(who)!)).toEqual([]);
    }
    const german = await coord.post(cohortPage().replace("/en/", "/de/"), { intent: "issue", enrolmentId: cohortA.enrolmentIds.get(late)! });
    expect(german.status).toBe(400);
    expect(decode(await german.text())).toContain(t("de", "certificates.errors.notEligible"));
    // Another cohort's enrolment, and junk.
    const foreign = await coord.post(cohortPage(), { intent: "issue", enrolmentId: cohortB.enrolmentIds.values().next().value! });
    expect(foreign.status).toBe(400);
    expect(decode(await foreign.text())).toContain(t("en", "certificates.errors.traineeUnknown"));
    expect((await coord.post(cohortPage(), { intent: "issue", enrolmentId: "x" })).status).toBe(400);
    expect((await coord.post(cohortPage(), { intent: "nonsense" })).status).toBe(400);
  });

  it("issues one certificate, audited; a double submit issues nothing twice", async () => {
    const coord = await coordinator();
    const before = await lastAuditId();
    const first = await issue(coord, aylin);
    expect(first.status).toBe(200);
    expect(decode(await first.text())).toContain(t("en", "certificates.cohort.issued_one", { count: 1 }));
    const again = await issue(coord, aylin);
    expect(again.status).toBe(200);
    expect(decode(await again.text())).toContain(t("en", "certificates.cohort.nothingIssued_one", { count: 1 }));
    const rows = await certificatesOf(cohortA.enrolmentIds.get(aylin)!);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipientName: "Aylin Demir", language: "de", revokedAt: null });
    const audit = await auditSince(before, "certificate.issue");
    expect(audit.map((a) => a.objectId)).toEqual([rows[0].id]);
    expect(audit[0].actorUserId).toBe(await userId("coordinator.offenbach@eccipa.example"));
  });

  it("issues to every eligible trainee at once, and to nobody else", async () => {
    const coord = await coordinator();
    const a = await territoryOf("offenbach");
    // The demo's own certificates count too; this cohort adds one.
    const certifiedBefore = await countCertifiedTrainees(getDb(), { programmeId: a.programmeId, territoryId: a.id });
    const response = await coord.post(cohortPage(), { intent: "issue-all" });
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("en", "certificates.cohort.issued_one", { count: 1 }));
    expect(await inForce(zoe)).toBeDefined();
    for (const who of [late, noPost, excused]) expect(await certificatesOf(cohortA.enrolmentIds.get(who)!)).toEqual([]);
    const [{ n }] = await getDb()
      .select({ n: count() })
      .from(certificate)
      .innerJoin(enrolment, eq(enrolment.id, certificate.enrolmentId))
      .where(eq(enrolment.cohortId, cohortA.cohortId));
    expect(n).toBe(2);
    expect(await countCertifiedTrainees(getDb(), { programmeId: a.programmeId, territoryId: a.id })).toBe(certifiedBefore + 1);
  });
});

describe("the certificate's files", () => {
  it("gives the PDF and the credential to the coordinator and the holder only", async () => {
    const cert = await inForce(aylin);
    const pdf = `${A}/certificates/${cert.id}/certificate.pdf`;
    const jwt = `${A}/certificates/${cert.id}/credential.jwt`;
    const visitor = new TestClient(app);
    expect((await visitor.get(pdf)).status).toBe(302);
    const ravenna = await signedInClient(app, "coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(pdf)).status).toBe(404);
    expect((await ravenna.get(`${B}/certificates/${cert.id}/certificate.pdf`)).status).toBe(404);
    for (const email of ["trainer.offenbach@eccipa.example", "partner.offenbach@eccipa.example"]) {
      const other = await signedInClient(app, email);
      expect((await other.get(pdf)).status, email).toBe(403);
      expect((await other.get(jwt)).status, email).toBe(403);
    }
    const holder = await signedInClient(app, "trainee.offenbach@eccipa.example");
    expect((await holder.get(pdf)).status).toBe(200);
    expect((await holder.get(jwt)).status).toBe(200);
    // …but not Zoë's.
    expect((await holder.get(`${A}/certificates/${(await inForce(zoe)).id}/certificate.pdf`)).status).toBe(403);
    expect((await (await coordinator()).get(`${A}/certificates/00000000-0000-4000-8000-000000000000/certificate.pdf`)).status).toBe(404);
  });

  it("prints the name with its accents, cohort, module and verification URL in the credential's language, whatever the page's", async () => {
    const cert = await inForce(zoe);
    const lang = cert.language as "en" | "de" | "it" | "es";
    const territoryName = { en: "County of Offenbach", de: "Kreis Offenbach", it: "Distretto di Offenbach", es: "Distrito de Offenbach" }[lang];
    for (const page of ["de", "es"]) {
      const response = await (await coordinator()).get(`/${page}/t/offenbach/certificates/${cert.id}/certificate.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const text = pdfText(new Uint8Array(await response.arrayBuffer()));
      expect(text).toContain(ACCENTED);
      expect(text, page).toContain(t(lang, "certificates.pdf.title"));
      expect(text).toContain("Kohorte Offenbach 2025 (Test)");
      expect(text).toContain("Interkulturelle Öffnung der Ausländerbehörde");
      expect(text.replace(/\s+/g, " ")).toContain(territoryName);
      expect(text).toContain(`http://localhost:3000/${lang}/verify/${cert.id}`);
    }
    // The credential says the same, in the same language.
    expect(JSON.stringify(cert.credential)).toContain(territoryName);
  });

  it("is an OpenBadgeCredential signed with EdDSA, verifiable with the published JWKS", async () => {
    const cert = await inForce(zoe);
    const response = await (await coordinator()).get(`${A}/certificates/${cert.id}/credential.jwt`);
    const token = await response.text();
    expect(token).toBe(cert.signedCredential);
    const jwks = (await (await new TestClient(app).get("/issuer/jwks.json")).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const k of jwks.keys) expect(k).not.toHaveProperty("d");
    const header = JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString());
    const key = jwks.keys.find((k) => k.kid === header.kid)!;
    const { payload } = await jwtVerify(token, await importJWK(key, "EdDSA"), { issuer: "http://localhost:3000/issuer" });
    expect(payload).toMatchObject({
      "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
      type: ["VerifiableCredential", "OpenBadgeCredential"],
      jti: `urn:uuid:${cert.id}`,
      issuer: { id: "http://localhost:3000/issuer", type: ["Profile"], name: "County of Offenbach – ECCIPA" },
      credentialSubject: { type: ["AchievementSubject"], identifier: [{ identityHash: ACCENTED }], achievement: { type: ["Achievement"] } },
      credentialStatus: { id: `http://localhost:3000/issuer/status/${cert.id}`, type: "1EdTechRevocationList" },
    });
    const profile = await (await new TestClient(app).get("/issuer")).json();
    expect(profile).toMatchObject({ id: "http://localhost:3000/issuer", type: ["Profile"], jwks_uri: "http://localhost:3000/issuer/jwks.json" });
  });
});

describe("verification and revocation", () => {
  it("shows a valid certificate to anyone, only what it states; unknown ids are 404", async () => {
    const cert = await inForce(zoe);
    const visitor = new TestClient(app);
    const response = await visitor.get(`/en/verify/${cert.id}`);
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain(t("en", "certificates.verify.valid"));
    expect(html).toContain(ACCENTED);
    expect(html).not.toContain("Ausländerbehörde"); // her department is not on the certificate
    expect(html).not.toContain("@trainee.example");
    expect((await visitor.get("/en/verify/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await visitor.get("/en/verify/nonsense")).status).toBe(404);
  });

  it("checks a pasted credential: valid, tampered, foreign or empty", async () => {
    const cert = await inForce(zoe);
    const visitor = new TestClient(app);
    const valid = await visitor.post("/en/verify", { credential: cert.signedCredential });
    expect(valid.status).toBe(200);
    expect(decode(await valid.text())).toContain(t("en", "certificates.verify.valid"));
    const [h, p, s] = cert.signedCredential.split(".");
    const claims = JSON.parse(Buffer.from(p, "base64url").toString());
    claims.credentialSubject.identifier[0].identityHash = "Mallory Forged";
    const tampered = await visitor.post("/en/verify", { credential: [h, Buffer.from(JSON.stringify(claims)).toString("base64url"), s].join(".") });
    expect(tampered.status).toBe(200);
    const tamperedHtml = decode(await tampered.text());
    expect(tamperedHtml).toContain(t("en", "certificates.verify.invalid"));
    expect(tamperedHtml).toContain(t("en", "certificates.verify.reasons.signature"));
    expect(tamperedHtml).not.toContain("Mallory Forged");
    const garbage = await visitor.post("/en/verify", { credential: "eyJhbGciOiJub25lIn0.e30." });
    expect(decode(await garbage.text())).toContain(t("en", "certificates.verify.reasons.malformed"));
    const empty = await visitor.post("/en/verify", { credential: "  " });
    expect(empty.status).toBe(400);
    expect(fieldError(await empty.text(), "credential")).toBe(t("en", "certificates.errors.credentialRequired"));
  });

  it("revokes with a reason and a confirmation (400 keeps the reason), audited once; verify then shows revoked", async () => {
    const cert = await inForce(zoe);
    const page = `${A}/certificates/${cert.id}`;
    expect((await new TestClient(app).post(page, { intent: "revoke", reason: "x", "confirm[]": "yes" })).status).toBe(302);
    expect((await (await signedInClient(app, "coordinator.ravenna@eccipa.example")).post(page, { intent: "revoke", reason: "Issued by mistake", "confirm[]": "yes" })).status).toBe(404);
    expect((await (await signedInClient(app, "trainee.offenbach@eccipa.example")).post(page, { intent: "revoke", reason: "Issued by mistake", "confirm[]": "yes" })).status).toBe(403);
    const coord = await coordinator();
    expect((await coord.get(page)).status).toBe(200);
    const unconfirmed = await coord.post(page, { intent: "revoke", reason: "Issued by mistake" });
    expect(unconfirmed.status).toBe(400);
    const html = await unconfirmed.text();
    expect(fieldError(html, "confirm[]")).toBe(t("en", "certificates.errors.confirmRevocation"));
    expect(decode(html)).toContain(">Issued by mistake</textarea>");
    expect((await inForce(zoe))?.id).toBe(cert.id);

    const before = await lastAuditId();
    const revoked = await coord.post(page, { intent: "revoke", reason: "Issued by mistake", "confirm[]": "yes" });
    expect(revoked.status).toBe(200);
    expect(decode(await revoked.text())).toContain(t("en", "certificates.detail.revokedNotice"));
    const twice = await coord.post(page, { intent: "revoke", reason: "Again", "confirm[]": "yes" });
    expect(decode(await twice.text())).toContain(t("en", "certificates.detail.alreadyRevoked"));
    const audit = await auditSince(before, "certificate.revoke");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ objectId: cert.id, details: { reason: "Issued by mistake" } });

    const visitor = new TestClient(app);
    const verify = decode(await (await visitor.get(`/en/verify/${cert.id}`)).text());
    expect(verify).toContain(t("en", "certificates.verify.revokedExplanation"));
    expect(verify).not.toContain("Issued by mistake");
    const pasted = decode(await (await visitor.post("/en/verify", { credential: cert.signedCredential })).text());
    expect(pasted).toContain(t("en", "certificates.verify.revokedExplanation"));
    const status = await (await visitor.get(`/issuer/status/${cert.id}`)).json();
    expect(status).toEqual({ id: `http://localhost:3000/issuer/status/${cert.id}`, issuer: "http://localhost:3000/issuer", revokedCredentials: [{ id: `urn:uuid:${cert.id}`, revoked: true }] });
    expect((await visitor.get("/issuer/status/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    // Only the issuer's three documents live outside a language: anything else there is the usual 404.
    expect((await visitor.get("/issuer/anything-else")).status).toBe(404);
    expect((await visitor.get("/issuer/status/x/y")).status).toBe(404);
  });

  it("issues a new certificate after a revocation", async () => {
    expect(await inForce(zoe)).toBeUndefined();
    const response = await issue(await coordinator(), zoe);
    expect(response.status).toBe(200);
    const rows = await certificatesOf(cohortA.enrolmentIds.get(zoe)!);
    expect(rows).toHaveLength(2);
    expect(rows.filter((r) => r.revokedAt === null)).toHaveLength(1);
  });
});

describe("a trainee's own certificates", () => {
  const mine = `${A}/my-training/certificates`;

  it("refuses: 302, 404 outside the territory, 403 for roles that do not take part in training", async () => {
    expect((await new TestClient(app).get(mine)).status).toBe(302);
    expect((await (await signedInClient(app, "coordinator.ravenna@eccipa.example")).get(mine)).status).toBe(404);
    expect((await (await coordinator()).get(mine)).status).toBe(403);
  });

  it("lists her certificates with their files, and nobody else's", async () => {
    const html = decode(await (await (await signedInClient(app, "trainee.offenbach@eccipa.example")).get(mine)).text());
    const cert = await inForce(aylin);
    expect(html).toContain("Kohorte Offenbach 2025 (Test)");
    expect(html).toContain(`/t/offenbach/certificates/${cert.id}/certificate.pdf`);
    expect(html).toContain(`/t/offenbach/certificates/${cert.id}/credential.jwt`);
    expect(html).not.toContain((await inForce(zoe)).id);
    const trainer = decode(await (await (await signedInClient(app, "trainer.offenbach@eccipa.example")).get(mine)).text());
    expect(trainer).toContain(t("en", "certificates.own.none"));
  });
});
