// The Needs Review Report through the real routes: refusals first (302, 404, 403, 400), then the
// narrative, the files in the chosen language read back (DOCX unzipped, PDF through pdftotext),
// publishing in two steps, and the public page, which shows the stored copy only and holds no
// pseudonym, no participant's name and no member's name.
import { and, desc, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { DEMO_ACCOUNTS, DEMO_NEEDS_REVIEW } from "~/demo/demo-data";
import { coding, consent, finding, findingEvidence, participant, programme, reportPublication, territory } from "~/db/schema";
import { countPublishedReports } from "~/features/needs-review/report/report.server";
import { startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { decode, fieldError, t } from "../support/pages";
import { docxText, pdfInfo, pdfText } from "../support/report-files";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/needs-review";
const AMENDED = "An den Schaltern fehlt ein verlässlicher Dolmetscherdienst, auch telefonisch.";
const ORIGINAL = "An den Schaltern gibt es keinen Dolmetscherdienst; Kolleginnen helfen nur aus, wenn sie Zeit haben.";

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);
const coordinator = () => signedIn("coordinator.offenbach@eccipa.example");

async function publicationCount(): Promise<number> {
  return (await getDb().select({ id: reportPublication.id }).from(reportPublication)).length;
}

async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

/** What must never appear in a report: Offenbach's pseudonyms, participants' real names and contacts, members' names. */
async function personalStrings(): Promise<string[]> {
  const pseudonyms = await getDb()
    .select({ pseudonym: participant.pseudonym })
    .from(participant)
    .innerJoin(territory, eq(territory.id, participant.territoryId))
    .where(eq(territory.slug, "offenbach"));
  const identities = Object.values(DEMO_NEEDS_REVIEW).flatMap((t) => t.participants.flatMap((p) => (p.identity ? [p.identity.realName, p.identity.contact] : [])));
  const members = DEMO_ACCOUNTS.flatMap((a) => [a.name, a.email]);
  return [...pseudonyms.map((p) => p.pseudonym), ...identities, ...members];
}

function expectNoPersonalData(text: string, secrets: string[]) {
  const found = secrets.filter((s) => text.toLowerCase().includes(s.toLowerCase()));
  expect(found).toEqual([]);
}

describe("Needs Review Report", () => {
  let quote: string;
  let secrets: string[];

  beforeAll(async () => {
    // A demo coding of a participant's turn ("TCN-01: …" or "CS-01: …") backs the amended finding.
    const db = getDb();
    const [offenbach] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, "offenbach"));
    const [amended] = await db.select({ id: finding.id }).from(finding).where(and(eq(finding.territoryId, offenbach.id), eq(finding.statement, ORIGINAL)));
    const [turn] = await db
      .select({ id: coding.id, quote: coding.quote })
      .from(coding)
      .where(and(eq(coding.territoryId, offenbach.id), like(coding.quote, "CS-01: %")))
      .limit(1);
    if (!amended || !turn) throw new Error("the demo data lack the amended finding or a coded turn of CS-01");
    // The demo may already link it; then it stays linked once.
    await db.insert(findingEvidence).values({ findingId: amended.id, codingId: turn.id }).onConflictDoNothing();
    quote = turn.quote.replace(/^CS-01:\s+/, "");
    secrets = await personalStrings();
  });

  it("sends a visitor to sign in (302)", async () => {
    for (const path of [`${BASE}/report`, `${BASE}/report.docx`, `${BASE}/report.pdf?lang=de`]) {
      const response = await new TestClient(app).get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answers 404 to a member of another territory, and changes nothing", async () => {
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const before = await lastAuditId();
    for (const path of [`${BASE}/report`, `${BASE}/report.docx`, `${BASE}/report.pdf`]) expect((await ravenna.get(path)).status, path).toBe(404);
    expect((await ravenna.post(`${BASE}/report`, { intent: "publish", language: "de", confirm: "yes" })).status).toBe(404);
    expect((await ravenna.post(`${BASE}/report`, { introduction: "Von außen geschrieben." })).status).toBe(404);
    expect(await auditSince(before, "report.publish")).toEqual([]);
    expect(await auditSince(before, "report.update")).toEqual([]);
    expect(await auditSince(before, "report.download")).toEqual([]);
  });

  it("refuses trainees (403) and technical partners on publishing (403)", async () => {
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    for (const path of [`${BASE}/report`, `${BASE}/report.docx`]) expect((await trainee.get(path)).status, path).toBe(403);
    expect((await trainee.post(`${BASE}/report`, { introduction: "Von einer Teilnehmerin." })).status).toBe(403);
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const page = decode(await (await partner.get(`${BASE}/report`)).text());
    expect(page).not.toContain('id="publish-heading"');
    expect(page).toContain('id="narrative-heading"');
    const publications = await publicationCount();
    expect((await partner.post(`${BASE}/report`, { intent: "publish", language: "de", confirm: "yes" })).status).toBe(403);
    expect((await trainee.post(`${BASE}/report`, { intent: "publish", language: "de", confirm: "yes" })).status).toBe(403);
    expect(await publicationCount()).toBe(publications);
  });

  it("refuses a narrative too long (400), translated, keeping what was typed, and saves nothing", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const typed = "Einleitung mit Umlauten: äöü. ";
    const response = await client.post("/de/t/offenbach/needs-review/report", { intent: "narrative", introduction: typed.repeat(700), context: "Kontext bleibt.", conclusions: "" });
    expect(response.status).toBe(400);
    const html = decode(await response.text());
    expect(fieldError(html, "introduction")).toBe(t("de", "errors.tooLong"));
    expect(html).toContain(typed.repeat(3));
    expect(html).toContain("Kontext bleibt.");
    expect(await auditSince(before, "report.update")).toEqual([]);
  });

  it("saves the narrative (audited) and shows it in the preview", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const response = await client.post(`${BASE}/report`, {
      intent: "narrative",
      introduction: "Der Kreis Offenbach hat 2021 seine Dienste für Zugewanderte untersucht.",
      context: "Ein Viertel der Einwohnerinnen und Einwohner hat keinen deutschen Pass.",
      conclusions: "Dolmetschen und einfache Sprache haben Vorrang.",
    });
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("en", "report.saved"));
    const audit = await auditSince(before, "report.update");
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toEqual({ introduction: 71, context: 71, conclusions: 47 });
    const page = decode(await (await client.get(`${BASE}/report?lang=de`)).text());
    expect(page).toContain("Der Kreis Offenbach hat 2021 seine Dienste für Zugewanderte untersucht.");
    // German asked for (the territory's language): the preview's headings are German, on an English page.
    expect(page).toContain(`<article class="report" lang="de">`);
    expect(page).toContain(t("de", "report.sections.method"));
  });

  it("writes the DOCX in the language asked for: German headings and outcome, the amended wording, the quote; no personal data (audited)", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const response = await client.get(`${BASE}/report.docx?lang=de`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent("Bericht zur Bedarfsanalyse Kreis Offenbach.docx")}`);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"/);
    const text = docxText(await bytesOf(response));
    expect(text).toContain(AMENDED);
    expect(text).toContain(t("de", "validationOutcomes.amended"));
    expect(text).toContain(t("de", "report.sections.method"));
    expect(text).toContain(quote);
    expect(text).toContain("Zugewanderte");
    expect(text).not.toContain(t("es", "report.sections.method"));
    expectNoPersonalData(text, secrets);
    const audit = await auditSince(before, "report.download");
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ format: "docx", language: "de" });
    expect(audit[0].details.quotes).toBeGreaterThan(0);

    const spanish = docxText(await bytesOf(await client.get(`${BASE}/report.docx?lang=es`)));
    expect(spanish).toContain(t("es", "report.sections.method"));
    expect(spanish).toContain(t("es", "validationOutcomes.amended"));
    expect(spanish).not.toContain(t("de", "report.sections.method"));
  });

  it("writes the PDF: title, language, the same facts, accents intact, no personal data", async () => {
    const client = await coordinator();
    const response = await client.get(`${BASE}/report.pdf?lang=es`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = await bytesOf(response);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(pdfInfo(bytes)).toContain("Informe del análisis de necesidades: Distrito de Offenbach");
    const text = pdfText(bytes);
    expect(text).toContain(AMENDED);
    expect(text).toContain(t("es", "validationOutcomes.amended"));
    expect(text).toContain(t("es", "report.sections.findings"));
    expect(text).toContain(quote.replace(/\s+/g, " "));
    expect(text).toContain("Zugewanderte");
    expectNoPersonalData(text, secrets);
  });

  it("publishes in two steps (coordinator, audited); the public page shows the stored copy only", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const count = await publicationCount();
    const asked = await client.post(`${BASE}/report`, { intent: "publish", language: "de" });
    expect(asked.status).toBe(200);
    expect(decode(await asked.text())).toContain(t("en", "report.confirmPublishTitle"));
    expect(await publicationCount()).toBe(count);
    const bad = await client.post(`${BASE}/report`, { intent: "publish", language: "xx", confirm: "yes" });
    expect(bad.status).toBe(400);
    expect(await publicationCount()).toBe(count);

    const done = await client.post(`${BASE}/report`, { intent: "publish", language: "de", confirm: "yes" });
    expect(done.status).toBe(200);
    const [row] = await getDb().select().from(reportPublication).orderBy(desc(reportPublication.publishedAt)).limit(1);
    expect(row.language).toBe("de");
    const audit = await auditSince(before, "report.publish");
    expect(audit).toHaveLength(1);
    expect(audit[0].objectId).toBe(row.id);
    expectNoPersonalData(JSON.stringify(row.content), secrets);

    // A later draft is not public: the published copy keeps the narrative it had.
    await client.post(`${BASE}/report`, { intent: "narrative", introduction: "Entwurf, noch nicht veröffentlicht.", context: "", conclusions: "" });
    const visitor = new TestClient(app);
    const page = await visitor.get(`/it/reports/${row.id}`);
    expect(page.status).toBe(200);
    const html = decode(await page.text());
    expect(html).toContain(AMENDED);
    expect(html).toContain(quote);
    expect(html).toContain("Der Kreis Offenbach hat 2021 seine Dienste für Zugewanderte untersucht.");
    expect(html).not.toContain("Entwurf, noch nicht veröffentlicht.");
    // The page around it is Italian; the report keeps its German headings.
    expect(html).toContain(t("it", "report.downloads"));
    expect(html).toContain(t("de", "report.sections.findings"));
    // The report itself (the page's <main>); the catalogs sent along for the page hold examples like "CS-03".
    expectNoPersonalData(html.slice(html.indexOf("<main"), html.indexOf("</main>")), secrets);
    for (const format of ["docx", "pdf"]) {
      const file = await visitor.get(`/en/reports/${row.id}/${format}`);
      expect(file.status, format).toBe(200);
      const bytes = await bytesOf(file);
      const text = format === "docx" ? docxText(bytes) : pdfText(bytes);
      expect(text).toContain(AMENDED);
      expect(text).not.toContain("Entwurf, noch nicht veröffentlicht.");
      expectNoPersonalData(text, secrets);
    }
    // The overview says so.
    const overview = decode(await (await client.get(BASE)).text());
    expect(overview).toMatch(new RegExp(t("en", "report.publishedOn", { date: "\\d{1,2} \\w+ \\d{4}" })));
  });

  it("answers 404 publicly for anything not published: an unknown id, a malformed one, a draft's path", async () => {
    const visitor = new TestClient(app);
    const [offenbach] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, "offenbach"));
    for (const path of [`/en/reports/00000000-0000-4000-8000-000000000000`, `/en/reports/not-a-uuid`, `/en/reports/${offenbach.id}`, `/en/reports/${offenbach.id}/pdf`]) {
      expect((await visitor.get(path)).status, path).toBe(404);
    }
  });

  it("counts the territories of the programme with a published report, each once", async () => {
    const [eccipa] = await getDb().select({ id: programme.id }).from(programme).limit(1);
    // The demo publishes the three reports (one per territory); publishing again counts once.
    expect(await countPublishedReports(getDb(), { programmeId: eccipa.id })).toBe(3);
    const client = await coordinator();
    await client.post(`${BASE}/report`, { intent: "publish", language: "en", confirm: "yes" });
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    await ravenna.post("/it/t/ravenna/needs-review/report", { intent: "publish", language: "it", confirm: "yes" });
    expect(await countPublishedReports(getDb(), { programmeId: eccipa.id })).toBe(3);
    expect(await countPublishedReports(getDb(), { programmeId: "00000000-0000-4000-8000-000000000000" })).toBe(0);
  });

  it("leaves out a quote whose interview has a participant without consent in force (should withdrawal ever keep a coding)", async () => {
    const client = await coordinator();
    const cs01 = await getDb()
      .select({ id: participant.id })
      .from(participant)
      .innerJoin(territory, eq(territory.id, participant.territoryId))
      .where(and(eq(territory.slug, "offenbach"), eq(participant.pseudonym, "CS-01")));
    // Straight into the table: the app deletes the transcript and its codings on withdrawal.
    await getDb().update(consent).set({ withdrawnAt: new Date() }).where(eq(consent.participantId, cs01[0].id));
    const text = docxText(await bytesOf(await client.get(`${BASE}/report.docx?lang=de`)));
    expect(text).toContain(AMENDED);
    expect(text).not.toContain(quote);
  });
});
