// Findings and validation focus groups, through the real routes. Refusals (302/404/403/400)
// before the happy paths; audit entries; outcome on the findings list; the stakeholder count
// (a person interviewed and at both focus groups counts once); a coding deleted with its
// transcript leaves the finding without that evidence.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { consent, finding, findingEvidence, focusGroupAttendee, focusGroupFinding, participant } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { codePassage } from "../support/findings";
import { participantId } from "../support/needs-review";
import { checkedValues, decode, fieldError, inputValue, LANGS, t } from "../support/pages";
import { auditSince, lastAuditId } from "../support/audit";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/needs-review";
const RAVENNA = "/en/t/ravenna/needs-review";
// Words of the invented demo transcripts.
const OFFENBACH_WORDS = "Oft fehlt uns eine gemeinsame Sprache.";
const OFFENBACH_TCN_WORDS = "Die Briefe waren nur auf Deutsch und sehr kompliziert.";
const RAVENNA_WORDS = "Un punto informativo unico, con orari anche il sabato mattina.";

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);
const coordinator = () => signedIn("coordinator.offenbach@eccipa.example");

async function findingCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(finding);
  return n;
}

/** Creates a finding through the form; returns its id (from the redirect to its page). */
async function createFindingAs(client: TestClient, base: string, fields: Record<string, string | string[]>): Promise<string> {
  const response = await client.post(`${base}/findings`, { kind: "weakness", priority: "high", ...fields });
  expect(response.status).toBe(302);
  const id = response.headers.get("location")?.split("/").pop();
  if (!id) throw new Error("no redirect to the new finding");
  return id;
}

async function createFocusGroupAs(client: TestClient, base: string, title: string, heldOn = "2021-06-15"): Promise<string> {
  const response = await client.post(`${base}/focus-groups`, { title, heldOn, place: "Kreishaus", notes: "" });
  expect(response.status).toBe(302);
  return response.headers.get("location")!.split("/").pop()!;
}

/** The figure shown next to a label in a <dl class="figures">. */
function figure(html: string, label: string): string | undefined {
  const text = decode(html);
  const at = text.indexOf(`<dt>${label}</dt>`);
  return at < 0 ? undefined : text.slice(at).match(/<dd>([^<]*)<\/dd>/)?.[1];
}

/** The list item of one finding on the findings list (its anchor is id="finding-<id>"). */
function findingItem(html: string, id: string): string {
  const text = decode(html);
  const at = text.indexOf(`id="finding-${id}"`);
  if (at < 0) throw new Error(`finding ${id} is not on the list`);
  return text.slice(at, text.indexOf("</li>", at));
}

describe("Needs Review findings and focus groups", () => {
  let ravennaFinding: string;
  let ravennaGroup: string;
  let ravennaCoding: string;

  beforeAll(async () => {
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    ravennaFinding = await createFindingAs(ravenna, RAVENNA, { statement: "Manca uno sportello informativo unico per i cittadini di paesi terzi." });
    ravennaGroup = await createFocusGroupAs(ravenna, RAVENNA, "Focus group di validazione 1");
    ravennaCoding = (await codePassage("ravenna", RAVENNA_WORDS)).codingId;
  });

  it("sends a visitor to sign in (302)", async () => {
    for (const path of [`${BASE}/findings`, `${BASE}/findings/${ravennaFinding}`, `${BASE}/focus-groups`, `${BASE}/focus-groups/${ravennaGroup}`]) {
      const response = await new TestClient(app).get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answers 404 for another territory's finding and focus group, and changes nothing there", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    for (const path of [`${BASE}/findings/${ravennaFinding}`, `${BASE}/focus-groups/${ravennaGroup}`, `${BASE}/findings/not-a-uuid`]) {
      const response = await client.get(path);
      expect(response.status, path).toBe(404);
      expect(decode(await response.text())).not.toContain("sportello informativo unico");
    }
    const post = await client.post(`${BASE}/findings/${ravennaFinding}`, { intent: "delete", confirm: "yes" });
    expect(post.status).toBe(404);
    const outcome = await client.post(`${BASE}/focus-groups/${ravennaGroup}`, { intent: "outcome", findingId: ravennaFinding, outcome: "rejected", notes: "" });
    expect(outcome.status).toBe(404);
    // Ravenna's own coordinator is not a member of Offenbach.
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(`${BASE}/findings`)).status).toBe(404);
    expect(await auditSince(before, "finding.delete")).toEqual([]);
    expect(await auditSince(before, "focus_group.outcome")).toEqual([]);
    expect(await getDb().select().from(finding).where(eq(finding.id, ravennaFinding))).toHaveLength(1);
  });

  it("refuses trainees (403) on reading and writing", async () => {
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    const findings = await findingCount();
    for (const path of [`${BASE}/findings`, `${BASE}/focus-groups`]) expect((await trainee.get(path)).status, path).toBe(403);
    expect((await trainee.post(`${BASE}/findings`, { kind: "need", statement: "A need stated by a trainee.", priority: "low" })).status).toBe(403);
    expect((await trainee.post(`${BASE}/focus-groups`, { title: "Trainee group", heldOn: "2021-06-01" })).status).toBe(403);
    expect(await findingCount()).toBe(findings);
  });

  it("answers an invalid finding with 400 and translated errors, keeping what was typed, in each language", async () => {
    const client = await coordinator();
    const before = await findingCount();
    for (const lang of LANGS) {
      const response = await client.post(`/${lang}/t/offenbach/needs-review/findings`, { kind: "need", statement: "  Too short", "targetGroups[]": ["stakeholder"], priority: "urgent" });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "statement"), lang).toBe(t(lang, "errors.statementTooShort"));
      expect(fieldError(html, "priority"), lang).toBe(t(lang, "errors.choose"));
      expect(decode(html)).toContain(">  Too short</textarea>");
      expect(checkedValues(html, "targetGroups[]")).toEqual(["stakeholder"]);
    }
    expect(await findingCount()).toBe(before);
  });

  it("creates, edits and deletes (after a confirmation) a finding, each audited", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const id = await createFindingAs(client, BASE, {
      kind: "need",
      statement: "Staff ask for training in plain language.",
      "targetGroups[]": ["civil_servant"],
      priority: "medium",
    });
    const page = decode(await (await client.get(`${BASE}/findings/${id}`)).text());
    expect(page).toContain("Staff ask for training in plain language.");
    const edited = await client.post(`${BASE}/findings/${id}`, { intent: "update", kind: "need", statement: "Staff ask for training in plain language and easy-read letters.", priority: "high" });
    expect(edited.status).toBe(200);
    expect(decode(await edited.text())).toContain(t("en", "findings.saved"));
    const [row] = await getDb().select().from(finding).where(eq(finding.id, id));
    expect(row).toMatchObject({ statement: "Staff ask for training in plain language and easy-read letters.", priority: "high", targetGroups: [] });

    const asked = await client.post(`${BASE}/findings/${id}`, { intent: "delete" });
    expect(asked.status).toBe(200);
    expect(decode(await asked.text())).toContain(t("en", "findings.confirmDeleteTitle"));
    expect(await getDb().select().from(finding).where(eq(finding.id, id))).toHaveLength(1);
    const deleted = await client.post(`${BASE}/findings/${id}`, { intent: "delete", confirm: "yes" });
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe(`${BASE}/findings?deleted=1`);
    expect(await getDb().select().from(finding).where(eq(finding.id, id))).toHaveLength(0);

    const created = await auditSince(before, "finding.create");
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ objectId: id, details: { kind: "need", priority: "medium", targetGroups: ["civil_servant"] } });
    expect(await auditSince(before, "finding.update")).toHaveLength(1);
    expect(await auditSince(before, "finding.delete")).toHaveLength(1);
  });

  it("links only the territory's codings as evidence (forged id → 400), lists them, and removes one", async () => {
    const client = await coordinator();
    const passage = await codePassage("offenbach", OFFENBACH_WORDS);
    const id = await createFindingAs(client, BASE, { statement: "There is no interpreting service at the counters.", "targetGroups[]": ["civil_servant", "third_country_national"] });
    const path = `${BASE}/findings/${id}`;

    // The picker (GET) lists the theme's passages with checkboxes.
    const picker = decode(await (await client.get(`${path}?theme=${passage.themeId}`)).text());
    expect(picker).toContain(`value="${passage.codingId}"`);

    const before = await lastAuditId();
    const forged = await client.post(`${path}?theme=${passage.themeId}`, { intent: "add-evidence", "codingIds[]": [passage.codingId, ravennaCoding] });
    expect(forged.status).toBe(400);
    const forgedHtml = await forged.text();
    expect(fieldError(forgedHtml, "codingIds[]")).toBe(t("en", "errors.codingUnknown"));
    expect(checkedValues(forgedHtml, "codingIds[]")).toEqual([passage.codingId]);
    expect(await getDb().select().from(findingEvidence).where(eq(findingEvidence.findingId, id))).toEqual([]);
    const junk = await client.post(path, { intent: "add-evidence", "codingIds[]": "'; drop table coding; --" });
    expect(junk.status).toBe(400);

    const linked = await client.post(`${path}?theme=${passage.themeId}`, { intent: "add-evidence", "codingIds[]": [passage.codingId] });
    expect(linked.status).toBe(200);
    const shown = decode(await (await client.get(path)).text());
    expect(shown).toContain(`<blockquote>${OFFENBACH_WORDS}</blockquote>`);
    expect(shown).toContain(`href="${BASE}/interviews/${passage.interviewId}"`);
    expect(shown).not.toContain("CS-01");
    expect(findingItem(await (await client.get(`${BASE}/findings`)).text(), id)).toContain(t("en", "findings.passageCount_one", { formatted: "1" }));
    expect(await auditSince(before, "finding.evidence_add")).toMatchObject([{ objectId: id, details: { codingIds: [passage.codingId] } }]);

    const removed = await client.post(path, { intent: "remove-evidence", codingId: passage.codingId });
    expect(removed.status).toBe(200);
    expect(await getDb().select().from(findingEvidence).where(eq(findingEvidence.findingId, id))).toEqual([]);
    expect(await auditSince(before, "finding.evidence_remove")).toHaveLength(1);
  });

  it("runs a focus group: attendees (forged id → 400), quick-add, findings presented, outcomes (amended needs its wording → 400), shown on the findings list", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const findingId = await createFindingAs(client, BASE, { statement: "Letters to newcomers are only in German and hard to read.", "targetGroups[]": ["third_country_national"] });
    const confirmedId = await createFindingAs(client, BASE, { kind: "strength", statement: "Associations accompany newcomers to their appointments.", priority: "medium" });

    const invalidGroup = await client.post(`${BASE}/focus-groups`, { title: "X", heldOn: "2021-02-30", place: "Rathaus" });
    expect(invalidGroup.status).toBe(400);
    const invalidHtml = await invalidGroup.text();
    expect(fieldError(invalidHtml, "heldOn")).toBe(t("en", "errors.date"));
    expect(inputValue(invalidHtml, "place")).toBe("Rathaus");

    const group = await createFocusGroupAs(client, BASE, "Validierung Juni");
    const path = `${BASE}/focus-groups/${group}`;
    const cs01 = await participantId("offenbach", "CS-01");
    const ravennaPerson = await participantId("ravenna", "TCN-02");

    const forged = await client.post(path, { intent: "attendance", "shownIds[]": [cs01], "participantIds[]": [cs01, ravennaPerson] });
    expect(forged.status).toBe(400);
    expect(fieldError(await forged.text(), "participantIds[]")).toBe(t("en", "errors.participantUnknown"));
    expect(await getDb().select().from(focusGroupAttendee).where(eq(focusGroupAttendee.focusGroupId, group))).toEqual([]);

    expect((await client.post(path, { intent: "attendance", "shownIds[]": [cs01], "participantIds[]": [cs01] })).status).toBe(200);
    const quick = await client.post(path, { intent: "quick-add", pseudonym: "sh-fg-01", targetGroup: "stakeholder", organisation: "Caritas Offenbach (invented)" });
    expect(quick.status).toBe(200);
    const [registered] = await getDb().select().from(participant).where(eq(participant.pseudonym, "SH-FG-01"));
    expect(registered.organisation).toBe("Caritas Offenbach (invented)");
    const taken = await client.post(path, { intent: "quick-add", pseudonym: "SH-FG-01", targetGroup: "stakeholder", organisation: "Other" });
    expect(taken.status).toBe(400);
    expect(fieldError(await taken.text(), "pseudonym")).toBe(t("en", "errors.pseudonymTaken"));

    const page = decode(await (await client.get(path)).text());
    expect(figure(page, t("en", "targetGroups.civil_servant"))).toBe("1");
    expect(figure(page, t("en", "targetGroups.stakeholder"))).toBe("1");
    expect(figure(page, "Caritas Offenbach (invented)")).toBe("1");
    // CS-01's department is her organisation (one field since issue 9).
    expect(figure(page, "Ausländerbehörde")).toBe("1");

    expect((await client.post(path, { intent: "presented", "findingIds[]": [findingId, ravennaFinding] })).status).toBe(400);
    expect((await client.post(path, { intent: "presented", "findingIds[]": [findingId, confirmedId] })).status).toBe(200);

    const noWording = await client.post(path, { intent: "outcome", findingId, outcome: "amended", amendedStatement: "", notes: "Wording to be agreed" });
    expect(noWording.status).toBe(400);
    const noWordingHtml = decode(await noWording.text());
    expect(noWordingHtml).toContain(`id="outcome-${findingId}-wording-error">${t("en", "errors.amendedWordingRequired")}</p>`);
    expect(noWordingHtml).toContain(">Wording to be agreed</textarea>");
    expect(await getDb().select().from(focusGroupFinding).where(and(eq(focusGroupFinding.focusGroupId, group), eq(focusGroupFinding.outcome, "amended")))).toEqual([]);

    const amended = "Letters to newcomers are only in German; a plain-language summary in their language is missing.";
    expect((await client.post(path, { intent: "outcome", findingId, outcome: "amended", amendedStatement: amended, notes: "Broad agreement." })).status).toBe(200);
    expect((await client.post(path, { intent: "outcome", findingId: confirmedId, outcome: "confirmed", amendedStatement: "ignored unless amended", notes: "" })).status).toBe(200);

    const list = await (await client.get(`${BASE}/findings`)).text();
    const item = findingItem(list, findingId);
    expect(item).toContain(t("en", "validationOutcomes.amended"));
    expect(item).toContain(amended);
    expect(findingItem(list, confirmedId)).toContain(t("en", "validationOutcomes.confirmed"));
    const [confirmedRow] = await getDb().select().from(focusGroupFinding).where(eq(focusGroupFinding.findingId, confirmedId));
    expect(confirmedRow.amendedStatement).toBeNull();

    const overview = await (await client.get(BASE)).text();
    expect(Number(figure(overview, t("en", "findings.validatedCount")))).toBeGreaterThanOrEqual(2);

    expect(await auditSince(before, "focus_group.create")).toHaveLength(1);
    const attendance = await auditSince(before, "focus_group.attendees");
    expect(attendance).toHaveLength(2);
    // Audit details name participant ids, never a pseudonym or a name.
    expect(JSON.stringify(attendance.map((a) => a.details))).not.toMatch(/CS-01|SH-FG-01|Caritas/);
    expect(await auditSince(before, "focus_group.outcome")).toHaveLength(2);
  });

  it("counts each stakeholder once: interviewed and at both focus groups", async () => {
    const client = await coordinator();
    const overviewBefore = await (await client.get(BASE)).text();
    const counted = Number(figure(overviewBefore, t("en", "findings.stakeholderCount")));
    expect(counted).toBeGreaterThan(0);
    const cs01 = await participantId("offenbach", "CS-01"); // interviewed in the demo, and at the first group above
    const first = await createFocusGroupAs(client, BASE, "Validierung A", "2021-06-16");
    const second = await createFocusGroupAs(client, BASE, "Validierung B", "2021-06-18");
    for (const group of [first, second]) {
      expect((await client.post(`${BASE}/focus-groups/${group}`, { intent: "attendance", "shownIds[]": [cs01], "participantIds[]": [cs01] })).status).toBe(200);
    }
    const unchanged = Number(figure(await (await client.get(BASE)).text(), t("en", "findings.stakeholderCount")));
    expect(unchanged).toBe(counted);
    // A new person at both groups adds exactly one.
    expect((await client.post(`${BASE}/focus-groups/${first}`, { intent: "quick-add", pseudonym: "SH-FG-02", targetGroup: "stakeholder", organisation: "" })).status).toBe(200);
    const newcomer = await participantId("offenbach", "SH-FG-02");
    expect((await client.post(`${BASE}/focus-groups/${second}`, { intent: "attendance", "shownIds[]": [newcomer], "participantIds[]": [newcomer] })).status).toBe(200);
    const after = Number(figure(await (await client.get(BASE)).text(), t("en", "findings.stakeholderCount")));
    expect(after).toBe(counted + 1);
  });

  it("keeps the finding but loses the evidence when the coding's transcript is deleted by a consent withdrawal", async () => {
    const client = await coordinator();
    const passage = await codePassage("offenbach", OFFENBACH_TCN_WORDS, "Written communication");
    const id = await createFindingAs(client, BASE, { statement: "Official letters are hard to understand for newcomers." });
    expect((await client.post(`${BASE}/findings/${id}`, { intent: "add-evidence", "codingIds[]": [passage.codingId] })).status).toBe(200);
    expect(await getDb().select().from(findingEvidence).where(eq(findingEvidence.findingId, id))).toHaveLength(1);

    const tcn = await participantId("offenbach", "TCN-01");
    const [given] = await getDb().select().from(consent).where(eq(consent.participantId, tcn));
    const withdrawn = await client.post(`${BASE}/participants/${tcn}`, { intent: "withdraw", consentId: given.id, confirm: "yes" });
    expect(withdrawn.status).toBe(200);

    expect(await getDb().select().from(finding).where(eq(finding.id, id))).toHaveLength(1);
    expect(await getDb().select().from(findingEvidence).where(eq(findingEvidence.findingId, id))).toEqual([]);
    const page = decode(await (await client.get(`${BASE}/findings/${id}`)).text());
    expect(page).toContain(t("en", "findings.noEvidence"));
    expect(page).not.toContain(OFFENBACH_TCN_WORDS);
  });
});
