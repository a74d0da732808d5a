// Needs Review participants, their identity and consent. Refusals (302/404/403/400) before the
// happy paths; identity only for the coordinator; every read of a participant in the audit log.
import { and, count, eq, gt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, consent, participant, participantIdentity, user } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { decode, fieldError, inputValue, LANGS, t } from "../support/pages";
import { participantId } from "../support/needs-review";
import { auditSince, lastAuditId } from "../support/audit";

let app: Awaited<ReturnType<typeof startApp>>;
const LIST = "/en/t/offenbach/needs-review/participants";
// Demo data: Offenbach's TCN-01 has an (invented) identity; Ravenna's TCN-01 too.
const OFFENBACH_IDENTITY = { realName: "Kofi Mensah (erfunden)", contact: "kofi.mensah@beispiel.example" };

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);


async function participantCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(participant);
  return n;
}

describe("Needs Review participants", () => {
  it("sends a visitor to sign in (302)", async () => {
    const detail = `${LIST}/${await participantId("offenbach", "TCN-01")}`;
    for (const path of [LIST, detail]) {
      const response = await new TestClient(app).get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answers the same translated 404 for another territory's participant, an unknown id and a malformed one", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const ravennaId = await participantId("ravenna", "TCN-01");
    const before = await lastAuditId();
    const paths = [
      `/it/t/offenbach/needs-review/participants/${ravennaId}`,
      "/it/t/offenbach/needs-review/participants/00000000-0000-4000-8000-000000000000",
      "/it/t/offenbach/needs-review/participants/not-a-uuid",
      "/it/t/offenbach/needs-review/participants/'%20OR%201=1",
    ];
    for (const path of paths) {
      const response = await coordinator.get(path);
      expect(response.status, path).toBe(404);
      const html = decode(await response.text());
      expect(html).toContain(t("it", "errorPage.kinds.notFound.title"));
      expect(html).not.toContain("Samira Benali");
      const post = await coordinator.post(path, { intent: "consent", purpose: "Intervista", givenOn: "2021-04-01", informationSheetVersion: "1.0" });
      expect(post.status, `POST ${path}`).toBe(404);
    }
    // Ravenna's own people cannot reach Offenbach's participants either.
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(`${LIST}/${await participantId("offenbach", "TCN-01")}`)).status).toBe(404);
    expect((await ravenna.post(LIST, { pseudonym: "X-01", targetGroup: "stakeholder" })).status).toBe(404);
    expect(await auditSince(before, "participant.read")).toEqual([]);
    expect(await auditSince(before, "consent.record")).toEqual([]);
  });

  it("refuses trainers, trainees and committee members (403), on the list, the detail and the forms", async () => {
    const detail = `${LIST}/${await participantId("offenbach", "TCN-01")}`;
    const before = await participantCount();
    for (const email of ["trainer.offenbach@eccipa.example", "trainee.offenbach@eccipa.example", "committee.offenbach@eccipa.example"]) {
      const client = await signedIn(email);
      expect((await client.get(LIST)).status, email).toBe(403);
      const detailResponse = await client.get(detail);
      expect(detailResponse.status, email).toBe(403);
      expect(decode(await detailResponse.text())).not.toContain(OFFENBACH_IDENTITY.realName);
      expect((await client.post(LIST, { pseudonym: "TR-01", targetGroup: "civil_servant" })).status, email).toBe(403);
      expect((await client.post(detail, { intent: "consent", purpose: "x", givenOn: "2021-04-01", informationSheetVersion: "1" })).status, email).toBe(403);
    }
    expect(await participantCount()).toBe(before);
  });

  it("answers invalid input with 400 and translated errors, keeping what was typed, in each language", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await participantCount();
    for (const lang of LANGS) {
      const response = await partner.post(`/${lang}/t/offenbach/needs-review/participants`, { pseudonym: "Frau Yilmaz", targetGroup: "", organisation: "Jobcenter", languages: "tr, de" });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "pseudonym"), lang).toBe(t(lang, "errors.pseudonym"));
      expect(fieldError(html, "targetGroup"), lang).toBe(t(lang, "errors.choose"));
      expect(inputValue(html, "organisation"), lang).toBe("Jobcenter");
      expect(inputValue(html, "languages"), lang).toBe("tr, de");
    }
    const detail = `/es/t/offenbach/needs-review/participants/${await participantId("offenbach", "CS-01")}`;
    const badConsent = await partner.post(detail, { intent: "consent", purpose: "Entrevista", givenOn: "2999-01-01", informationSheetVersion: "2.1" });
    expect(badConsent.status).toBe(400);
    const html = await badConsent.text();
    expect(fieldError(html, "givenOn")).toBe(t("es", "errors.dateInFuture"));
    expect(inputValue(html, "informationSheetVersion")).toBe("2.1");
    expect(await participantCount()).toBe(before);
  });

  it("answers a duplicate pseudonym in the territory with a translated field error (400), not a 500", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await participantCount();
    const response = await partner.post("/de/t/offenbach/needs-review/participants", { pseudonym: "tcn-01", targetGroup: "third_country_national" });
    expect(response.status).toBe(400);
    expect(fieldError(await response.text(), "pseudonym")).toBe(t("de", "errors.pseudonymTaken"));
    expect(await participantCount()).toBe(before);
    // The same pseudonym in another territory is fine: TCN-01 exists in Ravenna too.
  });

  it("lets only one of two simultaneous registrations of a pseudonym through (200 and 400)", async () => {
    const [a, b] = await Promise.all([signedIn("partner.offenbach@eccipa.example"), signedIn("coordinator.offenbach@eccipa.example")]);
    const fields = { pseudonym: "CS-42", targetGroup: "civil_servant" };
    const statuses = (await Promise.all([a.post(LIST, fields), b.post(LIST, fields)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 400]);
    const rows = await getDb().select({ id: participant.id }).from(participant).where(eq(participant.pseudonym, "CS-42"));
    expect(rows).toHaveLength(1);
  });

  it("shows identity to the coordinator and never to the technical partner (200), and audits each read", async () => {
    const detail = `${LIST}/${await participantId("offenbach", "TCN-01")}`;
    const before = await lastAuditId();
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const shown = await coordinator.get(detail);
    expect(shown.status).toBe(200);
    const shownHtml = decode(await shown.text());
    expect(shownHtml).toContain(OFFENBACH_IDENTITY.realName);
    expect(shownHtml).toContain(OFFENBACH_IDENTITY.contact);
    expect(shownHtml).toContain('id="identity-heading"');
    expect(await (await coordinator.get(LIST)).text()).toContain('name="realName"');

    const partner = await signedIn("partner.offenbach@eccipa.example");
    const hidden = await partner.get(detail);
    expect(hidden.status).toBe(200);
    const hiddenHtml = decode(await hidden.text());
    expect(hiddenHtml).toContain("TCN-01");
    expect(hiddenHtml).toContain(t("en", "targetGroups.third_country_national"));
    expect(hiddenHtml).not.toContain(OFFENBACH_IDENTITY.realName);
    expect(hiddenHtml).not.toContain(OFFENBACH_IDENTITY.contact);
    // (The catalog travels with the page, so look for the section and the fields, not their labels.)
    expect(hiddenHtml).not.toContain('id="identity-heading"');
    const partnerList = await (await partner.get(LIST)).text();
    expect(partnerList).toContain('name="pseudonym"');
    expect(partnerList).not.toContain('name="realName"');
    expect(partnerList).not.toContain('name="contact"');

    const reads = await auditSince(before, "participant.read");
    expect(reads.map((r) => r.details)).toEqual([{ identity: true }, { identity: false }]);
    expect(new Set(reads.map((r) => r.objectId))).toEqual(new Set([detail.split("/").pop()]));
  });

  it("shows the identity to the member who interviewed the participant, but lets only the coordinator change it", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const identity = { realName: "Nadia Beispiel (erfunden)", contact: "nadia@beispiel.example" };
    expect((await coordinator.post(LIST, { pseudonym: "TCN-77", targetGroup: "third_country_national", languages: "ar", ...identity })).status).toBe(200);
    const id = await participantId("offenbach", "TCN-77");
    const detail = `${LIST}/${id}`;
    // Not yet interviewed by the partner: pseudonym only.
    expect(decode(await (await partner.get(detail)).text())).not.toContain(identity.realName);
    const [{ id: partnerId }] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, "partner.offenbach@eccipa.example"));
    const recorded = await coordinator.post("/en/t/offenbach/needs-review/interviews/new", { conductedOn: "2021-05-10", interviewerUserId: partnerId, language: "de", "participantIds[]": [id] });
    expect(recorded.status).toBe(302);
    const before = await lastAuditId();
    const seen = decode(await (await partner.get(detail)).text());
    expect(seen).toContain(identity.realName);
    expect(seen).toContain(identity.contact);
    const [read] = await getDb().select().from(auditLog).where(and(gt(auditLog.id, before), eq(auditLog.action, "participant.read")));
    expect(read.details).toEqual({ identity: true });
    // Her edit page still has no identity fields, and forging them is refused.
    const edit = decode(await (await partner.get(`${detail}/edit`)).text());
    expect(edit).not.toContain('name="realName"');
    expect(edit).not.toContain(identity.realName);
    const forged = await partner.post(`${detail}/edit`, { pseudonym: "TCN-77", targetGroup: "third_country_national", languages: "ar", realName: "Andere Person" });
    expect(forged.status).toBe(403);
    const [kept] = await getDb().select().from(participantIdentity).where(eq(participantIdentity.participantId, id));
    expect(kept).toMatchObject(identity);
  });

  it("refuses an identity forged into the form by a technical partner (403)", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await participantCount();
    const response = await partner.post(LIST, { pseudonym: "TCN-90", targetGroup: "third_country_national", realName: "Forged Name" });
    expect(response.status).toBe(403);
    expect(await participantCount()).toBe(before);
  });

  it("registers a participant with identity (coordinator), records consent, and withdraws it only after confirmation", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const before = await lastAuditId();
    const created = await coordinator.post(LIST, {
      pseudonym: "tcn-07",
      targetGroup: "third_country_national",
      ageBand: "25_34",
      gender: "female",
      regionOfOrigin: "Ostafrika",
      languages: "ti, en",
      realName: "Invented Person Seven",
      contact: "+49 000 0000007",
    });
    expect(created.status).toBe(200);
    expect(decode(await created.text())).toContain(t("en", "needsReview.participantAdded", { pseudonym: "TCN-07" }));
    const id = await participantId("offenbach", "TCN-07");
    const [identity] = await getDb().select().from(participantIdentity).where(eq(participantIdentity.participantId, id));
    expect(identity).toMatchObject({ realName: "Invented Person Seven", contact: "+49 000 0000007" });
    const [row] = await getDb().select().from(participant).where(eq(participant.id, id));
    expect(row.languages).toEqual(["ti", "en"]);
    const detail = `${LIST}/${id}`;

    const recorded = await coordinator.post(detail, { intent: "consent", purpose: "Interview and anonymised quotes", givenOn: "2021-04-20", informationSheetVersion: "1.1" });
    expect(recorded.status).toBe(200);
    expect(decode(await recorded.text())).toContain(t("en", "needsReview.consentRecorded"));
    const [given] = await getDb().select().from(consent).where(eq(consent.participantId, id));
    expect(given.withdrawnAt).toBeNull();

    // First POST: a confirmation, nothing withdrawn.
    const asked = await coordinator.post(detail, { intent: "withdraw", consentId: given.id });
    expect(asked.status).toBe(200);
    const askedHtml = decode(await asked.text());
    expect(askedHtml).toContain(t("en", "needsReview.confirmWithdrawTitle"));
    expect(askedHtml).toContain('name="confirm" value="yes"');
    // It says how many transcripts go with the consent: none, TCN-07 has not been interviewed.
    expect(askedHtml).toContain(t("en", "needsReview.confirmWithdrawTranscripts_other", { formatted: "0" }));
    expect((await getDb().select().from(consent).where(eq(consent.id, given.id)))[0].withdrawnAt).toBeNull();
    expect(await auditSince(before, "consent.withdraw")).toEqual([]);

    // Second POST with confirm=yes: withdrawn, and the audit log says so.
    const confirmed = await coordinator.post(detail, { intent: "withdraw", consentId: given.id, confirm: "yes" });
    expect(confirmed.status).toBe(200);
    const confirmedHtml = decode(await confirmed.text());
    expect(confirmedHtml).toContain(t("en", "needsReview.consentWithdrawn"));
    expect(confirmedHtml).toContain(t("en", "needsReview.transcriptsRemoved_other", { formatted: "0" }));
    const [after] = await getDb().select().from(consent).where(eq(consent.id, given.id));
    expect(after.withdrawnAt).not.toBeNull();
    expect(after.withdrawnByUserId).not.toBeNull();
    const withdrawals = await auditSince(before, "consent.withdraw");
    expect(withdrawals).toHaveLength(1);
    expect(withdrawals[0]).toMatchObject({ objectType: "consent", objectId: given.id, actorUserId: after.withdrawnByUserId, details: { transcriptsDeleted: 0 } });
    expect((await auditSince(before, "participant.create")).map((r) => r.objectId)).toEqual([id]);
    expect((await auditSince(before, "consent.record")).map((r) => r.objectId)).toEqual([given.id]);

    // Withdrawing again, or another territory's consent, is refused with a message (400).
    const again = await coordinator.post(detail, { intent: "withdraw", consentId: given.id, confirm: "yes" });
    expect(again.status).toBe(400);
    expect(decode(await again.text())).toContain(t("en", "needsReview.withdrawFailed"));
    const [ravennaConsent] = await getDb().select({ id: consent.id }).from(consent).where(eq(consent.participantId, await participantId("ravenna", "TCN-01")));
    const foreign = await coordinator.post(detail, { intent: "withdraw", consentId: ravennaConsent.id, confirm: "yes" });
    expect(foreign.status).toBe(400);
    expect((await getDb().select().from(consent).where(eq(consent.id, ravennaConsent.id)))[0].withdrawnAt).toBeNull();
  });

  it("records a new participant's consent in the same step, checks both together (400 keeps everything) and has one organisation field", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const form = decode(await (await partner.get(LIST)).text());
    expect(form.match(/name="organisation"/g)).toHaveLength(1);
    expect(form).not.toContain('name="department"');
    expect(form).toContain('name="withConsent"');

    const before = await participantCount();
    const fields = { pseudonym: "TCN-87", targetGroup: "third_country_national", organisation: "Sprachcafé (erfunden)", languages: "ar, de", withConsent: "yes" };
    const bad = await partner.post("/de/t/offenbach/needs-review/participants", { ...fields, purpose: "", givenOn: "2999-01-01", informationSheetVersion: "1.0" });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(fieldError(html, "purpose")).toBe(t("de", "errors.nameTooShort"));
    expect(fieldError(html, "givenOn")).toBe(t("de", "errors.dateInFuture"));
    expect(inputValue(html, "pseudonym")).toBe("TCN-87");
    expect(inputValue(html, "organisation")).toBe("Sprachcafé (erfunden)");
    expect(await participantCount()).toBe(before);

    const audited = await lastAuditId();
    const created = await partner.post("/de/t/offenbach/needs-review/participants", { ...fields, purpose: "Interview und anonymisierte Zitate", givenOn: "2025-03-02", informationSheetVersion: "1.1" });
    expect(created.status).toBe(200);
    expect(decode(await created.text())).toContain(t("de", "needsReview.participantAddedWithConsent", { pseudonym: "TCN-87" }));
    const id = await participantId("offenbach", "TCN-87");
    const [stored] = await getDb().select().from(participant).where(eq(participant.id, id));
    expect(stored).toMatchObject({ organisation: "Sprachcafé (erfunden)", department: null });
    const consents = await getDb().select().from(consent).where(eq(consent.participantId, id));
    expect(consents.map((c) => [c.purpose, c.givenOn, c.informationSheetVersion, c.withdrawnAt])).toEqual([["Interview und anonymisierte Zitate", "2025-03-02", "1.1", null]]);
    expect((await auditSince(audited, "participant.create")).length).toBe(1);
    expect((await auditSince(audited, "consent.record")).length).toBe(1);

    // Without the tick, the consent fields are ignored: she is registered without one.
    const plain = await partner.post(LIST, { pseudonym: "TCN-88", targetGroup: "third_country_national", languages: "fr", purpose: "ignored", givenOn: "", informationSheetVersion: "" });
    expect(plain.status).toBe(200);
    expect(await getDb().select().from(consent).where(eq(consent.participantId, await participantId("offenbach", "TCN-88")))).toEqual([]);
  });

  it("shows an empty Needs Review where to start: the steps in order, with links", async () => {
    const admin = await signedIn("admin@eccipa.example");
    const created = await admin.post("/en/p/eccipa/territories/new", { name_de: "Kreis Anfangsstadt", countryCode: "DE", "languages[]": ["de"] });
    expect(created.status).toBe(302);
    const page = decode(await (await admin.get("/de/t/kreis-anfangsstadt/needs-review")).text());
    expect(page).toContain(`<h2 id="getting-started-heading">${t("de", "needsReview.start.heading")}</h2>`);
    const base = "/de/t/kreis-anfangsstadt/needs-review";
    const steps = [...page.matchAll(/<li><a href="([^"]+)"[^>]*>([^<]+)<\/a> – /g)].map((m) => [m[1], m[2]]);
    expect(steps).toEqual([
      [`${base}/sources`, t("de", "needsReview.start.steps.sources.link")],
      [`${base}/participants`, t("de", "needsReview.start.steps.participants.link")],
      [`${base}/interviews/new`, t("de", "needsReview.start.steps.interviews.link")],
      [`${base}/interviews`, t("de", "needsReview.start.steps.pseudonymise.link")],
      [`${base}/codebook`, t("de", "needsReview.start.steps.codebook.link")],
      [`${base}/interviews`, t("de", "needsReview.start.steps.coding.link")],
      [`${base}/findings`, t("de", "needsReview.start.steps.findings.link")],
      [`${base}/focus-groups`, t("de", "needsReview.start.steps.focusGroups.link")],
      [`${base}/report`, t("de", "needsReview.start.steps.report.link")],
    ]);
    // A Needs Review under way does not repeat it.
    const offenbach = decode(await (await admin.get("/de/t/offenbach/needs-review")).text());
    expect(offenbach).not.toContain(`id="getting-started-heading"`);
  });
});
