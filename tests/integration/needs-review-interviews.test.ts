// Needs Review interviews and transcripts. Refusals (302/404/403/400) before the happy paths;
// the consent gate; every transcript read audited; withdrawal of consent deletes transcripts.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { consent, interview, interviewParticipant, participant, territory, transcript } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { checkedValues, decode, fieldError, inputValue, LANGS, selectedOption, t } from "../support/pages";
import { interviewOf, participantId, userId } from "../support/needs-review";
import { auditSince, lastAuditId } from "../support/audit";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/needs-review/interviews";
// Demo data: Ravenna's invented interview with TCN-02 (in English) and a line of its transcript.
const RAVENNA_LINE = "Only a volunteer at the harbour chaplaincy, never the offices themselves.";

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);


async function interviewCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(interview);
  return n;
}

async function transcriptOf(interviewId: string) {
  const [row] = await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId));
  return row;
}

describe("Needs Review interviews and transcripts", () => {
  it("labels the form's participants by whether a consent is in force", async () => {
    // A regression: the consent check in the form's query once compared the consent's own id.
    const [{ id: territoryId }] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, "offenbach"));
    await getDb().insert(participant).values({ territoryId, pseudonym: "TCN-77", targetGroup: "third_country_national" });
    try {
      const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
      const html = decode(await (await coordinator.get(`${BASE}/new`)).text());
      for (const pseudonym of ["CS-01", "NGO-01", "TCN-01"]) expect(html, pseudonym).toContain(`>${pseudonym}</label>`);
      expect(html).toContain(`>${t("en", "needsReview.pseudonymWithoutConsent", { pseudonym: "TCN-77" })}</label>`);
    } finally {
      await getDb().delete(participant).where(eq(participant.pseudonym, "TCN-77"));
    }
  });

  it("sends a visitor to sign in (302)", async () => {
    const detail = `${BASE}/${await interviewOf("offenbach", "CS-01")}`;
    for (const path of [BASE, `${BASE}/new`, detail]) {
      const response = await new TestClient(app).get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answers the same translated 404 for another territory's interview, an unknown id and a malformed one, and reads no transcript", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const before = await lastAuditId();
    const paths = [
      `/it/t/offenbach/needs-review/interviews/${await interviewOf("ravenna", "TCN-02")}`,
      "/it/t/offenbach/needs-review/interviews/00000000-0000-4000-8000-000000000000",
      "/it/t/offenbach/needs-review/interviews/not-a-uuid",
      "/it/t/offenbach/needs-review/interviews/'%20OR%201=1",
    ];
    for (const path of paths) {
      const response = await coordinator.get(path);
      expect(response.status, path).toBe(404);
      const html = decode(await response.text());
      expect(html).toContain(t("it", "errorPage.kinds.notFound.title"));
      expect(html).not.toContain(RAVENNA_LINE);
      const post = await coordinator.post(path, { intent: "transcript", text: "I: Forged?\nTCN-02: Yes." });
      expect(post.status, `POST ${path}`).toBe(404);
    }
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(BASE)).status).toBe(404);
    expect((await ravenna.get(`${BASE}/${await interviewOf("offenbach", "TCN-01")}`)).status).toBe(404);
    expect(await auditSince(before, "transcript.read")).toEqual([]);
    expect(await auditSince(before, "transcript.save")).toEqual([]);
    expect((await transcriptOf(await interviewOf("ravenna", "TCN-02"))).text).toContain(RAVENNA_LINE);
  });

  it("refuses trainers, trainees and committee members (403) on the list, the form, the detail and the transcript", async () => {
    const interviewId = await interviewOf("offenbach", "TCN-01");
    const detail = `${BASE}/${interviewId}`;
    const before = await lastAuditId();
    const interviews = await interviewCount();
    for (const email of ["trainer.offenbach@eccipa.example", "trainee.offenbach@eccipa.example", "committee.offenbach@eccipa.example"]) {
      const client = await signedIn(email);
      expect((await client.get(BASE)).status, email).toBe(403);
      expect((await client.get(`${BASE}/new`)).status, email).toBe(403);
      const shown = await client.get(detail);
      expect(shown.status, email).toBe(403);
      expect(decode(await shown.text())).not.toContain("drei Monate auf den Termin");
      const participants = [await participantId("offenbach", "CS-01")];
      expect((await client.post(`${BASE}/new`, { conductedOn: "2021-04-01", interviewerUserId: "x", language: "de", "participantIds[]": participants })).status, email).toBe(403);
      expect((await client.post(detail, { intent: "transcript", text: "I: Nein." })).status, email).toBe(403);
    }
    expect(await auditSince(before, "transcript.read")).toEqual([]);
    expect(await interviewCount()).toBe(interviews);
    expect((await transcriptOf(interviewId)).version).toBe(1);
  });

  it("answers invalid interviews with 400 and translated errors, keeping what was typed, in each language", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await interviewCount();
    for (const lang of LANGS) {
      const response = await partner.post(`/${lang}/t/offenbach/needs-review/interviews/new`, { conductedOn: "2999-01-01", interviewerUserId: "", language: "Deutsch", notes: "Notiz bleibt" });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "conductedOn"), lang).toBe(t(lang, "errors.dateInFuture"));
      expect(fieldError(html, "interviewerUserId"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "language"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "participantIds[]"), lang).toBe(t(lang, "errors.participantsRequired"));
      expect(decode(html)).toContain("Notiz bleibt");
    }
    expect(await interviewCount()).toBe(before);
  });

  it("offers the interview language as a list of names in the page language, the territory's languages first and chosen", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    for (const [lang, first] of [["de", "Deutsch"], ["it", "tedesco"], ["es", "alemán"], ["en", "German"]] as const) {
      const html = decode(await (await partner.get(`/${lang}/t/offenbach/needs-review/interviews/new`)).text());
      const select = html.match(/<select[^>]*name="language"[^>]*>([\s\S]*?)<\/select>/)?.[1] ?? "";
      const options = [...select.matchAll(/<option[^>]*value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
      expect(options[0], lang).toEqual(["de", first]);
      expect(options.length, lang).toBeGreaterThan(100);
      expect(options.some(([code, name]) => code === "ti" && name !== "ti"), lang).toBe(true);
      expect(selectedOption(html, "language"), lang).toBe("de");
    }
  });

  it("refuses another territory's interviewer and forged participant ids as field errors (400), never a 500", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await interviewCount();
    const own = await participantId("offenbach", "CS-01");
    for (const forged of [await participantId("ravenna", "TCN-01"), "not-a-uuid", "00000000-0000-4000-8000-000000000000", "x".repeat(500)]) {
      const response = await partner.post("/de/t/offenbach/needs-review/interviews/new", {
        conductedOn: "2021-04-01",
        interviewerUserId: await userId("coordinator.ravenna@eccipa.example"),
        language: "de",
        "participantIds[]": [own, forged],
      });
      expect(response.status, forged).toBe(400);
      const html = await response.text();
      // An over-long value fails the form schema first (the membership checks then do not run).
      const tooLong = forged.length > 100;
      expect(fieldError(html, "interviewerUserId")).toBe(tooLong ? undefined : t("de", "errors.interviewerNotMember"));
      expect(fieldError(html, "participantIds[]")).toBe(tooLong ? t("de", "errors.invalid") : t("de", "errors.participantUnknown"));
      expect(checkedValues(html, "participantIds[]")).toEqual([own]);
    }
    expect(await interviewCount()).toBe(before);
  });

  it("refuses a transcript while a participant has no consent in force (400, translated), storing nothing", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    expect((await partner.post("/en/t/offenbach/needs-review/participants", { pseudonym: "CS-09", targetGroup: "civil_servant" })).status).toBe(200);
    const created = await partner.post(`${BASE}/new`, {
      conductedOn: "2021-05-20",
      interviewerUserId: await userId("partner.offenbach@eccipa.example"),
      language: "de",
      "participantIds[]": [await participantId("offenbach", "CS-01"), await participantId("offenbach", "CS-09")],
    });
    expect(created.status).toBe(302);
    const detail = created.headers.get("location")!;
    const interviewId = detail.split("/").pop()!;
    for (const lang of ["de", "es"] as const) {
      const response = await partner.post(detail.replace("/en/", `/${lang}/`), { intent: "transcript", text: "I: Guten Tag.\nCS-09: Guten Tag." });
      expect(response.status, lang).toBe(400);
      const html = decode(await response.text());
      expect(fieldError(html, "text"), lang).toBe(t(lang, "errors.transcriptNeedsConsent"));
      expect(html).toContain("CS-09: Guten Tag.");
    }
    expect(await transcriptOf(interviewId)).toBeUndefined();
    // Once CS-09 consents, the same text is stored.
    await partner.post(`/en/t/offenbach/needs-review/participants/${await participantId("offenbach", "CS-09")}`, { intent: "consent", purpose: "Interview", givenOn: "2021-05-19", informationSheetVersion: "1.0" });
    expect((await partner.post(detail, { intent: "transcript", text: "I: Guten Tag.\nCS-09: Guten Tag." })).status).toBe(200);
    expect((await transcriptOf(interviewId)).text).toBe("I: Guten Tag.\nCS-09: Guten Tag.");
  });

  it("records an interview and its transcript (200), stored as NFC with LF, versioned, and audits every read", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await lastAuditId();
    const created = await partner.post(`${BASE}/new`, {
      conductedOn: "2021-05-21",
      interviewerUserId: await userId("coordinator.offenbach@eccipa.example"),
      language: "TR",
      "participantIds[]": [await participantId("offenbach", "TCN-01"), await participantId("offenbach", "CS-01")],
      notes: "Mit Dolmetscherin.",
    });
    expect(created.status).toBe(302);
    const detail = created.headers.get("location")!;
    expect(detail).toMatch(/^\/en\/t\/offenbach\/needs-review\/interviews\/[0-9a-f-]{36}$/);
    const interviewId = detail.split("/").pop()!;
    const [row] = await getDb().select().from(interview).where(eq(interview.id, interviewId));
    expect(row).toMatchObject({ language: "tr", conductedOn: "2021-05-21", notes: "Mit Dolmetscherin." });
    expect((await auditSince(before, "interview.create")).map((a) => a.objectId)).toEqual([interviewId]);

    // Pasted from Windows with a byte-order mark and decomposed umlauts.
    const pasted = "\uFEFFI: Wie geht es Ihnen?\r\nTCN-01: Gut, danke. Die Beho\u0308rde war freundlich.\r\n\r\nCS-01: Das ho\u0308ren wir selten.";
    const saved = await partner.post(detail, { intent: "transcript", text: pasted });
    expect(saved.status).toBe(200);
    expect(decode(await saved.text())).toContain(t("en", "needsReview.transcriptSaved"));
    const stored = await transcriptOf(interviewId);
    const expected = "I: Wie geht es Ihnen?\nTCN-01: Gut, danke. Die Behörde war freundlich.\n\nCS-01: Das hören wir selten.";
    expect(stored.text).toBe(expected);
    expect(stored.text.normalize("NFC")).toBe(stored.text);
    expect(stored.text).not.toMatch(/[\r\uFEFF]/);
    expect(stored.text.indexOf("Behörde")).toBe(expected.indexOf("Behörde"));
    expect(stored.version).toBe(1);
    expect((await partner.post(detail, { intent: "transcript", text: `${expected}\nI: Danke.` })).status).toBe(200);
    expect((await transcriptOf(interviewId)).version).toBe(2);
    expect(await auditSince(before, "transcript.save")).toHaveLength(2);

    const readsBefore = await lastAuditId();
    const page = await partner.get(detail);
    expect(page.status).toBe(200);
    const html = decode(await page.text());
    expect(html).toMatch(/<pre class="transcript" lang="tr">I: Wie geht es Ihnen\?\nTCN-01: Gut, danke\. Die Behörde war freundlich\.\n\nCS-01:/);
    expect(html).toContain("Mit Dolmetscherin.");
    const reads = await auditSince(readsBefore, "transcript.read");
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ objectType: "transcript", objectId: stored.id, details: { interviewId, version: 2 } });

    const list = decode(await (await partner.get(`/de${BASE.slice(3)}`)).text());
    expect(list).toContain(`href="/de/t/offenbach/needs-review/interviews/${interviewId}"`);
    expect(list).toContain("CS-01, TCN-01");
    expect(list).toContain(t("de", "needsReview.transcriptYes"));
    const overview = decode(await (await partner.get("/de/t/offenbach/needs-review")).text());
    expect(overview).toContain('href="/de/t/offenbach/needs-review/interviews"');
  });

  it("says how many transcripts a withdrawal removes, then deletes them in the same step and logs why", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const ngo = await participantId("offenbach", "NGO-01");
    const interviewId = await interviewOf("offenbach", "NGO-01");
    const doomed = await transcriptOf(interviewId);
    expect(doomed).toBeDefined();
    const [given] = await getDb().select().from(consent).where(eq(consent.participantId, ngo));
    const detail = `/de/t/offenbach/needs-review/participants/${ngo}`;
    const before = await lastAuditId();

    const asked = await coordinator.post(detail, { intent: "withdraw", consentId: given.id });
    expect(asked.status).toBe(200);
    expect(decode(await asked.text())).toContain(t("de", "needsReview.confirmWithdrawTranscripts_one", { formatted: "1" }));
    expect(await transcriptOf(interviewId)).toBeDefined();

    const confirmed = await coordinator.post(detail, { intent: "withdraw", consentId: given.id, confirm: "yes" });
    expect(confirmed.status).toBe(200);
    expect(decode(await confirmed.text())).toContain(t("de", "needsReview.transcriptsRemoved_one", { formatted: "1" }));
    expect(await transcriptOf(interviewId)).toBeUndefined();
    const deletions = await auditSince(before, "transcript.delete");
    expect(deletions).toHaveLength(1);
    expect(deletions[0]).toMatchObject({ objectType: "transcript", objectId: doomed.id, details: { interviewId, participantId: ngo, reason: "consent_withdrawal" } });
    const [withdrawal] = await auditSince(before, "consent.withdraw");
    expect(withdrawal.details).toMatchObject({ transcriptsDeleted: 1 });
    // The interview stays, without a transcript; a new one is refused by the consent gate.
    const page = decode(await (await coordinator.get(`/de/t/offenbach/needs-review/interviews/${interviewId}`)).text());
    expect(page).toContain(t("de", "needsReview.noTranscript"));
    const again = await coordinator.post(`/de/t/offenbach/needs-review/interviews/${interviewId}`, { intent: "transcript", text: "NGO-01: Noch einmal." });
    expect(again.status).toBe(400);
  });

  it("leaves no transcript behind when a withdrawal and a transcript save run at the same time", async () => {
    const [coordinator, partner] = await Promise.all([signedIn("coordinator.offenbach@eccipa.example"), signedIn("partner.offenbach@eccipa.example")]);
    const tcn = await participantId("offenbach", "TCN-01");
    const interviewId = await interviewOf("offenbach", "TCN-01");
    const [given] = await getDb().select().from(consent).where(eq(consent.participantId, tcn));
    const [withdrawn, saved] = await Promise.all([
      coordinator.post(`/en/t/offenbach/needs-review/participants/${tcn}`, { intent: "withdraw", consentId: given.id, confirm: "yes" }),
      partner.post(`${BASE}/${interviewId}`, { intent: "transcript", text: "I: Gleichzeitig?\nTCN-01: Ja." }),
    ]);
    expect(withdrawn.status).toBe(200);
    expect([200, 400]).toContain(saved.status);
    const left = await getDb()
      .select({ id: transcript.id })
      .from(transcript)
      .innerJoin(interviewParticipant, eq(interviewParticipant.interviewId, transcript.interviewId))
      .where(eq(interviewParticipant.participantId, tcn));
    expect(left).toEqual([]);
  });
});
