// Coding interviews: by paragraph (no JavaScript) and by selection, with the coder recorded;
// codings follow an edited transcript or are flagged, never dropped; withdrawal of consent takes
// them with the transcript; retrieval, the matrix and co-occurrence count what was coded; an
// agreement check blinds its coders and computes κ and α. Refusals first.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { agreementCheck, coding, consent, interviewParticipant, participant, territory, transcript } from "~/db/schema";
import { paragraphsOf } from "~/features/needs-review/interviews/transcript-text";
import { signedInClient, startApp, TestClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { interviewOf, participantId, themeId, userId } from "../support/needs-review";
import { checkedValues, decode, fieldError, LANGS, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const NR = "/en/t/offenbach/needs-review";

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);

async function transcriptOf(interviewId: string) {
  const [row] = await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId));
  return row;
}

async function codingsOf(interviewId: string, coderEmail?: string) {
  const coder = coderEmail ? await userId(coderEmail) : undefined;
  return getDb()
    .select()
    .from(coding)
    .where(and(eq(coding.interviewId, interviewId), coder ? eq(coding.coderUserId, coder) : undefined));
}

/** A fresh interview of Offenbach with the given transcript, coded by nobody yet. */
async function interviewWithTranscript(client: TestClient, text: string): Promise<string> {
  const created = await client.post(`${NR}/interviews/new`, {
    conductedOn: "2021-05-03",
    interviewerUserId: await userId("partner.offenbach@eccipa.example"),
    language: "de",
    "participantIds[]": [await participantId("offenbach", "CS-01")],
  });
  expect(created.status).toBe(302);
  const id = created.headers.get("location")!.split("/").pop()!;
  expect((await client.post(`${NR}/interviews/${id}`, { intent: "transcript", text })).status).toBe(200);
  return id;
}

const TEXT = [
  "I: Wie läuft die Beratung?",
  "CS-01: Ohne Dolmetscher verstehen wir uns oft nicht.",
  "I: Und die Kollegen?",
  "CS-01: Die Abstimmung mit der Ausländerbehörde dauert Wochen.",
].join("\n");

describe("coding an interview", () => {
  it("sends visitors to sign in (302), hides other territories' interviews (404) and refuses trainees (403)", async () => {
    const own = await interviewOf("offenbach", "TCN-01");
    const foreign = await interviewOf("ravenna", "TCN-02");
    for (const path of [`${NR}/interviews/${own}/coding`, `${NR}/passages`, `${NR}/analysis`, `${NR}/agreement`]) {
      expect((await new TestClient(app).get(path)).status, path).toBe(302);
      expect((await (await signedIn("trainee.offenbach@eccipa.example")).get(path)).status, path).toBe(403);
      expect((await (await signedIn("coordinator.ravenna@eccipa.example")).get(path)).status, path).toBe(404);
    }
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const before = await lastAuditId();
    expect((await partner.get(`${NR}/interviews/${foreign}/coding`)).status).toBe(404);
    const forged = await partner.post(`${NR}/interviews/${foreign}/coding`, { intent: "code", version: "1", "themeIds[]": [await themeId("offenbach", "Sprachbarrieren")], "paragraphs[]": ["1"] });
    expect(forged.status).toBe(404);
    expect(await auditSince(before, "transcript.read")).toEqual([]);
    expect(await auditSince(before, "coding.create")).toEqual([]);
  });

  it("codes ticked paragraphs with several themes, records the coder, and adds nothing on a double submit", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await interviewWithTranscript(partner, TEXT);
    const themes = [await themeId("offenbach", "Sprachbarrieren"), await themeId("offenbach", "Abstimmung zwischen Ämtern")];
    const form = { intent: "code", version: "1", "themeIds[]": themes, "paragraphs[]": ["1", "3"], memo: "Zwei Hürden" };
    const before = await lastAuditId();
    const first = await partner.post(`${NR}/interviews/${id}/coding`, form);
    expect(first.status).toBe(200);
    expect(decode(await first.text())).toContain(t("en", "coding.coded_other", { count: 4 }));
    const again = await partner.post(`${NR}/interviews/${id}/coding`, form);
    expect(again.status).toBe(200);
    const rows = await codingsOf(id);
    expect(rows).toHaveLength(4);
    const paragraphs = paragraphsOf(TEXT);
    for (const row of rows) {
      expect(row.coderUserId).toBe(await userId("partner.offenbach@eccipa.example"));
      expect(row.memo).toBe("Zwei Hürden");
      expect(TEXT.slice(row.start, row.end)).toBe(row.quote);
      expect([paragraphs[1].start, paragraphs[3].start]).toContain(row.start);
    }
    expect(await auditSince(before, "coding.create")).toHaveLength(1);
    // The transcript read by the coding page is audited like any other.
    const readBefore = await lastAuditId();
    const page = decode(await (await partner.get(`${NR}/interviews/${id}/coding`)).text());
    expect(page).toContain("Ohne Dolmetscher verstehen wir uns oft nicht.");
    expect(await auditSince(readBefore, "transcript.read")).toHaveLength(1);
  });

  it("codes a selection by its offsets, trimmed to its words, and refuses bad input with 400 in every language", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await interviewWithTranscript(partner, TEXT);
    const theme = await themeId("offenbach", "Sprachbarrieren");
    const start = TEXT.indexOf(" Ohne Dolmetscher");
    const selected = await partner.post(`${NR}/interviews/${id}/coding`, { intent: "code", version: "1", "themeIds[]": [theme], start: String(start), end: String(start + 18) });
    expect(selected.status).toBe(200);
    const [row] = await codingsOf(id);
    expect(row.quote).toBe("Ohne Dolmetscher");
    for (const lang of LANGS) {
      const path = `/${lang}/t/offenbach/needs-review/interviews/${id}/coding`;
      const empty = await partner.post(path, { intent: "code", version: "1", memo: "bleibt" });
      expect(empty.status, lang).toBe(400);
      const html = await empty.text();
      expect(fieldError(html, "themeIds[]"), lang).toBe(t(lang, "errors.themesRequired"));
      expect(decode(html)).toContain("bleibt");
      const outside = await partner.post(path, { intent: "code", version: "1", "themeIds[]": [theme], "paragraphs[]": ["99"] });
      expect(outside.status, lang).toBe(400);
      const foreignTheme = await partner.post(path, { intent: "code", version: "1", "themeIds[]": [await themeId("ravenna", "Barriere linguistiche")], "paragraphs[]": ["1"] });
      expect(foreignTheme.status, lang).toBe(400);
      expect(fieldError(await foreignTheme.text(), "themeIds[]"), lang).toBe(t(lang, "errors.themeUnknown"));
      const stale = await partner.post(path, { intent: "code", version: "7", "themeIds[]": [theme], "paragraphs[]": ["1"] });
      expect(stale.status, lang).toBe(400);
      expect(decode(await stale.text()), lang).toContain(t(lang, "errors.transcriptChanged"));
    }
    expect(await codingsOf(id)).toHaveLength(1);
  });

  it("refuses a request with both a selection and ticked paragraphs (400, in every language), codes nothing and keeps the ticks", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await interviewWithTranscript(partner, TEXT);
    const theme = await themeId("offenbach", "Sprachbarrieren");
    const start = TEXT.indexOf("Ohne Dolmetscher");
    for (const lang of LANGS) {
      const both = await partner.post(`/${lang}/t/offenbach/needs-review/interviews/${id}/coding`, {
        intent: "code",
        version: "1",
        "themeIds[]": [theme],
        start: String(start),
        end: String(start + 16),
        "paragraphs[]": ["3"],
        memo: "nicht geraten",
      });
      expect(both.status, lang).toBe(400);
      const html = await both.text();
      expect(fieldError(html, "paragraphs[]"), lang).toBe(t(lang, "coding.passageAmbiguous"));
      expect(checkedValues(html, "paragraphs[]"), lang).toEqual(["3"]);
      expect(decode(html), lang).toContain("nicht geraten");
    }
    expect(await codingsOf(id)).toHaveLength(0);
    // Each alone is coded as sent.
    expect((await partner.post(`${NR}/interviews/${id}/coding`, { intent: "code", version: "1", "themeIds[]": [theme], "paragraphs[]": ["3"] })).status).toBe(200);
    expect((await codingsOf(id)).map((c) => c.quote)).toEqual(["CS-01: Die Abstimmung mit der Ausländerbehörde dauert Wochen."]);
  });

  it("keeps codings on their words when the transcript is edited, and flags the ones whose words are gone", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await interviewWithTranscript(partner, TEXT);
    const theme = await themeId("offenbach", "Sprachbarrieren");
    await partner.post(`${NR}/interviews/${id}/coding`, { intent: "code", version: "1", "themeIds[]": [theme], "paragraphs[]": ["1", "3"] });
    const edited = `I: Vorab: Danke für Ihre Zeit.\n${TEXT.replace("CS-01: Die Abstimmung mit der Ausländerbehörde dauert Wochen.", "CS-01: Dazu sage ich lieber nichts.")}`;
    const before = await lastAuditId();
    expect((await partner.post(`${NR}/interviews/${id}`, { intent: "transcript", text: edited })).status).toBe(200);
    const rows = await codingsOf(id);
    expect(rows).toHaveLength(2);
    const kept = rows.find((r) => r.placement === "placed")!;
    expect(edited.slice(kept.start, kept.end)).toBe("CS-01: Ohne Dolmetscher verstehen wir uns oft nicht.");
    expect(kept.paragraphFirst).toBe(2);
    const lost = rows.find((r) => r.placement === "unplaced")!;
    expect(lost.quote).toBe("CS-01: Die Abstimmung mit der Ausländerbehörde dauert Wochen.");
    const [saved] = await auditSince(before, "transcript.save");
    expect(saved.details).toMatchObject({ codingsPlaced: 1, codingsUnplaced: 1 });
    // The coding page lists the unplaced coding for the coder to decide about.
    const page = decode(await (await partner.get(`${NR}/interviews/${id}/coding`)).text());
    expect(page).toContain(t("en", "coding.unplacedHeading_one", { count: 1 }));
    expect(page).toContain("Die Abstimmung mit der Ausländerbehörde dauert Wochen.");
  });

  it("lets a coder remove only her own codings", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const id = await interviewWithTranscript(partner, TEXT);
    await partner.post(`${NR}/interviews/${id}/coding`, { intent: "code", version: "1", "themeIds[]": [await themeId("offenbach", "Sprachbarrieren")], "paragraphs[]": ["1"] });
    const [row] = await codingsOf(id);
    const other = await coordinator.post(`${NR}/interviews/${id}/coding`, { intent: "remove", codingId: row.id });
    expect(other.status).toBe(200);
    expect(await codingsOf(id)).toHaveLength(1);
    const own = await partner.post(`${NR}/interviews/${id}/coding`, { intent: "remove", codingId: row.id });
    expect(own.status).toBe(200);
    expect(await codingsOf(id)).toHaveLength(0);
  });

  it("deletes a participant's codings with her transcripts when she withdraws her consent", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const interviewId = await interviewOf("offenbach", "TCN-01");
    expect((await codingsOf(interviewId)).length).toBeGreaterThan(0);
    const person = await participantId("offenbach", "TCN-01");
    const [given] = await getDb().select({ id: consent.id }).from(consent).where(eq(consent.participantId, person));
    const done = await coordinator.post(`${NR}/participants/${person}`, { intent: "withdraw", consentId: given.id, confirm: "yes" });
    expect(done.status).toBe(200);
    expect(await transcriptOf(interviewId)).toBeUndefined();
    expect(await codingsOf(interviewId)).toEqual([]);
  });
});

describe("retrieval, matrix and co-occurrence", () => {
  it("lists a theme's passages filtered by target group, with where they come from", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const theme = await themeId("offenbach", "Fortbildungsbedarf");
    const [{ n }] = await getDb().select({ n: count() }).from(coding).where(and(eq(coding.themeId, theme), eq(coding.placement, "placed")));
    expect(n).toBeGreaterThan(0);
    const all = decode(await (await partner.get(`${NR}/passages?theme=${theme}`)).text());
    expect(all).toContain(t("en", n === 1 ? "passages.count_one" : "passages.count_other", { formatted: String(n) }));
    // No third-country national spoke about training needs in the demo: the filter finds none.
    const filtered = decode(await (await partner.get(`${NR}/passages?theme=${theme}&group=third_country_national`)).text());
    const [{ m }] = await getDb()
      .select({ m: count() })
      .from(coding)
      .innerJoin(interviewParticipant, eq(interviewParticipant.interviewId, coding.interviewId))
      .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
      .where(and(eq(coding.themeId, theme), eq(participant.targetGroup, "third_country_national")));
    expect(filtered).toContain(t("en", m === 1 ? "passages.count_one" : "passages.count_other", { formatted: String(m) }));
    // A malformed filter is ignored rather than an error.
    expect((await partner.get(`${NR}/passages?theme=nonsense&group=<script>`)).status).toBe(200);
  });

  it("counts passages and participants per theme and group, and the c-coefficient of themes coded together", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = await interviewWithTranscript(partner, TEXT);
    const a = await themeId("offenbach", "Interkulturelle Kompetenz");
    const b = await themeId("offenbach", "Digitale Dienste");
    // a on paragraphs 1 and 3, b on paragraph 3 only: in this interview they meet once.
    await partner.post(`${NR}/interviews/${id}/coding`, { intent: "code", version: "1", "themeIds[]": [a], "paragraphs[]": ["1", "3"] });
    await partner.post(`${NR}/interviews/${id}/coding`, { intent: "code", version: "1", "themeIds[]": [b], "paragraphs[]": ["3"] });
    const { themeCooccurrence, themeGroupMatrix } = await import("~/features/needs-review/coding/analysis.server");
    const [offenbach] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, "offenbach"));
    // The same counts worked out here from the coding rows, paragraph by paragraph.
    const rows = await getDb().select().from(coding).where(and(eq(coding.territoryId, offenbach.id), eq(coding.placement, "placed")));
    const unitsOf = (themeIdOf: string) =>
      new Set(rows.filter((r) => r.themeId === themeIdOf).flatMap((r) => Array.from({ length: r.paragraphLast - r.paragraphFirst + 1 }, (_, i) => `${r.transcriptId}#${r.paragraphFirst + i}`)));
    const [ua, ub] = [unitsOf(a), unitsOf(b)];
    const n12 = [...ua].filter((u) => ub.has(u)).length;
    expect(n12).toBeGreaterThanOrEqual(1);
    const pairs = (await themeCooccurrence(getDb(), { territoryId: offenbach.id })).pairs;
    const pair = pairs.find((p) => [p.themeA, p.themeB].sort().join() === [a, b].sort().join());
    expect(pair).toMatchObject({ n12, c: n12 / (ua.size + ub.size - n12) });
    const matrix = await themeGroupMatrix(getDb(), { territoryId: offenbach.id });
    // Expected: a's codings in interviews with a civil servant, and those civil servants, counted here.
    const links = await getDb()
      .select({ interviewId: interviewParticipant.interviewId, participantId: participant.id })
      .from(interviewParticipant)
      .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
      .where(and(eq(participant.territoryId, offenbach.id), eq(participant.targetGroup, "civil_servant")));
    const ofA = rows.filter((r) => r.themeId === a && links.some((l) => l.interviewId === r.interviewId));
    const people = new Set(links.filter((l) => ofA.some((r) => r.interviewId === l.interviewId)).map((l) => l.participantId));
    expect(ofA.length).toBeGreaterThanOrEqual(2);
    expect(matrix.cells.find((c) => c.themeId === a && c.targetGroup === "civil_servant")).toMatchObject({ passages: ofA.length, participants: people.size });
    const page = decode(await (await partner.get(`/de${NR.slice(3)}/analysis`)).text());
    expect(page).toContain(t("de", "analysis.matrixHeading"));
    expect(page).toContain(new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(pair!.c));
  });
});

describe("intercoder agreement", () => {
  it("blinds the two coders while the check is open, then shows κ and α per theme", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const id = await interviewWithTranscript(partner, TEXT);
    const theme = await themeId("offenbach", "Arbeitsbelastung");
    const created = await coordinator.post(`${NR}/agreement`, { interviewId: id, coderAUserId: await userId("partner.offenbach@eccipa.example"), coderBUserId: await userId("coordinator.offenbach@eccipa.example") });
    expect(created.status).toBe(302);
    const checkPath = created.headers.get("location")!;
    // A on paragraphs 1 and 3; B on 1 and 2. Four paragraphs: both 1, only A 1, only B 1, neither 1:
    // p_o = 0.5, p_e = 0.5, κ = 0; α = 1 − 4/3·… computed by the statistics' own tests.
    await partner.post(`${NR}/interviews/${id}/coding`, { intent: "code", version: "1", "themeIds[]": [theme], "paragraphs[]": ["1", "3"], memo: "Memo von A" });
    await coordinator.post(`${NR}/interviews/${id}/coding`, { intent: "code", version: "1", "themeIds[]": [theme], "paragraphs[]": ["1", "2"], memo: "Memo von B" });
    const blinded = decode(await (await partner.get(`${NR}/interviews/${id}/coding?coders=all`)).text());
    expect(blinded).toContain("Memo von A");
    expect(blinded).not.toContain("Memo von B");
    expect(decode(await (await partner.get(`${NR}/passages?theme=${theme}`)).text())).not.toContain("Memo von B");
    const hidden = decode(await (await partner.get(checkPath)).text());
    expect(hidden).toContain(t("en", "agreement.hiddenWhileOpen"));
    expect(hidden).not.toContain('id="results-heading"');
    // Same check twice on one interview: refused.
    const twice = await coordinator.post(`${NR}/agreement`, { interviewId: id, coderAUserId: await userId("partner.offenbach@eccipa.example"), coderBUserId: await userId("coordinator.offenbach@eccipa.example") });
    expect(twice.status).toBe(400);
    expect(fieldError(await twice.text(), "interviewId")).toBe(t("en", "errors.checkAlreadyOpen"));

    expect((await coordinator.post(checkPath, {})).status).toBe(200);
    const results = decode(await (await partner.get(checkPath)).text());
    expect(results).toContain('id="results-heading"');
    expect(results).toContain("50%");
    expect(results).toContain("0.00");
    expect(results).toContain("Die Abstimmung mit der Ausländerbehörde dauert Wochen.");
    const [check] = await getDb().select().from(agreementCheck).where(eq(agreementCheck.interviewId, id));
    expect(check.status).toBe("closed");
    // After the check both see each other's work again.
    expect(decode(await (await partner.get(`${NR}/interviews/${id}/coding?coders=all`)).text())).toContain("Memo von B");
  });

  it("refuses a check with the same coder twice, a trainee as coder, or an interview without transcript", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const partnerId = await userId("partner.offenbach@eccipa.example");
    const same = await coordinator.post(`${NR}/agreement`, { interviewId: await interviewOf("offenbach", "CS-01"), coderAUserId: partnerId, coderBUserId: partnerId });
    expect(same.status).toBe(400);
    expect(fieldError(await same.text(), "coderBUserId")).toBe(t("en", "errors.twoDifferentCoders"));
    const trainee = await coordinator.post(`${NR}/agreement`, { interviewId: await interviewOf("offenbach", "CS-01"), coderAUserId: partnerId, coderBUserId: await userId("trainee.offenbach@eccipa.example") });
    expect(fieldError(await trainee.text(), "coderBUserId")).toBe(t("en", "errors.choose"));
  });
});
