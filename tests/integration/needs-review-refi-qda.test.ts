// Exchange with QDA software (REFI-QDA): the Needs Review as a .qdpx project (coordinators only,
// audited), the codebook as .qdc, and a .qdc import. Files are opened again and checked against
// the published schemas, the transcripts and the codings they came from.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, count, desc, eq, inArray, notInArray } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { XmlDocument, type XmlElement } from "libxml2-wasm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, coding, interview, interviewParticipant, participant, territory, theme, transcript, user } from "~/db/schema";
import { createTheme } from "~/features/needs-review/codebook/codebook.server";
import { createCodings } from "~/features/needs-review/coding/codings.server";
import type { ThemeColour } from "~/features/needs-review/codebook/theme-colours";
import { loadActor } from "~/tenancy/actor.server";
import { ORIGIN, startApp, type TestClient, signedInClient } from "../support/app";
import { decode, fieldError, t } from "../support/pages";
import { clearCodebook, interviewOf } from "../support/needs-review";
import { codebookProblems, projectProblems, readQdpx } from "../support/refi-qda";

let app: Awaited<ReturnType<typeof startApp>>;
const signedIn = (email: string) => signedInClient(app, email);
const db = () => getDb();

const QDPX = "/de/t/offenbach/needs-review/export.qdpx";
const QDC = "/en/t/offenbach/needs-review/export.qdc";
const P = { q: "urn:QDA-XML:project:1.0" };

// A transcript with characters outside the BMP before and inside the coded passage.
const TEXT = "I: Wie war Ihr erster Termin? 😀\nTCN-01: Ich habe drei Monate 𠀋 auf den Termin gewartet. Die Briefe waren nur auf Deutsch.\n";
const QUOTE = "drei Monate 𠀋 auf den Termin gewartet";
const MEMO = 'Drei Monate – <zu lange> & "ärgerlich"\nzweite Zeile';

async function territoryRow(slug: string) {
  const [row] = await db().select().from(territory).where(eq(territory.slug, slug));
  return row;
}

async function actorOf(email: string) {
  const [row] = await db().select({ id: user.id, name: user.name, email: user.email }).from(user).where(eq(user.email, email));
  return loadActor(db(), row);
}

async function themeTree(slug: string) {
  const { id } = await territoryRow(slug);
  const rows = await db().select().from(theme).where(eq(theme.territoryId, id));
  const nameOf = new Map(rows.map((r) => [r.id, r.name]));
  return rows.map((r) => ({ name: r.name, description: r.description, colour: r.colour, parent: r.parentId ? nameOf.get(r.parentId) : null })).sort((a, b) => a.name.localeCompare(b.name));
}

async function auditCount(action: string): Promise<number> {
  const [{ n }] = await db().select({ n: count() }).from(auditLog).where(eq(auditLog.action, action));
  return n;
}

/** Posts a multipart form as a browser would, with the CSRF token and one file. */
async function upload(client: TestClient, path: string, file: { name: string; bytes: Uint8Array } | null) {
  if (!client.cookie("eccipa_csrf")) await client.get("/en");
  const body = new FormData();
  body.append("_csrf", decodeURIComponent(client.cookie("eccipa_csrf") ?? ""));
  body.append("intent", "import-codebook");
  if (file) body.append("file", new Blob([new Uint8Array(file.bytes)], { type: "application/xml" }), file.name);
  return client.request(path, { method: "POST", body, headers: { origin: ORIGIN } });
}

function parse(xml: string) {
  const doc = XmlDocument.fromString(xml);
  const all = (xpath: string) => doc.find(xpath, P) as XmlElement[];
  const attr = (el: XmlElement, name: string) => el.attr(name)?.value ?? null;
  return { doc, all, attr };
}

let ids: { offenbach: string; tcnInterview: string; csInterview: string; child: string; parent: string; unicode: string };

/**
 * The counts below are those of a Needs Review with three interviews and no codebook. The demo
 * has more (about ten interviews per territory, coded with the default codebook), so this file
 * first takes the demo's codings and themes away, and Offenbach's interviews and participants
 * other than its first three.
 */
/** Empty codebooks everywhere, and in Offenbach only the first three demo participants and their interviews. */
async function resetToFirstThreeInterviews() {
  for (const slug of ["offenbach", "ravenna", "cartagena"]) await clearCodebook(slug);
  const { id: offenbach } = await territoryRow("offenbach");
  const kept = ["CS-01", "TCN-01", "NGO-01"];
  const others = db().select({ id: participant.id }).from(participant).where(and(eq(participant.territoryId, offenbach), notInArray(participant.pseudonym, kept)));
  await db().delete(interview).where(and(eq(interview.territoryId, offenbach), inArray(interview.id, db().select({ id: interviewParticipant.interviewId }).from(interviewParticipant).where(inArray(interviewParticipant.participantId, others)))));
  await db().delete(participant).where(and(eq(participant.territoryId, offenbach), notInArray(participant.pseudonym, kept)));
}

beforeAll(async () => {
  app = await startApp();
  // These tests build their own codebooks on a small territory: the demo's themes, codings and
  // most of Offenbach's interviews go first.
  await resetToFirstThreeInterviews();
  const offenbach = await territoryRow("offenbach");
  const coordinator = await actorOf("coordinator.offenbach@eccipa.example");
  const partner = await actorOf("partner.offenbach@eccipa.example");
  const tcnInterview = await interviewOf("offenbach", "TCN-01");
  const csInterview = await interviewOf("offenbach", "CS-01");
  await db().update(transcript).set({ text: TEXT }).where(eq(transcript.interviewId, tcnInterview));

  const created = async (name: string, colour: ThemeColour, parentId?: string, description = "") => {
    const result = await createTheme(db(), { actor: coordinator, territory: offenbach, input: { name, description, colour, parentId } });
    if (!result.ok) throw new Error(`theme ${name}: ${JSON.stringify(result)}`);
    return result.id;
  };
  const parent = await created("Zugänglichkeit", "#1d4f91", undefined, "Wie Ämter erreichbar sind, auch ohne Deutsch.");
  const child = await created("Wartezeit & Termine", "#b3261e", parent);
  const unicode = await created("Año nuevo, però sì", "#0f6b3a");

  const versionOf = async (interviewId: string) => (await db().select().from(transcript).where(eq(transcript.interviewId, interviewId)))[0].version;
  const start = TEXT.indexOf(QUOTE);
  const byPartner = await createCodings(db(), {
    actor: partner,
    territory: offenbach,
    interviewId: tcnInterview,
    input: { version: await versionOf(tcnInterview), "themeIds[]": [child], memo: MEMO, "paragraphs[]": [], start, end: start + QUOTE.length },
  });
  const byCoordinator = await createCodings(db(), {
    actor: coordinator,
    territory: offenbach,
    interviewId: csInterview,
    input: { version: await versionOf(csInterview), "themeIds[]": [parent, unicode], memo: "", "paragraphs[]": [1] },
  });
  expect([byPartner, byCoordinator]).toEqual([{ ok: true, created: 1 }, { ok: true, created: 2 }]);
  // A coding that could not be placed after an edit stays out of the export.
  const [unplaced] = await db().select({ id: coding.id }).from(coding).where(and(eq(coding.interviewId, csInterview), eq(coding.themeId, unicode)));
  await db().update(coding).set({ placement: "unplaced" }).where(eq(coding.id, unplaced.id));
  ids = { offenbach: offenbach.id, tcnInterview, csInterview, child, parent, unicode };
});

describe("exporting the project (.qdpx)", () => {
  it("sends visitors to sign in (302), hides other territories (404) and refuses technical partners and trainees (403, translated), auditing nothing", async () => {
    const visitor = await app(new Request(new URL(QDPX, ORIGIN)));
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toBe(`/de/sign-in?next=${encodeURIComponent(QDPX)}`);
    const outsider = await (await signedIn("coordinator.ravenna@eccipa.example")).get(QDPX);
    expect(outsider.status).toBe(404);
    expect(await outsider.text()).toContain(t("de", "errorPage.kinds.notFound.title"));
    for (const email of ["partner.offenbach@eccipa.example", "trainee.offenbach@eccipa.example"]) {
      const refused = await (await signedIn(email)).get(QDPX);
      expect(refused.status, email).toBe(403);
      expect(await refused.text()).toContain(t("de", "errorPage.kinds.forbidden.title"));
    }
    expect(await auditCount("review.export")).toBe(0);
  });

  it("gives the coordinator a valid project (200) named in her language, and audits it with counts only", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const response = await coordinator.get(QDPX);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Bedarfsanalyse - Kreis Offenbach.qdpx"; filename*=UTF-8''Bedarfsanalyse%20%E2%80%93%20Kreis%20Offenbach.qdpx`,
    );
    const files = readQdpx(new Uint8Array(await response.arrayBuffer()));
    expect(projectProblems(files.get("project.qde")!)).toEqual([]);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "review.export"));
    expect(entry.territoryId).toBe(ids.offenbach);
    expect(entry.details).toEqual({ format: "qdpx", sources: 3, codes: 3, codings: 2, cases: 3, notes: 1, users: 2 });
  });

  it("holds each transcript as its source file, and each placed coding selects its quote, past characters outside the BMP", async () => {
    const files = readQdpx(new Uint8Array(await (await (await signedIn("coordinator.offenbach@eccipa.example")).get(QDPX)).arrayBuffer()));
    const { doc, all, attr } = parse(files.get("project.qde")!);
    try {
      const texts = await db().select({ id: transcript.id, text: transcript.text }).from(transcript).innerJoin(interview, eq(interview.id, transcript.interviewId)).where(eq(interview.territoryId, ids.offenbach));
      const sources = all("/q:Project/q:Sources/q:TextSource");
      expect(sources.map((s) => attr(s, "guid")).sort()).toEqual(texts.map((x) => x.id).sort());
      const placed = await db().select().from(coding).where(and(eq(coding.territoryId, ids.offenbach), eq(coding.placement, "placed")));
      let selections = 0;
      for (const source of sources) {
        const guid = attr(source, "guid")!;
        expect(attr(source, "plainTextPath")).toBe(`internal://${guid}.txt`);
        const text = files.get(`sources/${guid}.txt`);
        expect(text).toBe(texts.find((x) => x.id === guid)!.text);
        for (const selection of source.find("q:PlainTextSelection", P) as XmlElement[]) {
          selections++;
          const [start, end] = [Number(attr(selection, "startPosition")), Number(attr(selection, "endPosition"))];
          const codingEl = selection.get("q:Coding", P) as XmlElement;
          const row = placed.find((c) => c.id === attr(codingEl, "guid"))!;
          expect(Array.from(text!).slice(start, end).join("")).toBe(row.quote);
          expect(attr(codingEl.get("q:CodeRef", P) as XmlElement, "targetGUID")).toBe(row.themeId);
        }
      }
      expect(selections).toBe(2);
      // The emoji before the quote moves it one character left of its UTF-16 offset; 𠀋 inside widens nothing.
      const tcn = placed.find((c) => c.quote === QUOTE)!;
      const selection = all(`//q:PlainTextSelection[q:Coding/@guid="${tcn.id}"]`)[0];
      expect([Number(attr(selection, "startPosition")), Number(attr(selection, "endPosition"))]).toEqual([tcn.start - 1, tcn.end - 2]);
      // The unplaced coding is not exported.
      expect(all(`//q:Coding/q:CodeRef[@targetGUID="${ids.unicode}"]`)).toHaveLength(0);
    } finally {
      doc.dispose();
    }
  });

  it("nests the codebook, makes participants cases with their target group, memos notes and coders users (names only)", async () => {
    const files = readQdpx(new Uint8Array(await (await (await signedIn("coordinator.offenbach@eccipa.example")).get(QDPX)).arrayBuffer()));
    const xml = files.get("project.qde")!;
    const { doc, all, attr } = parse(xml);
    try {
      expect(all(`/q:Project/q:CodeBook/q:Codes/q:Code[@guid="${ids.parent}"]/q:Code`).map((c) => attr(c, "name"))).toEqual(["Wartezeit & Termine"]);
      expect(all(`//q:Code[@guid="${ids.unicode}"]`).map((c) => attr(c, "name"))).toEqual(["Año nuevo, però sì"]);
      expect(all(`//q:Code[@guid="${ids.parent}"]/q:Description`)[0].content).toBe("Wie Ämter erreichbar sind, auch ohne Deutsch.");

      const targetGroup = all("//q:Variable").find((v) => attr(v, "name") === t("de", "refiQda.variables.targetGroup"))!;
      const [tcn] = await db().select().from(participant).where(and(eq(participant.territoryId, ids.offenbach), eq(participant.pseudonym, "TCN-01")));
      const [tcnTranscript] = await db().select({ id: transcript.id }).from(transcript).where(eq(transcript.interviewId, ids.tcnInterview));
      const caseEl = all(`//q:Case[@guid="${tcn.id}"]`)[0];
      expect(attr(caseEl, "name")).toBe("TCN-01");
      const value = (caseEl.find("q:VariableValue", P) as XmlElement[]).find((v) => attr(v.get("q:VariableRef", P) as XmlElement, "targetGUID") === attr(targetGroup, "guid"))!;
      expect(value.get("q:TextValue", P)!.content).toBe(t("de", "targetGroups.third_country_national"));
      expect((caseEl.find("q:SourceRef", P) as XmlElement[]).map((r) => attr(r, "targetGUID"))).toEqual([tcnTranscript.id]);
      expect(all("//q:Case")).toHaveLength(3);

      const notes = all("//q:Notes/q:Note");
      expect(notes.map((n) => n.get("q:PlainTextContent", P)!.content)).toEqual([MEMO]);
      expect(all(`//q:PlainTextSelection/q:NoteRef[@targetGUID="${attr(notes[0], "guid")}"]`)).toHaveLength(1);

      expect(all("//q:Users/q:User").map((u) => attr(u, "name")).sort()).toEqual(["Jonas Weber", "Miriam Scholz"]);
      expect(xml).not.toMatch(/@eccipa\.example/);
    } finally {
      doc.dispose();
    }
  });

  it("gives the same GUIDs, and the same document but for its dates, when exported twice", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const first = readQdpx(new Uint8Array(await (await coordinator.get(QDPX)).arrayBuffer()));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = readQdpx(new Uint8Array(await (await coordinator.get(QDPX)).arrayBuffer()));
    const guids = (xml: string) => [...xml.matchAll(/\b(?:guid|targetGUID|creatingUser)="([^"]+)"/g)].map((m) => m[1]);
    const [a, b] = [first.get("project.qde")!, second.get("project.qde")!];
    expect(guids(a).length).toBeGreaterThan(10);
    expect(guids(b)).toEqual(guids(a));
    expect(a).not.toBe(b); // the export's own date differs…
    const undated = (xml: string) => xml.replace(/ creationDateTime="[^"]*"/, "");
    expect(undated(b)).toBe(undated(a)); // …and nothing else.
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  });
});

describe("the codebook (.qdc)", () => {
  it("refuses visitors (302), outsiders (404) and trainees (403); technical partners may take it (200, valid)", async () => {
    expect((await app(new Request(new URL(QDC, ORIGIN)))).status).toBe(302);
    expect((await (await signedIn("coordinator.ravenna@eccipa.example")).get(QDC)).status).toBe(404);
    const trainee = await (await signedIn("trainee.offenbach@eccipa.example")).get(QDC);
    expect(trainee.status).toBe(403);
    expect(await trainee.text()).toContain(t("en", "errorPage.kinds.forbidden.title"));
    const response = await (await signedIn("partner.offenbach@eccipa.example")).get(QDC);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(codebookProblems(await response.text())).toEqual([]);
  });

  it("round trip: exported from one territory and imported into another's empty codebook, it gives the same tree (200, audited)", async () => {
    const exported = new Uint8Array(await (await (await signedIn("partner.offenbach@eccipa.example")).get(QDC)).arrayBuffer());
    expect(await themeTree("cartagena")).toEqual([]);
    const cartagena = await signedIn("coordinator.cartagena@eccipa.example");
    const response = await upload(cartagena, "/es/t/cartagena/needs-review/exchange", { name: "Codebook – County of Offenbach.qdc", bytes: exported });
    expect(response.status).toBe(200);
    const page = decode(await response.text());
    expect(page).toContain(t("es", "refiQda.importedAdded_other", { formatted: "3" }));
    expect(page).not.toContain(t("es", "refiQda.importedSkipped_other", { formatted: "0" }));
    expect(await themeTree("cartagena")).toEqual(await themeTree("offenbach"));
    expect((await themeTree("cartagena")).map((r) => r.name)).toContain("Año nuevo, però sì");
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "codebook.import"));
    expect(entry.details).toEqual({ format: "qdc", added: 3, skipped: 0, groups: 0 });

    // The same file again adds nothing: every name is already there.
    const again = await upload(cartagena, "/es/t/cartagena/needs-review/exchange", { name: "again.qdc", bytes: exported });
    expect(again.status).toBe(200);
    expect(decode(await again.text())).toContain(t("es", "refiQda.importedSkipped_other", { formatted: "3" }));
    expect(await themeTree("cartagena")).toHaveLength(3);
  });

  it("skips names the codebook has in any case, puts new sub-codes under them, and takes the nearest palette colour", async () => {
    const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Another QDA program">
  <Codes>
    <Code guid="{0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9}" name="ZUGÄNGLICHKEIT" isCodable="true" color="#FFFFFF">
      <Code guid="1b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9" name="Öffnungszeiten" isCodable="true" color="#ff0000"><Description>Wann Ämter offen sind</Description></Code>
    </Code>
    <Code guid="2b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9" name="Señales" isCodable="false"/>
  </Codes>
</CodeBook>`;
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const response = await upload(partner, "/de/t/offenbach/needs-review/exchange", { name: "other.qdc", bytes: strToU8(qdc) });
    expect(response.status).toBe(200);
    const page = decode(await response.text());
    expect(page).toContain(t("de", "refiQda.importedAdded_other", { formatted: "2" }));
    expect(page).toContain(t("de", "refiQda.importedSkipped_one", { formatted: "1" }));
    const tree = await themeTree("offenbach");
    expect(tree.find((r) => r.name === "Öffnungszeiten")).toEqual({ name: "Öffnungszeiten", description: "Wann Ämter offen sind", colour: "#b3261e", parent: "Zugänglichkeit" });
    expect(tree.find((r) => r.name === "Señales")).toEqual({ name: "Señales", description: "", colour: "#4d4d4d", parent: null });
    expect(tree.find((r) => r.name === "Zugänglichkeit")?.colour).toBe("#1d4f91");
  });

  it("accepts Taguette's codebook with its empty <Sets/>, and imports ATLAS.ti's code groups as parent themes, saying what it did (200)", async () => {
    const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "../fixtures/refi-qda", name)));
    await clearCodebook("ravenna");
    const coordinator = await signedIn("coordinator.ravenna@eccipa.example");
    const taguette = await upload(coordinator, "/it/t/ravenna/needs-review/exchange", { name: "taguette.qdc", bytes: fixture("taguette-codebook.qdc") });
    expect(taguette.status).toBe(200);
    expect(decode(await taguette.text())).toContain(t("it", "refiQda.importedAdded_other", { formatted: "3" }));
    expect((await themeTree("ravenna")).map((r) => [r.name, r.parent])).toEqual([
      ["Digitale Zugänge", null],
      ["Sprachbarrieren", null],
      ["Wartezeiten", null],
    ]);

    const atlas = await upload(coordinator, "/it/t/ravenna/needs-review/exchange", { name: "atlas.qdc", bytes: fixture("atlas-ti-codebook.qdc") });
    expect(atlas.status).toBe(200);
    const page = decode(await atlas.text());
    expect(page).toContain(t("it", "refiQda.importedAdded_other", { formatted: "7" }));
    expect(page).toContain(t("it", "refiQda.importedGroups_other", { formatted: "2" }));
    expect(page).toContain(t("it", "refiQda.importedMembershipsLeft_other", { formatted: "2" }));
    const tree = await themeTree("ravenna");
    expect(tree.filter((r) => !["Wartezeiten", "Sprachbarrieren", "Digitale Zugänge"].includes(r.name)).map((r) => [r.name, r.parent])).toEqual([
      ["Accesso ai servizi", null],
      ["Fiducia nelle istituzioni", null],
      ["Interpreti al telefono", "Mediazione linguistica"],
      ["Lingua", null],
      ["Mediazione linguistica", "Lingua"],
      ["Moduli online", "Accesso ai servizi"],
      ["Orari degli uffici", "Accesso ai servizi"],
    ]);
    expect(tree.find((r) => r.name === "Accesso ai servizi")?.description).toBe("Gruppo di codici: come si arriva agli uffici");
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, "codebook.import")).orderBy(desc(auditLog.id)).limit(1);
    expect(entry.details).toEqual({ format: "qdc", added: 7, skipped: 0, groups: 2 });
    // Leave Ravenna's codebook empty, as the later tests expect it.
    await clearCodebook("ravenna");
  });

  it("refuses a trainee (403) and any file that is no valid codebook (400, translated, keeping the page), importing nothing", async () => {
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    expect((await upload(trainee, "/it/t/offenbach/needs-review/exchange", { name: "x.qdc", bytes: strToU8("<x/>") })).status).toBe(403);

    const before = await themeTree("offenbach");
    const audits = await auditCount("codebook.import");
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const project = new Uint8Array(await (await (await signedIn("coordinator.offenbach@eccipa.example")).get(QDPX)).arrayBuffer());
    const valid = await (await partner.get(QDC)).text();
    const cases: [{ name: string; bytes: Uint8Array } | null, string][] = [
      [null, "errors.fileRequired"],
      [{ name: "progetto.qdc", bytes: project }, "errors.codebookFileIsArchive"],
      [{ name: "altro.qdc", bytes: zipSync({ "a.txt": strToU8("temi") }) }, "errors.codebookFileIsArchive"],
      [{ name: "temi.qdc", bytes: strToU8("Accesso, Lingua, Attesa") }, "errors.codebookFileNotCodebook"],
      [{ name: "doctype.qdc", bytes: strToU8(valid.replace("<CodeBook", '<!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<CodeBook')) }, "errors.codebookFileNotCodebook"],
      [{ name: "invalido.qdc", bytes: strToU8(valid.replace(/ isCodable="true"/, "")) }, "errors.codebookFileNotValid"],
      [{ name: "nuovo.qdc", bytes: strToU8(valid.replace(/name="Zugänglichkeit"/, 'name="Nuovo"').replace(/ isCodable="true"(?![\s\S]* isCodable)/, "")) }, "errors.codebookFileNotValid"],
      [{ name: "grande.qdc", bytes: strToU8(`${valid}<!--${"x".repeat(2 * 1024 * 1024)}-->`) }, "errors.fileTooLarge"],
    ];
    for (const [file, key] of cases) {
      const response = await upload(partner, "/it/t/offenbach/needs-review/exchange", file);
      expect(response.status, file?.name ?? "no file").toBe(400);
      const html = await response.text();
      expect(fieldError(html, "file"), file?.name ?? "no file").toBe(t("it", key));
      expect(decode(html)).toContain(t("it", "refiQda.importTitle"));
    }
    expect(await themeTree("offenbach")).toEqual(before);
    expect(await auditCount("codebook.import")).toBe(audits);
  });
});

describe("the exchange page", () => {
  it("offers the project only to the coordinator, the codebook to both editors, and nothing to trainees (403)", async () => {
    const path = "/en/t/offenbach/needs-review/exchange";
    const coordinatorPage = decode(await (await (await signedIn("coordinator.offenbach@eccipa.example")).get(path)).text());
    expect(coordinatorPage).toContain('href="/en/t/offenbach/needs-review/export.qdpx"');
    expect(coordinatorPage).toContain('href="/en/t/offenbach/needs-review/export.qdc"');
    const partnerResponse = await (await signedIn("partner.offenbach@eccipa.example")).get(path);
    expect(partnerResponse.status).toBe(200);
    const partnerPage = decode(await partnerResponse.text());
    expect(partnerPage).not.toContain("export.qdpx");
    expect(partnerPage).toContain(t("en", "refiQda.projectCoordinatorsOnly"));
    expect(partnerPage).toContain('href="/en/t/offenbach/needs-review/export.qdc"');
    expect((await (await signedIn("trainee.offenbach@eccipa.example")).get(path)).status).toBe(403);
    const overview = decode(await (await (await signedIn("partner.offenbach@eccipa.example")).get("/en/t/offenbach/needs-review")).text());
    expect(overview).toContain(`href="${path}"`);
  });

  it("offers no codebook download while the codebook is empty; the URL then answers 409", async () => {
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const { id } = await territoryRow("ravenna");
    expect((await db().select({ n: count() }).from(theme).where(inArray(theme.territoryId, [id])))[0].n).toBe(0);
    const page = decode(await (await ravenna.get("/it/t/ravenna/needs-review/exchange")).text());
    expect(page).toContain(t("it", "refiQda.codebookEmpty"));
    expect(page).not.toContain("export.qdc");
    const response = await ravenna.get("/it/t/ravenna/needs-review/export.qdc");
    expect(response.status).toBe(409);
    expect(await response.text()).toContain(t("it", "refiQda.codebookEmpty"));
  });
});
