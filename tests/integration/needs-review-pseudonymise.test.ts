// Pseudonymising a transcript through the real route. Refusals first (302/404/403), then who gets
// real-name proposals, the coordinator's confirmation (text, log, audit without names), field
// errors (400) and a stale form (409) that lose nothing, and consistency across interviews.
// Every name in the transcripts below is invented.
import { and, eq, gt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, pseudonymReplacement, transcript, user } from "~/db/schema";
import { signedInClient, startApp, TestClient } from "../support/app";
import { checkedValues, decode, fieldError, inputValue, t } from "../support/pages";
import { interviewOf, participantId } from "../support/needs-review";
import { lastAuditId } from "../support/audit";

let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);
const COORDINATOR = "coordinator.offenbach@eccipa.example";
const PARTNER = "partner.offenbach@eccipa.example";

const pagePath = (interviewId: string, lang = "en") => `/${lang}/t/offenbach/needs-review/interviews/${interviewId}/pseudonymise`;

async function transcriptOf(interviewId: string) {
  const [row] = await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId));
  return row;
}

async function logOf(interviewId: string) {
  return getDb().select().from(pseudonymReplacement).where(eq(pseudonymReplacement.interviewId, interviewId)).orderBy(pseudonymReplacement.original);
}

type ShownRow = { index: string; original: string; replacement: string | undefined; reason: string | undefined; checked: boolean };

/** The proposal rows of the page: hidden original, reason, the replacement input and the checkbox. */
function proposalsIn(html: string): ShownRow[] {
  const rows: ShownRow[] = [];
  for (const m of html.matchAll(/<input type="hidden" name="rows\[(\d+)\]\.original" value="([^"]*)"/g)) {
    const index = m[1];
    const reason = html.match(new RegExp(`name="rows\\[${index}\\]\\.reason" value="([^"]*)"`))?.[1];
    rows.push({
      index,
      original: decode(m[2]),
      replacement: inputValue(html, `rows[${index}].replacement`),
      reason,
      checked: checkedValues(html, `rows[${index}].replace`).includes("yes"),
    });
  }
  return rows;
}

/** The form as the page shows it, as a browser would submit it unchanged (plus extra fields). */
function formOf(html: string, extra: Record<string, string> = {}): Record<string, string> {
  const fields: Record<string, string> = {};
  const version = html.match(/name="version" value="(\d+)"/)?.[1];
  if (version) fields.version = version;
  for (const row of proposalsIn(html)) {
    fields[`rows[${row.index}].original`] = row.original;
    fields[`rows[${row.index}].fixed`] = "yes";
    fields[`rows[${row.index}].replacement`] = row.replacement ?? "";
    const kind = html.match(new RegExp(`<select[^>]*name="rows\\[${row.index}\\]\\.kind"[\\s\\S]*?<option[^>]*value="([^"]*)"[^>]*selected=""`))?.[1];
    fields[`rows[${row.index}].kind`] = kind ?? "";
    if (row.checked) fields[`rows[${row.index}].replace`] = "yes";
  }
  return { ...fields, ...extra };
}

const KOFI_TRANSCRIPT = [
  "I: Wie war Ihr erster Termin?",
  "TCN-01: Ich bin Kofi Mensah und komme aus Ghana. Frau Okonkwo von der Caritas hat mir geholfen.",
  "I: Und danach?",
  "TCN-01: Kofi musste wieder warten. Die Analyse der Unterlagen dauerte lange.",
].join("\n");

describe("pseudonymising a transcript", () => {
  it("sends a visitor to sign in (302), answers 404 for another territory's interview and 403 to a trainee", async () => {
    const own = await interviewOf("offenbach", "TCN-01");
    const path = pagePath(own);
    const visitor = new TestClient(app);
    for (const response of [await visitor.get(path), await visitor.post(path, { version: "1" })]) {
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
    const coordinator = await signedIn(COORDINATOR);
    const foreign = pagePath(await interviewOf("ravenna", "TCN-02"));
    expect((await coordinator.get(foreign)).status).toBe(404);
    expect((await coordinator.post(foreign, { version: "1", "rows[0].replace": "yes", "rows[0].original": "harbour", "rows[0].kind": "place", "rows[0].replacement": "[PLACE-1]" })).status).toBe(404);
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(path)).status).toBe(404);
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    const refused = await trainee.get(path);
    expect(refused.status).toBe(403);
    expect(decode(await refused.text())).toContain(t("en", "errorPage.kinds.forbidden.title"));
    expect((await trainee.post(path, { version: "1" })).status).toBe(403);
    expect((await transcriptOf(own)).version).toBe(1);
    expect((await transcriptOf(await interviewOf("ravenna", "TCN-02"))).pseudonymisedAt).toBeNull();
  });

  it("gives a technical partner who did not conduct the interview no real-name proposals, and no log", async () => {
    const interviewId = await interviewOf("offenbach", "TCN-01"); // conducted by the coordinator
    const coordinator = await signedIn(COORDINATOR);
    expect((await coordinator.post(`/en/t/offenbach/needs-review/interviews/${interviewId}`, { intent: "transcript", text: KOFI_TRANSCRIPT })).status).toBe(200);

    const partner = await signedIn(PARTNER);
    const response = await partner.get(pagePath(interviewId, "de"));
    expect(response.status).toBe(200);
    const html = await response.text();
    const shown = proposalsIn(html);
    // Without the registered name, "Ich bin Kofi Mensah" is still proposed, as a self-introduction.
    expect(shown.map((r) => [r.original, r.reason])).toEqual([
      ["Kofi Mensah", "selfIntroduction"],
      ["Ghana", "locative"],
      ["Okonkwo", "title"],
    ]);
    expect(shown.some((r) => r.reason === "participant" || r.replacement === "TCN-01")).toBe(false);
    // (The page's catalog travels with it: look for the rendered note, not the text alone.)
    expect(decode(html)).toContain(`<p class="demo-note">${t("de", "pseudonymisation.namesNotUsed")}</p>`);
    expect(html).not.toContain('id="log-heading"');

    // The coordinator, who may see identities, gets the participant's name, ticked.
    const own = proposalsIn(await (await coordinator.get(pagePath(interviewId))).text());
    expect(own.map((r) => [r.original, r.replacement, r.checked])).toEqual([
      ["Kofi Mensah", "TCN-01", true],
      ["Kofi", "TCN-01", true],
      ["Ghana", "[PLACE-1]", false],
      ["Okonkwo", "[PERSON-1]", false],
    ]);
  });

  it("gives the interviewer the real names of the people she interviewed, though she may not see identities elsewhere", async () => {
    const coordinator = await signedIn(COORDINATOR);
    const registered = await coordinator.post("/en/t/offenbach/needs-review/participants", {
      pseudonym: "TCN-09",
      targetGroup: "third_country_national",
      languages: "de",
      realName: "Yaw Boateng (erfunden)",
      contact: "",
    });
    expect(registered.status).toBe(200);
    const participant = await participantId("offenbach", "TCN-09");
    const consented = await coordinator.post(`/en/t/offenbach/needs-review/participants/${participant}`, { purpose: "Interview", givenOn: "2021-06-01", informationSheetVersion: "1.0" });
    expect(consented.status).toBe(200);
    const [partnerUser] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, PARTNER));
    const created = await coordinator.post("/en/t/offenbach/needs-review/interviews/new", {
      conductedOn: "2021-06-02",
      interviewerUserId: partnerUser.id,
      language: "de",
      "participantIds[]": [participant],
      notes: "",
    });
    expect(created.status).toBe(302);
    const interviewPath = created.headers.get("location") ?? "";
    const partner = await signedIn(PARTNER);
    expect((await partner.post(interviewPath, { intent: "transcript", text: "I: Name?\nTCN-09: Yaw Boateng. Boateng mit B." })).status).toBe(200);
    const html = await (await partner.get(`${interviewPath}/pseudonymise`)).text();
    expect(proposalsIn(html).map((r) => [r.original, r.replacement, r.reason, r.checked])).toEqual([
      ["Yaw Boateng", "TCN-09", "participant", true],
      ["Boateng", "TCN-09", "participant", true],
    ]);
    expect(html).not.toContain('class="demo-note"');
    // Still no log for her: it maps names to replacements across the territory.
    expect(html).not.toContain('id="log-heading"');
  });

  it("refuses invalid rows (400) with translated field errors, keeping what was typed, and changes nothing", async () => {
    const interviewId = await interviewOf("offenbach", "TCN-01");
    const coordinator = await signedIn(COORDINATOR);
    const html = await (await coordinator.get(pagePath(interviewId, "de"))).text();
    const rows = proposalsIn(html);
    const index = (original: string) => rows.find((r) => r.original === original)?.index;
    const before = await transcriptOf(interviewId);
    const form = formOf(html, {
      [`rows[${index("Kofi")}].replacement`]: "",
      [`rows[${index("Ghana")}].replace`]: "yes",
      [`rows[${index("Ghana")}].replacement`]: "ghana",
      [`rows[${index("Okonkwo")}].replace`]: "yes",
      [`rows[${index("Okonkwo")}].replacement`]: "Herr Mensah",
      "rows[90].replace": "yes",
      "rows[90].original": "Accra",
      "rows[90].kind": "place",
      "rows[90].replacement": "[PLACE-9]",
    });
    const response = await coordinator.post(pagePath(interviewId, "de"), form);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(fieldError(page, `rows[${index("Kofi")}].replacement`)).toBe(t("de", "errors.replacementRequired"));
    expect(fieldError(page, `rows[${index("Ghana")}].replacement`)).toBe(t("de", "errors.replacementSameAsOriginal"));
    expect(fieldError(page, `rows[${index("Okonkwo")}].replacement`)).toBe(t("de", "errors.replacementContainsName"));
    expect(fieldError(page, "rows[90].original")).toBe(t("de", "errors.originalNotFound"));
    expect(inputValue(page, `rows[${index("Okonkwo")}].replacement`)).toBe("Herr Mensah");
    expect(inputValue(page, "rows[90].original")).toBe("Accra");
    expect(checkedValues(page, `rows[${index("Ghana")}].replace`)).toEqual(["yes"]);
    const after = await transcriptOf(interviewId);
    expect({ version: after.version, text: after.text, pseudonymisedAt: after.pseudonymisedAt }).toEqual({ version: before.version, text: before.text, pseudonymisedAt: null });
    expect(await logOf(interviewId)).toEqual([]);
  });

  it("refuses a stale form (409) after someone else saved the transcript, and keeps what was typed", async () => {
    const interviewId = await interviewOf("offenbach", "TCN-01");
    const coordinator = await signedIn(COORDINATOR);
    const html = await (await coordinator.get(pagePath(interviewId, "it"))).text();
    const form = formOf(html, { "rows[50].replace": "yes", "rows[50].original": "Caritas", "rows[50].kind": "organisation", "rows[50].replacement": "[ORGANISATION-7]" });
    const partner = await signedIn(PARTNER);
    const edited = `${KOFI_TRANSCRIPT}\nI: Danke.`;
    expect((await partner.post(`/en/t/offenbach/needs-review/interviews/${interviewId}`, { intent: "transcript", text: edited })).status).toBe(200);
    const version = (await transcriptOf(interviewId)).version;
    expect(Number(form.version)).toBe(version - 1);

    const response = await coordinator.post(pagePath(interviewId, "it"), form);
    expect(response.status).toBe(409);
    const page = await response.text();
    expect(decode(page)).toContain(`<div class="alert alert--error" role="alert"><p>${t("it", "errors.transcriptChangedSinceProposals")}</p>`);
    expect(inputValue(page, "rows[50].original")).toBe("Caritas");
    expect(inputValue(page, "rows[50].replacement")).toBe("[ORGANISATION-7]");
    // The form now carries the current version, so submitting it again applies the choices.
    expect(page).toContain(`name="version" value="${version}"`);
    const after = await transcriptOf(interviewId);
    expect({ version: after.version, text: after.text, pseudonymisedAt: after.pseudonymisedAt }).toEqual({ version, text: edited, pseudonymisedAt: null });
    expect(await logOf(interviewId)).toEqual([]);
  });

  it("applies the coordinator's confirmation: the text is replaced, the log written with occurrences, the audit entry holds counts only", async () => {
    const interviewId = await interviewOf("offenbach", "TCN-01");
    const coordinator = await signedIn(COORDINATOR);
    const html = await (await coordinator.get(pagePath(interviewId))).text();
    const rows = proposalsIn(html);
    const index = (original: string) => rows.find((r) => r.original === original)?.index;
    const before = await transcriptOf(interviewId);
    const audited = await lastAuditId();
    const form = formOf(html, {
      [`rows[${index("Ghana")}].replace`]: "yes",
      [`rows[${index("Okonkwo")}].replace`]: "yes",
      "rows[40].replace": "yes",
      "rows[40].original": "Caritas",
      "rows[40].kind": "organisation",
      "rows[40].replacement": "[ORGANISATION-1]",
    });
    const response = await coordinator.post(pagePath(interviewId), form);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/en/t/offenbach/needs-review/interviews/${interviewId}?pseudonymised=5`);

    const after = await transcriptOf(interviewId);
    expect(after.text).toBe(
      [
        "I: Wie war Ihr erster Termin?",
        "TCN-01: Ich bin TCN-01 und komme aus [PLACE-1]. Frau [PERSON-1] von der [ORGANISATION-1] hat mir geholfen.",
        "I: Und danach?",
        "TCN-01: TCN-01 musste wieder warten. Die Analyse der Unterlagen dauerte lange.",
        "I: Danke.",
      ].join("\n"),
    );
    expect(after.version).toBe(before.version + 1);
    expect(after.pseudonymisedAt).not.toBeNull();
    const log = await logOf(interviewId);
    expect(log.map((r) => [r.original, r.replacement, r.kind, r.occurrences])).toEqual([
      ["Caritas", "[ORGANISATION-1]", "organisation", 1],
      ["Ghana", "[PLACE-1]", "place", 1],
      ["Kofi", "TCN-01", "participant_name", 1],
      ["Kofi Mensah", "TCN-01", "participant_name", 1],
      ["Okonkwo", "[PERSON-1]", "person", 1],
    ]);
    const entries = await getDb().select().from(auditLog).where(and(gt(auditLog.id, audited), eq(auditLog.action, "transcript.pseudonymise")));
    expect(entries).toHaveLength(1);
    expect(entries[0].details).toMatchObject({ interviewId, replacements: 5, occurrences: 5 });
    const details = JSON.stringify(entries[0].details);
    for (const secret of ["Kofi", "Mensah", "Ghana", "Okonkwo", "Caritas", "[PLACE-1]", "[PERSON-1]", "TCN-01"]) expect(details, secret).not.toContain(secret);

    // The interview page says so; the coordinator sees the log on the pseudonymisation page.
    const detail = decode(await (await coordinator.get(response.headers.get("location") ?? "")).text());
    expect(detail).toContain(t("en", "needsReview.pseudonymisedNotice_other", { formatted: "5" }));
    expect(detail).toMatch(/<p>Pseudonymised on [^<{]*2\d{3}[^<{]*\.(<!-- -->)? <a /);
    const again = await (await coordinator.get(pagePath(interviewId))).text();
    expect(again).toContain('id="log-heading"');
    expect(decode(again)).toContain("Okonkwo");
  });

  it("reuses the territory's placeholder for the same name in a second interview, and numbers new ones after it", async () => {
    const interviewId = await interviewOf("offenbach", "NGO-01");
    const partner = await signedIn(PARTNER);
    const text = "I: Where do people come from?\nNGO-01: Many came from Ghana, like Kofi, some from Togo, and Caritas sends them to us.";
    expect((await partner.post(`/en/t/offenbach/needs-review/interviews/${interviewId}`, { intent: "transcript", text })).status).toBe(200);
    const html = await (await partner.get(pagePath(interviewId))).text();
    expect(proposalsIn(html).map((r) => [r.original, r.replacement, r.reason, r.checked])).toEqual([
      ["Ghana", "[PLACE-1]", "known", true],
      ["Caritas", "[ORGANISATION-1]", "known", true],
      ["Kofi", "[OTHER-1]", "capitalised", false],
      ["Togo", "[PLACE-2]", "locative", false],
    ]);
    // The log's entry for a participant's name (Kofi → TCN-01) is an identity: not for a partner.
    expect(html).not.toContain("TCN-01");
    const response = await partner.post(pagePath(interviewId), formOf(html));
    expect(response.status).toBe(302);
    expect((await transcriptOf(interviewId)).text).toBe("I: Where do people come from?\nNGO-01: Many came from [PLACE-1], like Kofi, some from Togo, and [ORGANISATION-1] sends them to us.");
  });

  it("proposes a self-introduction, an address, an e-mail address and a phone number, and ticks the e-mail address and the phone number", async () => {
    const interviewId = await interviewOf("offenbach", "CS-01");
    const coordinator = await signedIn(COORDINATOR);
    // Invented: nobody of these names, numbers or addresses exists.
    const text = [
      "I: Bitte stellen Sie sich vor.",
      "CS-01: Ich heiße Fatou Diallo und wohne in der Bahnhofstraße 12. Meine Schwester Awa hilft mir.",
      "CS-01: Erreichbar bin ich unter +49 69 1234567 oder fatou.diallo@beispiel.example.",
    ].join("\n");
    expect((await coordinator.post(`/en/t/offenbach/needs-review/interviews/${interviewId}`, { intent: "transcript", text })).status).toBe(200);
    const html = await (await coordinator.get(pagePath(interviewId))).text();
    const shown = proposalsIn(html).map((r) => [r.original, r.reason, r.checked]);
    expect(shown).toEqual([
      ["Fatou Diallo", "selfIntroduction", false],
      ["Bahnhofstraße 12", "address", false],
      ["Awa", "relation", false],
      ["+49 69 1234567", "phone", true],
      ["fatou.diallo@beispiel.example", "email", true],
    ]);
    const kinds = proposalsIn(html).map((r) => html.match(new RegExp(`<select[^>]*name="rows\\[${r.index}\\]\\.kind"[\\s\\S]*?<option[^>]*value="([^"]*)"[^>]*selected=""`))?.[1]);
    expect(kinds).toEqual(["person", "address", "person", "phone", "email"]);
    // Applied as shown (nothing changed by hand): the certain ones are gone, the others wait for a tick.
    const applied = await coordinator.post(pagePath(interviewId), formOf(html));
    expect(applied.status).toBe(302);
    const after = (await transcriptOf(interviewId)).text;
    expect(after).toContain("unter [PHONE-1] oder [EMAIL-1].");
    expect(after).toContain("Ich heiße Fatou Diallo");
  });
});
