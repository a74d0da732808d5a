// Editing and erasing Needs Review participants. Refusals (302/404/403/400) before the happy
// paths; identity only for the coordinator; the erasure takes identity, consents, interview links
// and the transcripts of her interviews, in one step, audited, and never writes her name to the log.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { consent, interview, interviewParticipant, participant, participantIdentity, transcript } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, auditTextSince, lastAuditId } from "../support/audit";
import { participantId } from "../support/needs-review";
import { decode, fieldError, inputValue, LANGS, selectedOption, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const LIST = "/en/t/offenbach/needs-review/participants";
// Demo data: Offenbach's TCN-01 has an (invented) identity, a consent and an interview with a transcript.
const OFFENBACH_IDENTITY = { realName: "Kofi Mensah (erfunden)", contact: "kofi.mensah@beispiel.example" };
const RAVENNA_REAL_NAME = "Samira Benali (inventata)";
const VALID = { pseudonym: "CS-11", targetGroup: "civil_servant", organisation: "Bürgerbüro", ageBand: "45_54", gender: "", regionOfOrigin: "", languages: "de, en" };

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);
const editPath = async (pseudonym: string, lang = "en") => `/${lang}/t/offenbach/needs-review/participants/${await participantId("offenbach", pseudonym)}/edit`;

async function storedParticipant(id: string) {
  const [row] = await getDb().select().from(participant).where(eq(participant.id, id));
  return row;
}

async function storedIdentity(id: string) {
  const [row] = await getDb().select().from(participantIdentity).where(eq(participantIdentity.participantId, id));
  return row;
}

describe("editing and erasing participants", () => {
  it("sends a visitor to sign in (302), on GET and POST", async () => {
    const path = await editPath("TCN-01");
    const visitor = new TestClient(app);
    const response = await visitor.get(path);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    expect((await visitor.post(path, { intent: "delete", confirm: "yes" })).status).toBe(302);
  });

  it("answers 404 for another territory's participant, an unknown id and a malformed one, showing none of her data", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const ravennaId = await participantId("ravenna", "TCN-01");
    const before = await lastAuditId();
    for (const id of [ravennaId, "00000000-0000-4000-8000-000000000000", "not-a-uuid", "'%20OR%201=1"]) {
      const path = `/es/t/offenbach/needs-review/participants/${id}/edit`;
      const response = await coordinator.get(path);
      expect(response.status, path).toBe(404);
      const html = decode(await response.text());
      expect(html).toContain(t("es", "errorPage.kinds.notFound.title"));
      expect(html).not.toContain(RAVENNA_REAL_NAME);
      expect((await coordinator.post(path, { ...VALID, pseudonym: "TCN-66" })).status, `update ${path}`).toBe(404);
      expect((await coordinator.post(path, { intent: "delete" })).status, `ask ${path}`).toBe(404);
    }
    const confirmed = await coordinator.post(`/es/t/offenbach/needs-review/participants/${ravennaId}/edit`, { intent: "delete", confirm: "yes" });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe("/es/t/offenbach/needs-review/participants?deleted=0");
    expect((await storedParticipant(ravennaId)).pseudonym).toBe("TCN-01");
    expect((await storedIdentity(ravennaId)).realName).toBe(RAVENNA_REAL_NAME);
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(await editPath("TCN-01"))).status).toBe(404);
    expect((await ravenna.post(await editPath("TCN-01"), { intent: "delete", confirm: "yes" })).status).toBe(404);
    expect(await auditSince(before, "participant.read")).toEqual([]);
    expect(await auditSince(before, "participant.update")).toEqual([]);
    expect(await auditSince(before, "participant.delete")).toEqual([]);
  });

  it("refuses trainers, trainees and committee members (403), without showing the pseudonym or identity", async () => {
    const path = await editPath("TCN-01");
    const id = await participantId("offenbach", "TCN-01");
    for (const email of ["trainer.offenbach@eccipa.example", "trainee.offenbach@eccipa.example", "committee.offenbach@eccipa.example"]) {
      const client = await signedIn(email);
      const page = await client.get(path);
      expect(page.status, email).toBe(403);
      const html = decode(await page.text());
      expect(html).toContain(t("en", "errorPage.kinds.forbidden.title"));
      expect(html).not.toContain(OFFENBACH_IDENTITY.realName);
      expect(html).not.toContain("TCN-01");
      expect((await client.post(path, VALID)).status, email).toBe(403);
      expect((await client.post(path, { intent: "delete", confirm: "yes" })).status, email).toBe(403);
    }
    expect((await storedParticipant(id)).pseudonym).toBe("TCN-01");
  });

  it("answers invalid input with 400, translated errors and the typed values kept, in each language", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await participantId("offenbach", "CS-01");
    for (const lang of LANGS) {
      const response = await partner.post(await editPath("CS-01", lang), { pseudonym: "Frau Yilmaz", targetGroup: "", organisation: "Jobcenter", ageBand: "old", languages: "tr, de" });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "pseudonym"), lang).toBe(t(lang, "errors.pseudonym"));
      expect(fieldError(html, "targetGroup"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "ageBand"), lang).toBe(t(lang, "errors.choose"));
      expect(inputValue(html, "pseudonym"), lang).toBe("Frau Yilmaz");
      expect(inputValue(html, "organisation"), lang).toBe("Jobcenter");
      expect(inputValue(html, "languages"), lang).toBe("tr, de");
    }
    expect(await storedParticipant(id)).toMatchObject({ pseudonym: "CS-01", organisation: "Ausländerbehörde" });
  });

  it("refuses a pseudonym another participant of the territory has (400, field error), but keeps her own", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await participantId("offenbach", "CS-01");
    const before = await lastAuditId();
    const taken = await partner.post(await editPath("CS-01", "de"), { ...VALID, pseudonym: "tcn-01" });
    expect(taken.status).toBe(400);
    const html = await taken.text();
    expect(fieldError(html, "pseudonym")).toBe(t("de", "errors.pseudonymTaken"));
    expect(inputValue(html, "pseudonym")).toBe("tcn-01");
    expect(inputValue(html, "organisation")).toBe(VALID.organisation);
    expect((await storedParticipant(id)).pseudonym).toBe("CS-01");
    expect(await auditSince(before, "participant.update")).toEqual([]);
    // Her own pseudonym (in any case) is not a duplicate; TCN-02 exists only in Ravenna, so it is free here.
    expect((await partner.post(await editPath("CS-01"), { ...VALID, pseudonym: "cs-01" })).status).toBe(302);
    expect((await partner.post(await editPath("CS-01"), { ...VALID, pseudonym: "TCN-02" })).status).toBe(302);
    expect((await storedParticipant(id)).pseudonym).toBe("TCN-02");
  });

  it("lets a technical partner edit the attributes (302) without ever seeing or touching the identity; a forged identity is refused (403)", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await participantId("offenbach", "TCN-01");
    const path = await editPath("TCN-01");
    const page = await partner.get(path);
    expect(page.status).toBe(200);
    const html = decode(await page.text());
    expect(inputValue(html, "pseudonym")).toBe("TCN-01");
    expect(selectedOption(html, "targetGroup")).toBe("third_country_national");
    expect(inputValue(html, "languages")).toBe("fr, de");
    expect(html).not.toContain('name="realName"');
    expect(html).not.toContain(OFFENBACH_IDENTITY.realName);
    expect(html).not.toContain(OFFENBACH_IDENTITY.contact);

    const forged = await partner.post(path, { pseudonym: "TCN-01", targetGroup: "third_country_national", languages: "fr", realName: "Forged Name" });
    expect(forged.status).toBe(403);
    expect(await storedIdentity(id)).toMatchObject(OFFENBACH_IDENTITY);

    const before = await lastAuditId();
    const saved = await partner.post(path, { pseudonym: "TCN-01", targetGroup: "third_country_national", ageBand: "25_34", gender: "male", regionOfOrigin: "Westafrika", languages: "fr, de, en", department: "" });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`${LIST}/${id}?saved=1`);
    expect((await storedParticipant(id)).languages).toEqual(["fr", "de", "en"]);
    expect(await storedIdentity(id)).toMatchObject(OFFENBACH_IDENTITY);
    const [update] = await auditSince(before, "participant.update");
    expect(update).toMatchObject({ objectType: "participant", objectId: id, details: { changed: ["languages"] } });
    const detail = decode(await (await partner.get(saved.headers.get("location")!)).text());
    expect(detail).toContain(t("en", "needsReview.participantSaved"));
    expect(detail).toContain(`href="${LIST}/${id}/edit"`);
  });

  it("records a stakeholder's organisation, shows it on her page and names the field in the log", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const created = await partner.post(LIST, { pseudonym: "ST-31", targetGroup: "stakeholder", organisation: "Verein für Nachbarschaftshilfe (erfunden)", languages: "de" });
    expect(created.status).toBe(200);
    const id = await participantId("offenbach", "ST-31");
    expect((await storedParticipant(id)).organisation).toBe("Verein für Nachbarschaftshilfe (erfunden)");
    const path = await editPath("ST-31");
    expect(inputValue(decode(await (await partner.get(path)).text()), "organisation")).toBe("Verein für Nachbarschaftshilfe (erfunden)");
    const before = await lastAuditId();
    const saved = await partner.post(path, { pseudonym: "ST-31", targetGroup: "stakeholder", organisation: "Caritas-Beratungsstelle (erfunden)", languages: "de" });
    expect(saved.status).toBe(302);
    expect((await storedParticipant(id)).organisation).toBe("Caritas-Beratungsstelle (erfunden)");
    const [update] = await auditSince(before, "participant.update");
    expect(update.details).toMatchObject({ changed: ["organisation"] });
    expect(decode(await (await partner.get(`${LIST}/${id}`)).text())).toContain("Caritas-Beratungsstelle (erfunden)");
  });

  it("lets the coordinator correct and remove the identity, naming the fields changed in the log but never the name", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const id = await participantId("offenbach", "NGO-01");
    const path = await editPath("NGO-01");
    const base = { pseudonym: "NGO-01", targetGroup: "stakeholder", department: "Migrantenverein (Beispiel)", languages: "de, tr" };
    const before = await lastAuditId();

    const added = await coordinator.post(path, { ...base, realName: "Invented Contact Person", contact: "+49 000 0000011" });
    expect(added.status).toBe(302);
    expect(await storedIdentity(id)).toMatchObject({ realName: "Invented Contact Person", contact: "+49 000 0000011" });
    const page = decode(await (await coordinator.get(path)).text());
    expect(inputValue(page, "realName")).toBe("Invented Contact Person");

    expect((await coordinator.post(path, { ...base, realName: "Invented Contact Person Corrected", contact: "+49 000 0000011" })).status).toBe(302);
    expect((await storedIdentity(id)).realName).toBe("Invented Contact Person Corrected");
    // Both fields emptied: the identity is removed.
    expect((await coordinator.post(path, { ...base, realName: "", contact: "" })).status).toBe(302);
    expect(await storedIdentity(id)).toBeUndefined();

    const updates = await auditSince(before, "participant.update");
    expect(updates.map((u) => u.details)).toEqual([{ changed: ["realName", "contact"] }, { changed: ["realName"] }, { changed: ["realName", "contact"] }]);
    const log = await auditTextSince(before);
    expect(log).not.toContain("Invented Contact Person");
    expect(log).not.toContain("0000011");
  });

  it("erases a participant after a confirmation that says what goes: identity, consents, interview links and transcripts, all audited", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const id = await participantId("offenbach", "TCN-01");
    const path = await editPath("TCN-01", "de");
    const [link] = await getDb().select().from(interviewParticipant).where(eq(interviewParticipant.participantId, id));
    const [doomed] = await getDb().select().from(transcript).where(eq(transcript.interviewId, link.interviewId));
    expect(doomed).toBeDefined();
    const before = await lastAuditId();

    const asked = await coordinator.post(path, { intent: "delete" });
    expect(asked.status).toBe(200);
    const askedHtml = decode(await asked.text());
    expect(askedHtml).toContain(t("de", "needsReview.confirmDeleteParticipantTitle", { pseudonym: "TCN-01" }));
    expect(askedHtml).toContain(t("de", "needsReview.erasureIdentity"));
    expect(askedHtml).toContain(t("de", "needsReview.erasureConsents_one", { formatted: "1" }));
    expect(askedHtml).toContain(t("de", "needsReview.erasureInterviews_one", { formatted: "1" }));
    expect(askedHtml).toContain(t("de", "needsReview.erasureTranscripts_one", { formatted: "1" }));
    expect(askedHtml).toContain('name="confirm" value="yes"');
    expect(await storedParticipant(id)).toBeDefined();
    expect(await auditSince(before, "participant.delete")).toEqual([]);

    const confirmed = await coordinator.post(path, { intent: "delete", confirm: "yes" });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe("/de/t/offenbach/needs-review/participants?deleted=1&transcripts=1");
    expect(await storedParticipant(id)).toBeUndefined();
    expect(await storedIdentity(id)).toBeUndefined();
    expect(await getDb().select().from(consent).where(eq(consent.participantId, id))).toEqual([]);
    expect(await getDb().select().from(interviewParticipant).where(eq(interviewParticipant.participantId, id))).toEqual([]);
    expect(await getDb().select().from(transcript).where(eq(transcript.id, doomed.id))).toEqual([]);
    // The interview itself stays.
    const [{ n }] = await getDb().select({ n: count() }).from(interview).where(eq(interview.id, link.interviewId));
    expect(n).toBe(1);

    const [erasure] = await auditSince(before, "participant.delete");
    expect(erasure).toMatchObject({
      objectType: "participant",
      objectId: id,
      details: { targetGroup: "third_country_national", identityDeleted: true, consentsDeleted: 1, interviewsUnlinked: 1, transcriptsDeleted: 1 },
    });
    const deletions = await auditSince(before, "transcript.delete");
    expect(deletions).toHaveLength(1);
    expect(deletions[0]).toMatchObject({ objectId: doomed.id, details: { interviewId: link.interviewId, participantId: id, reason: "participant_deleted" } });
    const log = await auditTextSince(before);
    expect(log).not.toContain(OFFENBACH_IDENTITY.realName);
    expect(log).not.toContain(OFFENBACH_IDENTITY.contact);

    const list = decode(await (await coordinator.get(confirmed.headers.get("location")!)).text());
    expect(list).toContain(t("de", "needsReview.participantDeleted"));
    expect(list).toContain(t("de", "needsReview.transcriptsRemoved_one", { formatted: "1" }));
    expect(list).not.toContain(`/participants/${id}`);

    // A second click finds nothing: the list says so; the stale form answers 404.
    const again = await coordinator.post(path, { intent: "delete", confirm: "yes" });
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe("/de/t/offenbach/needs-review/participants?deleted=0");
    expect(await auditSince(before, "participant.delete")).toHaveLength(1);
    expect((await coordinator.get(path)).status).toBe(404);
    expect((await coordinator.post(path, { pseudonym: "TCN-01", targetGroup: "third_country_national", languages: "fr" })).status).toBe(404);
  });
});
