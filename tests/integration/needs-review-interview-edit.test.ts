// Editing and deleting Needs Review interviews. Refusals (302/404/403/400) before the happy paths;
// the consent gate on newcomers to an interview with a transcript; deletion takes the transcript.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { interview, interviewParticipant, participant, transcript } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { interviewOf, participantId, userId } from "../support/needs-review";
import { checkedValues, decode, fieldError, inputValue, LANGS, selectedOption, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/needs-review/interviews";
// Demo data: Ravenna's invented interview with TCN-02 (in English) and a line of its transcript.
const RAVENNA_LINE = "Only a volunteer at the harbour chaplaincy, never the offices themselves.";
const RAVENNA_NOTES = "Invented demo interview, in English at the participant's request, about the harbour workers' permits.";

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);

async function storedInterview(id: string) {
  const [row] = await getDb().select().from(interview).where(eq(interview.id, id));
  return row;
}

async function pseudonymsOf(interviewId: string): Promise<string[]> {
  const rows = await getDb()
    .select({ pseudonym: participant.pseudonym })
    .from(interviewParticipant)
    .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
    .where(eq(interviewParticipant.interviewId, interviewId));
  return rows.map((r) => r.pseudonym).sort();
}

async function transcriptOf(interviewId: string) {
  const [row] = await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId));
  return row;
}

/** The fields of the edit form for the demo interview of CS-01, changed as given. */
async function formFor(changes: Record<string, string | string[]> = {}) {
  return {
    conductedOn: "2021-04-12",
    interviewerUserId: await userId("partner.offenbach@eccipa.example"),
    language: "de",
    "participantIds[]": [await participantId("offenbach", "CS-01")],
    notes: "Erfundenes Demo-Interview. Im Besprechungsraum der Behörde, 40 Minuten.",
    ...changes,
  };
}

describe("editing and deleting interviews", () => {
  it("sends a visitor to sign in (302), on GET and POST", async () => {
    const path = `${BASE}/${await interviewOf("offenbach", "CS-01")}/edit`;
    const visitor = new TestClient(app);
    const response = await visitor.get(path);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    expect((await visitor.post(path, { intent: "delete", confirm: "yes" })).status).toBe(302);
  });

  it("answers 404 for another territory's interview, an unknown id and a malformed one, showing neither notes nor transcript", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const ravennaId = await interviewOf("ravenna", "TCN-02");
    const before = await lastAuditId();
    for (const id of [ravennaId, "00000000-0000-4000-8000-000000000000", "not-a-uuid", "'%20OR%201=1"]) {
      const path = `/it/t/offenbach/needs-review/interviews/${id}/edit`;
      const response = await coordinator.get(path);
      expect(response.status, path).toBe(404);
      const html = decode(await response.text());
      expect(html).toContain(t("it", "errorPage.kinds.notFound.title"));
      expect(html).not.toContain(RAVENNA_NOTES);
      expect(html).not.toContain(RAVENNA_LINE);
      expect((await coordinator.post(path, await formFor())).status, `update ${path}`).toBe(404);
      expect((await coordinator.post(path, { intent: "delete" })).status, `ask ${path}`).toBe(404);
    }
    const confirmed = await coordinator.post(`/it/t/offenbach/needs-review/interviews/${ravennaId}/edit`, { intent: "delete", confirm: "yes" });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe("/it/t/offenbach/needs-review/interviews?deleted=0");
    expect((await transcriptOf(ravennaId)).text).toContain(RAVENNA_LINE);
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const offenbachPath = `${BASE}/${await interviewOf("offenbach", "CS-01")}/edit`;
    expect((await ravenna.get(offenbachPath)).status).toBe(404);
    expect((await ravenna.post(offenbachPath, { intent: "delete", confirm: "yes" })).status).toBe(404);
    expect(await auditSince(before, "interview.update")).toEqual([]);
    expect(await auditSince(before, "interview.delete")).toEqual([]);
  });

  it("refuses trainers, trainees and committee members (403), showing neither notes nor pseudonyms", async () => {
    const id = await interviewOf("offenbach", "CS-01");
    const path = `${BASE}/${id}/edit`;
    for (const email of ["trainer.offenbach@eccipa.example", "trainee.offenbach@eccipa.example", "committee.offenbach@eccipa.example"]) {
      const client = await signedIn(email);
      const page = await client.get(path);
      expect(page.status, email).toBe(403);
      const html = decode(await page.text());
      expect(html).not.toContain("Im Besprechungsraum der Behörde");
      expect(html).not.toContain("CS-01");
      expect((await client.post(path, await formFor({ notes: "Überschrieben" }))).status, email).toBe(403);
      expect((await client.post(path, { intent: "delete", confirm: "yes" })).status, email).toBe(403);
    }
    expect((await storedInterview(id)).notes).toContain("Im Besprechungsraum");
  });

  it("answers invalid input with 400, translated errors and the typed values kept, in each language", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await interviewOf("offenbach", "CS-01");
    for (const lang of LANGS) {
      const response = await partner.post(`/${lang}/t/offenbach/needs-review/interviews/${id}/edit`, { conductedOn: "2999-01-01", interviewerUserId: "", language: "Deutsch", notes: "Notiz bleibt" });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "conductedOn"), lang).toBe(t(lang, "errors.dateInFuture"));
      expect(fieldError(html, "interviewerUserId"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "language"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "participantIds[]"), lang).toBe(t(lang, "errors.participantsRequired"));
      expect(decode(html)).toContain("Notiz bleibt");
    }
    // Another territory's interviewer and participant are field errors too.
    const forged = await partner.post(`${BASE}/${id}/edit`, await formFor({
      interviewerUserId: await userId("coordinator.ravenna@eccipa.example"),
      "participantIds[]": [await participantId("offenbach", "CS-01"), await participantId("ravenna", "TCN-01")],
    }));
    expect(forged.status).toBe(400);
    const html = await forged.text();
    expect(fieldError(html, "interviewerUserId")).toBe(t("en", "errors.interviewerNotMember"));
    expect(fieldError(html, "participantIds[]")).toBe(t("en", "errors.participantUnknown"));
    expect(await pseudonymsOf(id)).toEqual(["CS-01"]);
    expect((await storedInterview(id)).language).toBe("de");
  });

  it("refuses to add a participant without consent to an interview with a transcript (400), and lets her in once she consents", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await interviewOf("offenbach", "CS-01");
    expect(await transcriptOf(id)).toBeDefined();
    expect((await partner.post("/en/t/offenbach/needs-review/participants", { pseudonym: "CS-09", targetGroup: "civil_servant" })).status).toBe(200);
    const newcomer = await participantId("offenbach", "CS-09");
    const path = `/es/t/offenbach/needs-review/interviews/${id}/edit`;
    const page = decode(await (await partner.get(path)).text());
    expect(page).toContain(t("es", "needsReview.interviewParticipantsHintTranscript"));
    expect(checkedValues(page, "participantIds[]")).toEqual([await participantId("offenbach", "CS-01")]);
    const before = await lastAuditId();

    const fields = await formFor({ "participantIds[]": [await participantId("offenbach", "CS-01"), newcomer], notes: "Mit Kollegin." });
    const refused = await partner.post(path, fields);
    expect(refused.status).toBe(400);
    const html = decode(await refused.text());
    expect(fieldError(html, "participantIds[]")).toBe(t("es", "errors.addedParticipantNeedsConsent"));
    expect(checkedValues(html, "participantIds[]").sort()).toEqual([...fields["participantIds[]"]].sort());
    expect(html).toContain("Mit Kollegin.");
    expect(await pseudonymsOf(id)).toEqual(["CS-01"]);
    expect((await storedInterview(id)).notes).not.toContain("Mit Kollegin.");
    expect(await auditSince(before, "interview.update")).toEqual([]);

    await partner.post(`/en/t/offenbach/needs-review/participants/${newcomer}`, { intent: "consent", purpose: "Interview", givenOn: "2021-04-10", informationSheetVersion: "1.0" });
    const accepted = await partner.post(path, fields);
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toBe(`/es/t/offenbach/needs-review/interviews/${id}?saved=1`);
    expect(await pseudonymsOf(id)).toEqual(["CS-01", "CS-09"]);
    expect(await transcriptOf(id)).toBeDefined();
    const [update] = await auditSince(before, "interview.update");
    expect(update).toMatchObject({ objectType: "interview", objectId: id, details: { changed: ["notes", "participants"], participantsAdded: [newcomer], participantsRemoved: [] } });
  });

  it("lets a participant without consent join an interview that has no transcript yet (302)", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    expect((await partner.post("/en/t/offenbach/needs-review/participants", { pseudonym: "CS-10", targetGroup: "civil_servant" })).status).toBe(200);
    const created = await partner.post(`${BASE}/new`, await formFor({ conductedOn: "2021-06-01", notes: "Ohne Transkript." }));
    expect(created.status).toBe(302);
    const id = created.headers.get("location")!.split("/").pop()!;
    const saved = await partner.post(`${BASE}/${id}/edit`, await formFor({ conductedOn: "2021-06-01", "participantIds[]": [await participantId("offenbach", "CS-10")] }));
    expect(saved.status).toBe(302);
    expect(await pseudonymsOf(id)).toEqual(["CS-10"]);
  });

  it("never leaves a transcript beside a participant without consent when an edit and a transcript save run at the same time", async () => {
    const [partner, coordinator] = await Promise.all([signedIn("partner.offenbach@eccipa.example"), signedIn("coordinator.offenbach@eccipa.example")]);
    expect((await partner.post("/en/t/offenbach/needs-review/participants", { pseudonym: "CS-12", targetGroup: "civil_servant" })).status).toBe(200);
    const created = await partner.post(`${BASE}/new`, await formFor({ conductedOn: "2021-06-02", notes: "Gleichzeitig." }));
    expect(created.status).toBe(302);
    const id = created.headers.get("location")!.split("/").pop()!;
    const [edited, saved] = await Promise.all([
      partner.post(`${BASE}/${id}/edit`, await formFor({ conductedOn: "2021-06-02", "participantIds[]": [await participantId("offenbach", "CS-01"), await participantId("offenbach", "CS-12")] })),
      coordinator.post(`${BASE}/${id}`, { intent: "transcript", text: "I: Gleichzeitig?\nCS-01: Ja." }),
    ]);
    expect([302, 400]).toContain(edited.status);
    expect([200, 400]).toContain(saved.status);
    const hasTranscript = (await transcriptOf(id)) !== undefined;
    const joined = (await pseudonymsOf(id)).includes("CS-12");
    // Whichever went first, the other was refused: never both, and never neither.
    expect({ hasTranscript, joined }).not.toEqual({ hasTranscript: true, joined: true });
    expect(hasTranscript || joined).toBe(true);
  });

  it("shows the stored values (200), saves changed details (302 to the interview, which says so) and audits what changed", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const id = await interviewOf("offenbach", "NGO-01");
    const path = `${BASE}/${id}/edit`;
    const detail = decode(await (await coordinator.get(`${BASE}/${id}`)).text());
    expect(detail).toContain(`href="${path}"`);
    const page = await coordinator.get(path);
    expect(page.status).toBe(200);
    const html = decode(await page.text());
    expect(inputValue(html, "conductedOn")).toBe("2021-05-03");
    expect(selectedOption(html, "language")).toBe("en");
    expect(selectedOption(html, "interviewerUserId")).toBe(await userId("partner.offenbach@eccipa.example"));
    expect(checkedValues(html, "participantIds[]")).toEqual([await participantId("offenbach", "NGO-01")]);
    expect(html).toContain("held in English at the association");

    const before = await lastAuditId();
    const saved = await coordinator.post(path, {
      conductedOn: "2021-05-04",
      interviewerUserId: await userId("coordinator.offenbach@eccipa.example"),
      language: "TR",
      "participantIds[]": [await participantId("offenbach", "NGO-01")],
      notes: "Corrected: held in Turkish and English.",
    });
    expect(saved.status).toBe(302);
    expect(await storedInterview(id)).toMatchObject({ conductedOn: "2021-05-04", language: "tr", notes: "Corrected: held in Turkish and English." });
    const [update] = await auditSince(before, "interview.update");
    expect(update.details).toEqual({ changed: ["conductedOn", "interviewerUserId", "language", "notes"], participantsAdded: [], participantsRemoved: [] });
    const after = decode(await (await coordinator.get(saved.headers.get("location")!)).text());
    expect(after).toContain(t("en", "needsReview.interviewSaved"));
    expect(after).toContain("Corrected: held in Turkish and English.");
  });

  it("deletes an interview with its transcript after a confirmation, audits both, and answers a second delete with a notice", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const id = await interviewOf("offenbach", "TCN-01");
    const doomed = await transcriptOf(id);
    const path = `/de/t/offenbach/needs-review/interviews/${id}/edit`;
    const before = await lastAuditId();

    const asked = await coordinator.post(path, { intent: "delete" });
    expect(asked.status).toBe(200);
    const askedHtml = decode(await asked.text());
    expect(askedHtml).toContain(t("de", "needsReview.confirmDeleteInterviewTranscript"));
    expect(askedHtml).toContain('name="confirm" value="yes"');
    expect(await storedInterview(id)).toBeDefined();
    expect(await auditSince(before, "interview.delete")).toEqual([]);

    const confirmed = await coordinator.post(path, { intent: "delete", confirm: "yes" });
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe("/de/t/offenbach/needs-review/interviews?deleted=1&transcripts=1");
    expect(await storedInterview(id)).toBeUndefined();
    expect(await transcriptOf(id)).toBeUndefined();
    expect(await getDb().select().from(interviewParticipant).where(eq(interviewParticipant.interviewId, id))).toEqual([]);
    const tcn = await participantId("offenbach", "TCN-01"); // the participant stays
    const [deletion] = await auditSince(before, "interview.delete");
    expect(deletion).toMatchObject({ objectType: "interview", objectId: id, details: { conductedOn: "2021-04-20", participantIds: [tcn], transcriptDeleted: true } });
    const [transcriptDeletion] = await auditSince(before, "transcript.delete");
    expect(transcriptDeletion).toMatchObject({ objectType: "transcript", objectId: doomed.id, details: { interviewId: id, reason: "interview_deleted" } });
    const list = decode(await (await coordinator.get(confirmed.headers.get("location")!)).text());
    expect(list).toContain(t("de", "needsReview.interviewDeleted"));
    expect(list).toContain(t("de", "needsReview.interviewTranscriptDeleted"));

    const again = await coordinator.post(path, { intent: "delete", confirm: "yes" });
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe("/de/t/offenbach/needs-review/interviews?deleted=0");
    expect(await auditSince(before, "interview.delete")).toHaveLength(1);
    expect((await coordinator.get(path)).status).toBe(404);
    expect((await coordinator.post(path, await formFor())).status).toBe(404);
  });
});
