// Round tables through the real routes: refusals first (302 visitor, 404 other territory, 403
// wrong role), then 400 keeping what was typed, then the round table's life: participants, needs
// from the programme's validated findings (an unvalidated one refused), contributions, the
// prioritisation (facilitator and own votes, the limit, double submits), closing, the ranking and
// the audit entries.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { finding, focusGroup, focusGroupFinding, programme, roundTable, roundTableContribution, roundTableNeed, roundTableParticipant, roundTableVote, territory } from "~/db/schema";
import { listRankedContributions } from "~/features/co-design/contributions.server";
import { listValidatedFindings } from "~/features/needs-review/coding/comparison.server";
import { startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { userId } from "../support/needs-review";
import { decode, fieldError, inputValue, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/co-design";
const RAVENNA = "/en/t/ravenna/co-design";
let programmeId: string;
let offenbachId: string;
let ravennaId: string;

beforeAll(async () => {
  app = await startApp();
  [{ id: programmeId }] = await getDb().select({ id: programme.id }).from(programme).where(eq(programme.slug, "eccipa"));
  [{ id: offenbachId }] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, "offenbach"));
  [{ id: ravennaId }] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, "ravenna"));
});

const signedIn = (email: string) => signedInClient(app, email);
const coordinator = () => signedIn("coordinator.offenbach@eccipa.example");

const BASICS = { theme: "Rechte-basierte Verfahren am Schalter", heldOn: "2021-08-18", place: "Kreishaus Dietzenbach", onlineUrl: "", votesPerParticipant: "5", notes: "" };

async function createRoundTableAs(client: TestClient, base: string, fields: Record<string, string> = {}): Promise<string> {
  const response = await client.post(base, { intent: "create", ...BASICS, ...fields });
  expect(response.status).toBe(302);
  return response.headers.get("location")!.split("/").pop()!;
}

async function countOf(table: typeof roundTableContribution | typeof roundTableParticipant | typeof roundTableNeed, roundTableId: string): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(table).where(eq(table.roundTableId, roundTableId));
  return n;
}

async function votesOf(participantId: string) {
  return getDb()
    .select({ contributionId: roundTableVote.contributionId, points: roundTableVote.points })
    .from(roundTableVote)
    .where(eq(roundTableVote.participantId, participantId))
    .orderBy(roundTableVote.contributionId);
}

async function participantNamed(roundTableId: string, name: string): Promise<string> {
  const [row] = await getDb()
    .select({ id: roundTableParticipant.id })
    .from(roundTableParticipant)
    .where(and(eq(roundTableParticipant.roundTableId, roundTableId), eq(roundTableParticipant.name, name)));
  return row.id;
}

async function contributionIds(roundTableId: string): Promise<string[]> {
  const made = await getDb()
    .select({ id: roundTableContribution.id })
    .from(roundTableContribution)
    .where(eq(roundTableContribution.roundTableId, roundTableId))
    .orderBy(roundTableContribution.createdAt, roundTableContribution.id);
  return made.map((c) => c.id);
}

describe("co-design round tables", () => {
  let ravennaTable: string;
  let table: string;

  beforeAll(async () => {
    ravennaTable = await createRoundTableAs(await signedIn("coordinator.ravenna@eccipa.example"), RAVENNA, { theme: "Tavolo di prova", place: "Ravenna" });
    table = await createRoundTableAs(await coordinator(), BASE);
  });

  it("sends a visitor to sign in (302)", async () => {
    for (const path of [BASE, `${BASE}/round-tables/${table}`, `${BASE}/round-tables/${table}/vote`]) {
      const response = await new TestClient(app).get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answers 404 to a member of another territory, and for a round table of another territory", async () => {
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    for (const path of [BASE, `${BASE}/round-tables/${table}`, `${BASE}/round-tables/${table}/vote`]) {
      expect((await ravenna.get(path)).status, path).toBe(404);
    }
    expect((await ravenna.post(BASE, { intent: "create", ...BASICS })).status).toBe(404);
    // Offenbach's coordinator asking for Ravenna's round table under Offenbach's URL: 404 too.
    const own = await coordinator();
    expect((await own.get(`${BASE}/round-tables/${ravennaTable}`)).status).toBe(404);
    expect((await own.post(`${BASE}/round-tables/${ravennaTable}`, { intent: "update", ...BASICS })).status).toBe(404);
    expect((await own.get(`${BASE}/round-tables/not-a-uuid`)).status).toBe(404);
  });

  it("answers 403 to roles without the permission, and lets the trainer read but not edit", async () => {
    for (const email of ["trainee.offenbach@eccipa.example", "committee.offenbach@eccipa.example"]) {
      const client = await signedIn(email);
      expect((await client.get(BASE)).status, email).toBe(403);
      expect((await client.get(`${BASE}/round-tables/${table}`)).status, email).toBe(403);
    }
    const trainer = await signedIn("trainer.offenbach@eccipa.example");
    const page = await trainer.get(`${BASE}/round-tables/${table}`);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('name="intent" value="participant"');
    expect((await trainer.post(`${BASE}/round-tables/${table}`, { intent: "update", ...BASICS })).status).toBe(403);
    expect((await trainer.post(BASE, { intent: "create", ...BASICS })).status).toBe(403);
  });

  it("refuses bad basics with 400, translated, keeping what was typed", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const bad = await client.post(BASE, { intent: "create", ...BASICS, theme: "Kultur im Amt", place: "", onlineUrl: "", votesPerParticipant: "11", heldOn: "2021-02-30" });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(fieldError(html, "votesPerParticipant")).toBe(t("en", "coDesign.errors.votesPerParticipant"));
    expect(fieldError(html, "place")).toBe(t("en", "coDesign.errors.placeOrOnline"));
    expect(fieldError(html, "heldOn")).toBe(t("en", "errors.date"));
    expect(inputValue(html, "theme")).toBe("Kultur im Amt");
    expect(inputValue(html, "votesPerParticipant")).toBe("11");
    const german = await client.post("/de/t/offenbach/co-design", { intent: "create", ...BASICS, votesPerParticipant: "0" });
    expect(german.status).toBe(400);
    expect(fieldError(await german.text(), "votesPerParticipant")).toBe(t("de", "coDesign.errors.votesPerParticipant"));
    expect(await auditSince(before, "round_table.create")).toEqual([]);
  });

  it("creates a round table (302 to its page) with its audit entry, and lists it with its figures", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const id = await createRoundTableAs(client, BASE, { theme: "Online-Runde zur Zusammenarbeit", place: "", onlineUrl: "https://meet.example/runde" });
    const [entry] = await auditSince(before, "round_table.create");
    expect(entry).toMatchObject({ objectId: id, territoryId: offenbachId, objectType: "round_table" });
    const page = decode(await (await client.get(BASE)).text());
    expect(page).toContain("Online-Runde zur Zusammenarbeit");
    expect(page).toContain(t("en", "coDesign.toolkitLink"));
    expect(page).toContain('href="/en/t/offenbach/toolkit"');
    // The demo's round table of Offenbach: held, 6 local and 2 international participants, 6 contributions.
    expect(page).toContain("Interkulturelle Kommunikation am Schalter");
  });

  it("adds participants (a linked member, a guest), refusing a non-member and a second link of the same member", async () => {
    const client = await coordinator();
    const path = `${BASE}/round-tables/${table}`;
    const trainee = await userId("trainee.offenbach@eccipa.example");
    const before = await lastAuditId();
    const linked = await client.post(path, { intent: "participant", name: "", organisationName: "Bürgerbüro", category: "public_authority", scope: "local", userId: trainee });
    expect(linked.status).toBe(200);
    expect(await participantNamed(table, "Aylin Demir")).toBeTruthy();
    const guest = await client.post(path, { intent: "participant", name: "Ana Gómez (erfunden)", organisationName: "ACCEM", category: "ngo", scope: "international", userId: "" });
    expect(guest.status).toBe(200);
    const [entry] = await auditSince(before, "round_table.participant_add");
    expect(entry.details).toMatchObject({ linked: true, scope: "local" });
    expect(JSON.stringify(await auditSince(before, "round_table.participant_add"))).not.toContain("Ana Gómez");

    const stranger = await client.post(path, { intent: "participant", name: "X Y", organisationName: "", category: "ngo", scope: "local", userId: await userId("coordinator.ravenna@eccipa.example") });
    expect(stranger.status).toBe(400);
    expect(fieldError(await stranger.text(), "userId")).toBe(t("en", "coDesign.errors.memberUnknown"));
    const twice = await client.post(path, { intent: "participant", name: "", organisationName: "", category: "ngo", scope: "local", userId: trainee });
    expect(twice.status).toBe(400);
    expect(fieldError(await twice.text(), "userId")).toBe(t("en", "coDesign.errors.memberAlreadyLinked"));
    const noCategory = await client.post(path, { intent: "participant", name: "Nur Name", organisationName: "", category: "", scope: "local", userId: "" });
    expect(noCategory.status).toBe(400);
    expect(inputValue(await noCategory.text(), "name")).toBe("Nur Name");
    expect(await countOf(roundTableParticipant, table)).toBe(2);
  });

  it("puts validated findings of any territory of the programme on the table, and refuses one that is not validated (400)", async () => {
    const client = await coordinator();
    const path = `${BASE}/round-tables/${table}`;
    const validated = await listValidatedFindings(getDb(), { programmeId });
    const ofRavenna = validated.find((f) => f.territoryId === ravennaId)!;
    const ofOffenbach = validated.find((f) => f.territoryId === offenbachId)!;
    // The picker offers Ravenna's validated statements, grouped by territory.
    const picker = decode(await (await client.get(path)).text());
    expect(picker).toContain(ofRavenna.statement);
    expect(picker).toContain(t("en", "coDesign.validatedIn", { territory: "City of Ravenna" }));
    const [unvalidated] = await getDb()
      .insert(finding)
      .values({ territoryId: offenbachId, kind: "need", priority: "low", statement: "Ein nicht validierter Befund, der nicht auf den Tisch darf." })
      .returning({ id: finding.id });
    expect(picker).not.toContain("Ein nicht validierter Befund");

    const before = await lastAuditId();
    const refused = await client.post(path, { intent: "needs", "findingIds[]": [ofOffenbach.id, unvalidated.id] });
    expect(refused.status).toBe(400);
    expect(decode(await refused.text())).toContain(t("en", "coDesign.errors.findingNotValidated"));
    expect(await countOf(roundTableNeed, table)).toBe(0);
    const forged = await client.post(path, { intent: "needs", "findingIds[]": ["not-a-uuid"] });
    expect(forged.status).toBe(400);
    // A finding validated in a territory of another programme is refused the same way.
    const [other] = await getDb().insert(programme).values({ slug: "other-programme", name: "Other programme" }).returning({ id: programme.id });
    const [elsewhere] = await getDb().insert(territory).values({ programmeId: other.id, slug: "elsewhere", name: "Elsewhere", countryCode: "FR", languages: ["en"] }).returning({ id: territory.id });
    const [foreignFinding] = await getDb().insert(finding).values({ territoryId: elsewhere.id, kind: "need", priority: "high", statement: "A need validated in another programme." }).returning({ id: finding.id });
    const [group] = await getDb().insert(focusGroup).values({ territoryId: elsewhere.id, title: "Elsewhere group", heldOn: "2021-06-01" }).returning({ id: focusGroup.id });
    await getDb().insert(focusGroupFinding).values({ focusGroupId: group.id, findingId: foreignFinding.id, outcome: "confirmed", decidedAt: new Date() });
    expect(picker).not.toContain("A need validated in another programme.");
    const otherProgramme = await client.post(path, { intent: "needs", "findingIds[]": [foreignFinding.id] });
    expect(otherProgramme.status).toBe(400);
    expect(decode(await otherProgramme.text())).toContain(t("en", "coDesign.errors.findingNotValidated"));
    expect(await countOf(roundTableNeed, table)).toBe(0);

    const saved = await client.post(path, { intent: "needs", "findingIds[]": [ofOffenbach.id, ofRavenna.id] });
    expect(saved.status).toBe(200);
    expect(await countOf(roundTableNeed, table)).toBe(2);
    const again = await client.post(path, { intent: "needs", "findingIds[]": [ofOffenbach.id, ofRavenna.id] });
    expect(again.status).toBe(200);
    expect(await countOf(roundTableNeed, table)).toBe(2);
    const entries = await auditSince(before, "round_table.needs");
    expect(entries).toHaveLength(1);
    expect(entries[0].details).toMatchObject({ added: expect.arrayContaining([ofOffenbach.id, ofRavenna.id]), removed: [] });
    // The trainer reads the needs on the table, not the picker.
    const trainerPage = decode(await (await (await signedIn("trainer.offenbach@eccipa.example")).get(path)).text());
    expect(trainerPage).toContain(ofRavenna.statement);
    expect(trainerPage).not.toContain('name="findingIds[]"');
  });

  it("adds contributions answering a need on the table; refuses a need off the table; a double submit adds one", async () => {
    const client = await coordinator();
    const path = `${BASE}/round-tables/${table}`;
    const [need] = await getDb().select({ id: roundTableNeed.findingId }).from(roundTableNeed).where(eq(roundTableNeed.roundTableId, table));
    const validated = await listValidatedFindings(getDb(), { programmeId });
    const offTable = validated.find((f) => f.territoryId === offenbachId && f.id !== need.id)!;
    const proposer = await participantNamed(table, "Ana Gómez (erfunden)");
    const wrongNeed = await client.post(path, { intent: "contribution", proposal: "Schulung zu einfacher Sprache am Schalter.", findingId: offTable.id, proposedByParticipantId: "" });
    expect(wrongNeed.status).toBe(400);
    const wrongHtml = await wrongNeed.text();
    expect(fieldError(wrongHtml, "findingId")).toBe(t("en", "coDesign.errors.needNotOnTable"));
    expect(decode(wrongHtml)).toContain("Schulung zu einfacher Sprache am Schalter.");
    const short = await client.post(path, { intent: "contribution", proposal: "kurz", findingId: "", proposedByParticipantId: "" });
    expect(short.status).toBe(400);

    const before = await lastAuditId();
    const fields = { intent: "contribution", proposal: "Schulung zu einfacher Sprache am Schalter.", findingId: need.id, proposedByParticipantId: proposer };
    expect((await client.post(path, fields)).status).toBe(200);
    expect((await client.post(path, fields)).status).toBe(200);
    expect(await countOf(roundTableContribution, table)).toBe(1);
    expect(await auditSince(before, "round_table.contribution_add")).toHaveLength(1);
    for (const proposal of ["Rollenspiele zu schwierigen Gesprächen.", "Überblick über die Zuständigkeiten im Kreis."]) {
      expect((await client.post(path, { intent: "contribution", proposal, findingId: "", proposedByParticipantId: "" })).status).toBe(200);
    }
    expect(await countOf(roundTableContribution, table)).toBe(3);
  });

  it("refuses votes before the prioritisation (409), moves one step at a time, and ignores a repeated step", async () => {
    const client = await coordinator();
    const path = `${BASE}/round-tables/${table}`;
    const guest = await participantNamed(table, "Ana Gómez (erfunden)");
    const [first] = await contributionIds(table);
    const early = await client.post(path, { intent: "votes", participantId: guest, "contributionIds[]": [first], "points[]": ["1"] });
    expect(early.status).toBe(409);
    expect(decode(await early.text())).toContain(t("en", "coDesign.errors.notPrioritising"));
    const skip = await client.post(path, { intent: "status", status: "closed" });
    expect(skip.status).toBe(409);
    const before = await lastAuditId();
    expect((await client.post(path, { intent: "status", status: "prioritising" })).status).toBe(200);
    expect((await client.post(path, { intent: "status", status: "prioritising" })).status).toBe(200);
    expect(await auditSince(before, "round_table.status")).toHaveLength(1);
  });

  it("records a participant's votes for the facilitator: over the limit is a 400 keeping the points, a re-submit replaces", async () => {
    const client = await coordinator();
    const path = `${BASE}/round-tables/${table}`;
    const guest = await participantNamed(table, "Ana Gómez (erfunden)");
    const [a, b, c] = await contributionIds(table);
    const over = await client.post(path, { intent: "votes", participantId: guest, "contributionIds[]": [a, b, c], "points[]": ["3", "2", "1"] });
    expect(over.status).toBe(400);
    const html = await over.text();
    expect(decode(html)).toContain(t("en", "coDesign.errors.votesOverLimit"));
    expect(html).toMatch(new RegExp(`id="votes-${guest}-${c}"[^>]*value="1"`));
    expect(await votesOf(guest)).toEqual([]);
    const negative = await client.post(path, { intent: "votes", participantId: guest, "contributionIds[]": [a], "points[]": ["-1"] });
    expect(negative.status).toBe(400);
    const foreign = await client.post(path, { intent: "votes", participantId: guest, "contributionIds[]": [a, "00000000-0000-4000-8000-000000000000"], "points[]": ["1", "1"] });
    expect(foreign.status).toBe(400);

    const before = await lastAuditId();
    const fields = { intent: "votes", participantId: guest, "contributionIds[]": [a, b, c], "points[]": ["3", "0", "2"] };
    expect((await client.post(path, fields)).status).toBe(200);
    expect((await client.post(path, fields)).status).toBe(200);
    expect(await votesOf(guest)).toEqual(
      [
        { contributionId: a, points: 3 },
        { contributionId: c, points: 2 },
      ].sort((x, y) => x.contributionId.localeCompare(y.contributionId)),
    );
    const entries = await auditSince(before, "round_table.votes");
    expect(entries).toHaveLength(1);
    expect(entries[0].details).toMatchObject({ participantId: guest, own: false, total: 5 });
    // Changed votes replace the old ones.
    expect((await client.post(path, { ...fields, "points[]": ["0", "1", "0"] })).status).toBe(200);
    expect(await votesOf(guest)).toEqual([{ contributionId: b, points: 1 }]);
  });

  it("lets a linked participant cast her own votes (re-submit replaces), and answers 404 to anyone not linked", async () => {
    const path = `${BASE}/round-tables/${table}/vote`;
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    const page = await trainee.get(path);
    expect(page.status).toBe(200);
    const html = decode(await page.text());
    expect(html).toContain(t("en", "coDesign.saveMyVotes"));
    expect(html).toContain("County of Offenbach");
    for (const email of ["coordinator.offenbach@eccipa.example", "committee.offenbach@eccipa.example", "trainer.offenbach@eccipa.example"]) {
      const other = await signedIn(email);
      expect((await other.get(path)).status, email).toBe(404);
      expect((await other.post(path, { "contributionIds[]": [], "points[]": [] })).status, email).toBe(404);
    }
    expect((await trainee.get(`${RAVENNA}/round-tables/${ravennaTable}/vote`)).status).toBe(404);
    expect((await trainee.get(`${BASE}/round-tables/${ravennaTable}/vote`)).status).toBe(404);

    const me = await participantNamed(table, "Aylin Demir");
    const [a, b, c] = await contributionIds(table);
    const over = await trainee.post(path, { "contributionIds[]": [a, b, c], "points[]": ["5", "1", "0"] });
    expect(over.status).toBe(400);
    expect(decode(await over.text())).toContain(t("en", "coDesign.errors.votesOverLimit"));
    const before = await lastAuditId();
    // The participant id in the form is ignored: she only ever votes as herself.
    const guest = await participantNamed(table, "Ana Gómez (erfunden)");
    expect((await trainee.post(path, { participantId: guest, "contributionIds[]": [a, b, c], "points[]": ["2", "2", "1"] })).status).toBe(200);
    expect((await trainee.post(path, { "contributionIds[]": [a, b, c], "points[]": ["2", "2", "1"] })).status).toBe(200);
    expect(await votesOf(me)).toHaveLength(3);
    expect(await votesOf(guest)).toEqual([{ contributionId: b, points: 1 }]);
    const entries = await auditSince(before, "round_table.votes");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorUserId: await userId("trainee.offenbach@eccipa.example") });
    expect(entries[0].details).toMatchObject({ participantId: me, own: true, total: 5 });
    expect((await trainee.post(path, { "contributionIds[]": [a, b, c], "points[]": ["0", "0", "4"] })).status).toBe(200);
    expect(await votesOf(me)).toEqual([{ contributionId: c, points: 4 }]);
    // Her way there: the territory home lists the round tables she sits at.
    const home = decode(await (await trainee.get("/en/t/offenbach")).text());
    expect(home).toContain(t("en", "coDesign.myRoundTables"));
    expect(home).toContain(`href="${path}"`);
  });

  it("ranks by points, then voters, then the earlier contribution, in SQL, and shows the ranking on the page", async () => {
    const [a, b, c] = await contributionIds(table);
    // Votes so far: guest b=1; Aylin c=4. Add a third participant giving a=4, b=0 → a=4 (1 voter), c=4 (1 voter), b=1.
    const client = await coordinator();
    const path = `${BASE}/round-tables/${table}`;
    expect((await client.post(path, { intent: "participant", name: "Dritte Person (erfunden)", organisationName: "", category: "other", scope: "local", userId: "" })).status).toBe(200);
    const third = await participantNamed(table, "Dritte Person (erfunden)");
    expect((await client.post(path, { intent: "votes", participantId: third, "contributionIds[]": [a, b, c], "points[]": ["4", "0", "0"] })).status).toBe(200);
    let ranked = await listRankedContributions(getDb(), { programmeId, roundTableId: table });
    // a and c tie on points and voters: the earlier one (a) first.
    expect(ranked.map((r) => [r.id, r.points, r.voters, r.rank])).toEqual([
      [a, 4, 1, 1],
      [c, 4, 1, 2],
      [b, 1, 1, 3],
    ]);
    // One more voter for c at one point: c has more points now. And b gains a voter but not points.
    const guest = await participantNamed(table, "Ana Gómez (erfunden)");
    expect((await client.post(path, { intent: "votes", participantId: guest, "contributionIds[]": [a, b, c], "points[]": ["0", "1", "1"] })).status).toBe(200);
    ranked = await listRankedContributions(getDb(), { programmeId, territoryId: offenbachId, roundTableId: table });
    expect(ranked.map((r) => [r.id, r.points, r.voters, r.rank])).toEqual([
      [c, 5, 2, 1],
      [a, 4, 1, 2],
      [b, 1, 1, 3],
    ]);
    expect(ranked[0]).toMatchObject({ roundTableId: table, territoryId: offenbachId, theme: BASICS.theme });
    // Ties on points go to more voters: b reaches 4 points from two voters, a has 4 from one.
    expect((await client.post(path, { intent: "votes", participantId: guest, "contributionIds[]": [a, b, c], "points[]": ["0", "3", "1"] })).status).toBe(200);
    expect((await client.post(path, { intent: "votes", participantId: await participantNamed(table, "Aylin Demir"), "contributionIds[]": [a, b, c], "points[]": ["0", "1", "3"] })).status).toBe(200);
    ranked = await listRankedContributions(getDb(), { programmeId, roundTableId: table });
    expect(ranked.map((r) => [r.id, r.points, r.voters])).toEqual([
      [b, 4, 2],
      [c, 4, 2],
      [a, 4, 1],
    ]);
    const page = decode(await (await client.get(path)).text());
    const ranking = page.slice(page.indexOf(t("en", "coDesign.rankingSoFar")));
    expect(ranking.indexOf("Rollenspiele zu schwierigen Gesprächen.")).toBeLessThan(ranking.indexOf("Überblick über die Zuständigkeiten im Kreis."));
    expect(ranking.indexOf("Überblick über die Zuständigkeiten im Kreis.")).toBeLessThan(ranking.indexOf("Schulung zu einfacher Sprache am Schalter."));
    // Programme-wide: the demo's three closed round tables and this one, each ranked from 1.
    const all = await listRankedContributions(getDb(), { programmeId });
    expect(new Set(all.map((r) => r.territoryId)).size).toBe(3);
    expect(all.filter((r) => r.rank === 1).length).toBeGreaterThanOrEqual(4);
  });

  it("closes the round table; then votes (facilitator and own), participants and contributions are refused (409, translated)", async () => {
    const client = await coordinator();
    const path = `${BASE}/round-tables/${table}`;
    expect((await client.post(path, { intent: "status", status: "closed" })).status).toBe(200);
    const [a] = await contributionIds(table);
    const guest = await participantNamed(table, "Ana Gómez (erfunden)");
    const facilitator = await client.post(path, { intent: "votes", participantId: guest, "contributionIds[]": [a], "points[]": ["1"] });
    expect(facilitator.status).toBe(409);
    expect(decode(await facilitator.text())).toContain(t("en", "coDesign.errors.closed"));
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    const own = await trainee.post("/de/t/offenbach/co-design/round-tables/" + table + "/vote", { "contributionIds[]": [a], "points[]": ["1"] });
    expect(own.status).toBe(409);
    expect(decode(await own.text())).toContain(t("de", "coDesign.errors.closed"));
    expect(decode(await (await trainee.get(`${path}/vote`)).text())).toContain(t("en", "coDesign.voteClosed.closed"));
    expect((await client.post(path, { intent: "participant", name: "Zu spät", organisationName: "", category: "other", scope: "local", userId: "" })).status).toBe(409);
    expect((await client.post(path, { intent: "contribution", proposal: "Ein später Vorschlag für alle.", findingId: "", proposedByParticipantId: "" })).status).toBe(409);
    expect((await client.post(path, { intent: "remove-contribution", id: a })).status).toBe(409);
    expect((await client.post(path, { intent: "status", status: "prioritising" })).status).toBe(409);
    expect((await client.post(path, { intent: "nonsense" })).status).toBe(400);
    const page = decode(await (await client.get(path)).text());
    expect(page).toContain(t("en", "coDesign.outcome"));
  });

  it("removes a participant with her votes, once (a double submit changes nothing more)", async () => {
    const client = await coordinator();
    const id = await createRoundTableAs(client, BASE, { theme: "Runde zum Entfernen" });
    const path = `${BASE}/round-tables/${id}`;
    expect((await client.post(path, { intent: "participant", name: "Weg Damit (erfunden)", organisationName: "", category: "other", scope: "local", userId: "" })).status).toBe(200);
    const person = await participantNamed(id, "Weg Damit (erfunden)");
    const before = await lastAuditId();
    expect((await client.post(path, { intent: "remove-participant", id: person })).status).toBe(200);
    expect((await client.post(path, { intent: "remove-participant", id: person })).status).toBe(200);
    expect(await countOf(roundTableParticipant, id)).toBe(0);
    expect(await auditSince(before, "round_table.participant_remove")).toHaveLength(1);
  });

  it("seeds the demo's three closed round tables with participants, needs, contributions and votes", async () => {
    const tables = await getDb().select({ id: roundTable.id, status: roundTable.status, territoryId: roundTable.territoryId }).from(roundTable).where(eq(roundTable.heldOn, "2021-07-14"));
    expect(tables).toEqual([expect.objectContaining({ status: "closed", territoryId: offenbachId })]);
    const [demo] = tables;
    expect(await countOf(roundTableParticipant, demo.id)).toBe(8);
    expect(await countOf(roundTableNeed, demo.id)).toBeGreaterThanOrEqual(3);
    expect(await countOf(roundTableContribution, demo.id)).toBe(6);
    const ranked = await listRankedContributions(getDb(), { programmeId, roundTableId: demo.id });
    expect(ranked[0].points).toBeGreaterThan(ranked[ranked.length - 1].points);
    const overview = decode(await (await (await coordinator()).get(BASE)).text());
    expect(overview).toContain(t("en", "coDesign.heldCount"));
  });
});
