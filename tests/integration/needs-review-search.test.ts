// Needs Review search. Refusals (302/404/403/400) first; then stemming in each text's own
// language, phrases and exclusions, the four kinds of hit, territory isolation, paging, the
// audit entry of a search that shows transcripts, and snippets rendered safely.
// Every text below is invented for the test.
import { and, eq, gt, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { auditLog, deskSource, finding, interview, territory, transcript } from "~/db/schema";
import { SEARCH_CONFIGS } from "~/features/needs-review/interviews/search.server";
import { formatDate } from "~/i18n/format";
import { startApp, signedInClient, TestClient } from "../support/app";
import { decode, fieldError, inputValue, LANGS, t } from "../support/pages";
import { lastAuditId } from "../support/audit";

let app: Awaited<ReturnType<typeof startApp>>;
const signedIn = (email: string) => signedInClient(app, email);
const COORDINATOR = "coordinator.offenbach@eccipa.example";
const searchPath = (slug: string, q: string, lang = "en") => `/${lang}/t/${slug}/needs-review/search?q=${encodeURIComponent(q)}`;

async function territoryIdOf(slug: string): Promise<string> {
  const [row] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  return row.id;
}

/** An interview with notes and a transcript, inserted directly (the consent gate is tested elsewhere). */
async function addInterview(slug: string, language: string, text: string, notes = ""): Promise<string> {
  const territoryId = await territoryIdOf(slug);
  const [row] = await getDb().insert(interview).values({ territoryId, conductedOn: "2021-06-01", language, notes }).returning({ id: interview.id });
  await getDb().insert(transcript).values({ interviewId: row.id, territoryId, text });
  return row.id;
}

async function addFinding(slug: string, statement: string, kind: "strength" | "weakness" | "need" = "need"): Promise<string> {
  const [row] = await getDb()
    .insert(finding)
    .values({ territoryId: await territoryIdOf(slug), kind, statement, priority: "high" })
    .returning({ id: finding.id });
  return row.id;
}

async function addSource(slug: string, title: string, notes: string): Promise<string> {
  const [row] = await getDb()
    .insert(deskSource)
    .values({ territoryId: await territoryIdOf(slug), title, kind: "report", notes })
    .returning({ id: deskSource.id });
  return row.id;
}

async function searchAuditsSince(id: number) {
  return getDb().select().from(auditLog).where(and(gt(auditLog.id, id), eq(auditLog.action, "transcript.search")));
}

type ShownHit = { kind: string; href: string; label: string; snippet: string; snippetHtml: string };

/** The hits a results page lists, in order, read from its HTML. */
function hitsIn(html: string): ShownHit[] {
  const list = html.match(/<ol class="search-hits">([\s\S]*?)<\/ol>/)?.[1] ?? "";
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map(([, item]) => {
    const snippetHtml = item.match(/<p class="search-snippet"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "";
    const text = (s: string) => decode(s.replace(/<[^>]+>/g, ""));
    return {
      kind: text(item.match(/<span class="search-kind">([\s\S]*?)<\/span>/)?.[1] ?? ""),
      href: decode(item.match(/<a [^>]*href="([^"]*)"/)?.[1] ?? ""),
      label: text(item.match(/<a [^>]*>([\s\S]*?)<\/a>/)?.[1] ?? ""),
      snippet: text(snippetHtml),
      snippetHtml,
    };
  });
}

async function search(client: TestClient, slug: string, q: string, lang = "en") {
  const response = await client.get(searchPath(slug, q, lang));
  const html = await response.text();
  return { status: response.status, html, hits: hitsIn(html) };
}

const ids = {} as Record<string, string>;

beforeAll(async () => {
  app = await startApp();
  ids.german = await addInterview("offenbach", "de", "I: Wie ist es?\nCS-09: Die Ämter arbeiten langsam, aber freundlich. Eine feste Ansprechperson fehlt.", "Notizen: Gespräch über Behördengänge.");
  ids.germanPolice = await addInterview("offenbach", "de", "I: Und sonst?\nCS-10: Das Amt schickt uns oft zur Polizei. Ansprechperson? Keine feste.");
  ids.english = await addInterview("offenbach", "en", "I: What happened?\nTCN-09: The workers were waiting. Their studies were never recognised.", "Held in English: the participant chose the language.");
  ids.italian = await addInterview("ravenna", "it", "I: Come va?\nTCN-09: I lavoratori stranieri aspettano troppo allo sportello.");
  ids.spanish = await addInterview("cartagena", "es", "I: ¿Qué pasa?\nCS-09: Los trabajadores temporeros no saben dónde pedir la tarjeta.");
  ids.escaping = await addInterview("offenbach", "de", 'I: Test?\nCS-11: Formular 5 < 6 "<b" & Co. <script>alert("xss")</script> Zaunkönigformular ist schwer.');
  // The same invented word in two territories.
  ids.ownQuokka = await addInterview("offenbach", "de", "CS-12: Das Quokkaprojekt läuft hier gut.");
  ids.foreignQuokka = await addInterview("ravenna", "it", "CS-12: Il Quokkaprojekt di Ravenna è segreto.");
  ids.foreignQuokkaFinding = await addFinding("ravenna", "Quokkaprojekt: bisogno di Ravenna, riservato.");
  ids.foreignQuokkaSource = await addSource("ravenna", "Quokkaprojekt Ravenna", "Fonte riservata.");
  ids.finding = await addFinding("offenbach", "Die Beratungsstellen brauchen mehr Dolmetscherinnen.", "weakness");
  ids.source = await addSource("offenbach", 'Bericht <script>alert("t")</script> über Wartezeitenampeln', "Die Wartezeitenampel bei der Einbürgerung zeigt rot.");
  for (let i = 0; i < 23; i++) await addFinding("offenbach", `Blättermeer Befund Nummer ${i}.`);
});

describe("Needs Review search", () => {
  it("sends a visitor to sign in (302), keeping the search in the return address", async () => {
    const path = searchPath("offenbach", "Amt");
    const response = await new TestClient(app).get(path);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
  });

  it("answers a member of another territory 404, translated, showing and auditing nothing", async () => {
    const before = await lastAuditId();
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const { status, html, hits } = await search(ravenna, "offenbach", "Quokkaprojekt", "it");
    expect(status).toBe(404);
    expect(decode(html)).toContain(t("it", "errorPage.kinds.notFound.title"));
    expect(hits).toEqual([]);
    expect(decode(html)).not.toContain("läuft hier gut");
    expect(await searchAuditsSince(before)).toEqual([]);
  });

  it("refuses trainees, trainers and committee members (403), auditing nothing", async () => {
    const before = await lastAuditId();
    for (const email of ["trainee.offenbach@eccipa.example", "trainer.offenbach@eccipa.example", "committee.offenbach@eccipa.example"]) {
      const { status, html } = await search(await signedIn(email), "offenbach", "Ämter", "de");
      expect(status, email).toBe(403);
      expect(decode(html), email).toContain(t("de", "errorPage.kinds.forbidden.title"));
      expect(decode(html), email).not.toContain("arbeiten langsam");
    }
    expect(await searchAuditsSince(before)).toEqual([]);
  });

  it("answers a search over 200 characters with 400 and a translated error in the form, keeping what was typed", async () => {
    const coordinator = await signedIn(COORDINATOR);
    const before = await lastAuditId();
    const typed = `Ämter ${"x".repeat(200)}`;
    for (const lang of LANGS) {
      const { status, html, hits } = await search(coordinator, "offenbach", typed, lang);
      expect(status, lang).toBe(400);
      expect(fieldError(html, "q"), lang).toBe(t(lang, "errors.searchTooLong"));
      expect(inputValue(html, "q"), lang).toBe(typed);
      expect(hits, lang).toEqual([]);
    }
    expect(await searchAuditsSince(before)).toEqual([]);
  });

  it("shows the form only for an empty or blank search (200)", async () => {
    const coordinator = await signedIn(COORDINATOR);
    const before = await lastAuditId();
    for (const q of ["", "   ", "\t"]) {
      const { status, html } = await search(coordinator, "offenbach", q);
      expect(status, JSON.stringify(q)).toBe(200);
      expect(html).toContain('role="search"');
      expect(html).not.toContain('id="search-results-heading"');
    }
    // Only stop words or only punctuation: a search that finds nothing, never an error.
    for (const q of ["die und", '"" ( ) : & ! <->', "-"]) {
      const { status, html, hits } = await search(coordinator, "offenbach", q);
      expect(status, q).toBe(200);
      expect(hits, q).toEqual([]);
      expect(decode(html), q).toContain(t("en", "needsReviewSearch.noResults"));
    }
    expect(await searchAuditsSince(before)).toEqual([]);
  });

  it("stems each text in its own language: Amt → Ämter, lavoratore → lavoratori, trabajador → trabajadores, worker → workers", async () => {
    const cases = [
      { email: COORDINATOR, slug: "offenbach", q: "Amt", id: ids.german, marked: "Ämter" },
      { email: "coordinator.ravenna@eccipa.example", slug: "ravenna", q: "lavoratore", id: ids.italian, marked: "lavoratori" },
      { email: "coordinator.cartagena@eccipa.example", slug: "cartagena", q: "trabajador", id: ids.spanish, marked: "trabajadores" },
      { email: COORDINATOR, slug: "offenbach", q: "worker", id: ids.english, marked: "workers" },
    ];
    for (const c of cases) {
      const { status, hits } = await search(await signedIn(c.email), c.slug, c.q);
      expect(status, c.q).toBe(200);
      const hit = hits.find((h) => h.href === `/en/t/${c.slug}/needs-review/interviews/${c.id}#transcript-heading`);
      expect(hit, `${c.q} finds the transcript`).toBeDefined();
      expect(hit?.kind).toBe(t("en", "needsReviewSearch.kinds.transcript"));
      expect(hit?.label).toBe(t("en", "needsReview.interviewOn", { date: formatDate("en", "2021-06-01", "long") }));
      expect(hit?.snippetHtml, c.q).toContain(`<mark>${c.marked}</mark>`);
    }
  });

  it("stems by the interview's language, not the territory's: an English interview in a German territory", async () => {
    const [row] = await getDb().select({ config: sql<string>`${transcript.searchConfig}::text` }).from(transcript).where(eq(transcript.interviewId, ids.english));
    expect(row.config).toBe("english");
    // German stemming would not match "study" with "studies"; English does.
    const [german] = await getDb().execute<{ m: boolean }>(sql`SELECT to_tsvector('german', 'studies') @@ websearch_to_tsquery('german', 'study') AS m`).then((r) => r.rows);
    expect(german.m).toBe(false);
    const { hits } = await search(await signedIn(COORDINATOR), "offenbach", "study");
    expect(hits.map((h) => h.href)).toEqual([`/en/t/offenbach/needs-review/interviews/${ids.english}#transcript-heading`]);
    expect(hits[0].snippetHtml).toContain("<mark>studies</mark>");
  });

  it("finds a phrase in quotes only where the words stand together, and leaves out words after a minus", async () => {
    const coordinator = await signedIn(COORDINATOR);
    const transcriptsFound = async (q: string) =>
      (await search(coordinator, "offenbach", q)).hits.filter((h) => h.href.endsWith("#transcript-heading")).map((h) => h.href.split("/")[6].split("#")[0]);
    expect((await transcriptsFound("Ansprechperson feste")).sort()).toEqual([ids.german, ids.germanPolice].sort());
    expect(await transcriptsFound('"feste Ansprechperson"')).toEqual([ids.german]);
    expect((await transcriptsFound("Amt")).sort()).toEqual([ids.german, ids.germanPolice].sort());
    expect(await transcriptsFound("Amt -Polizei")).toEqual([ids.german]);
    expect((await transcriptsFound("Polizei OR Zaunkönigformular")).sort()).toEqual([ids.germanPolice, ids.escaping].sort());
  });

  it("finds interview notes, desk research and findings, each linking to its place", async () => {
    const coordinator = await signedIn(COORDINATOR);
    const notes = await search(coordinator, "offenbach", "Behördengang");
    expect(notes.hits.map((h) => [h.kind, h.href])).toEqual([[t("en", "needsReviewSearch.kinds.notes"), `/en/t/offenbach/needs-review/interviews/${ids.german}`]]);
    const source = await search(coordinator, "offenbach", "Wartezeitenampel", "de");
    expect(source.hits.map((h) => [h.kind, h.href])).toEqual([[t("de", "needsReviewSearch.kinds.source"), `/de/t/offenbach/needs-review/sources#source-${ids.source}`]]);
    expect(source.hits[0].snippetHtml).toContain("<mark>Wartezeitenampel</mark>");
    const sourcesPage = await (await coordinator.get("/de/t/offenbach/needs-review/sources")).text();
    expect(sourcesPage).toContain(`id="source-${ids.source}"`);
    const found = await search(coordinator, "offenbach", "Beratungsstelle", "it");
    expect(found.hits.map((h) => [h.kind, h.label, h.href])).toEqual([
      [t("it", "needsReviewSearch.kinds.finding"), t("it", "needsReviewSearch.findingKinds.weakness"), `/it/t/offenbach/needs-review/findings#finding-${ids.finding}`],
    ]);
    expect(found.hits[0].snippetHtml).toContain("<mark>Beratungsstellen</mark>");
  });

  it("never shows another territory's rows: the same word in two territories", async () => {
    const own = await search(await signedIn(COORDINATOR), "offenbach", "Quokkaprojekt");
    expect(own.hits.map((h) => h.href)).toEqual([`/en/t/offenbach/needs-review/interviews/${ids.ownQuokka}#transcript-heading`]);
    for (const secret of [ids.foreignQuokka, ids.foreignQuokkaFinding, ids.foreignQuokkaSource, "segreto", "riservat"]) {
      expect(own.html, secret).not.toContain(secret);
    }
    const foreign = await search(await signedIn("coordinator.ravenna@eccipa.example"), "ravenna", "Quokkaprojekt");
    expect(foreign.hits.map((h) => h.href).sort()).toEqual(
      [
        `/en/t/ravenna/needs-review/interviews/${ids.foreignQuokka}#transcript-heading`,
        `/en/t/ravenna/needs-review/findings#finding-${ids.foreignQuokkaFinding}`,
        `/en/t/ravenna/needs-review/sources#source-${ids.foreignQuokkaSource}`,
      ].sort(),
    );
    expect(foreign.html).not.toContain(ids.ownQuokka);
  });

  it("writes one audit entry per search that shows transcripts, naming the interviews shown, never the query", async () => {
    const coordinator = await signedIn(COORDINATOR);
    const before = await lastAuditId();
    const { hits } = await search(coordinator, "offenbach", "Quokkaprojekt OR Ämter");
    const shown = hits.filter((h) => h.href.endsWith("#transcript-heading")).map((h) => h.href.split("/")[6].split("#")[0]);
    expect(shown.sort()).toEqual([ids.ownQuokka, ids.german, ids.germanPolice].sort());
    const entries = await searchAuditsSince(before);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry.objectType).toBe("transcript");
    expect(entry.territoryId).toBe(await territoryIdOf("offenbach"));
    const details = entry.details as { interviewIds: string[]; hits: number; transcriptHits: number };
    expect([...details.interviewIds].sort()).toEqual(shown.sort());
    expect(details.transcriptHits).toBe(3);
    expect(details.hits).toBe(hits.length);
    expect(JSON.stringify(entry).toLowerCase()).not.toMatch(/quokka|ämter|amt\b/);
    // A search that shows no transcript (only findings) reads none and writes nothing.
    const quiet = await lastAuditId();
    expect((await search(coordinator, "offenbach", "Beratungsstelle")).hits).toHaveLength(1);
    expect(await searchAuditsSince(quiet)).toEqual([]);
  });

  it("renders matched words as <mark> and escapes markup in the texts", async () => {
    const coordinator = await signedIn(COORDINATOR);
    const { html, hits } = await search(coordinator, "offenbach", "Zaunkönigformular");
    expect(hits).toHaveLength(1);
    expect(hits[0].snippetHtml).toContain("<mark>Zaunkönigformular</mark>");
    expect(hits[0].snippet).toContain('5 < 6 "<b" & Co.');
    expect(hits[0].snippetHtml).toContain("5 &lt; 6");
    expect(hits[0].snippetHtml).not.toMatch(/<(?!\/?mark>)/);
    expect(html).not.toContain('<script>alert("xss")');
    expect(hits[0].snippet).not.toMatch(/[\uE000\uE001]/);
    const source = await search(coordinator, "offenbach", "Bericht");
    expect(source.hits.map((h) => h.href)).toContain(`/en/t/offenbach/needs-review/sources#source-${ids.source}`);
    expect(source.html).not.toContain('<script>alert("t")');
  });

  it("pages through many hits, keeping the search in the page links", async () => {
    const coordinator = await signedIn(COORDINATOR);
    const first = await search(coordinator, "offenbach", "Blättermeer");
    expect(first.hits).toHaveLength(20);
    expect(decode(first.html)).toContain(t("en", "needsReviewSearch.results_other", { formatted: "23" }));
    expect(decode(first.html)).toContain('href="/en/t/offenbach/needs-review/search?q=Bl%C3%A4ttermeer&page=2"');
    const page2 = await coordinator.get(`${searchPath("offenbach", "Blättermeer")}&page=2`);
    const hits2 = hitsIn(await page2.text());
    expect(hits2).toHaveLength(3);
    expect(new Set([...first.hits, ...hits2].map((h) => h.href)).size).toBe(23);
  });

  it("knows every configuration search_config_for() can give a row", async () => {
    const { rows } = await getDb().execute<{ src: string }>(sql`SELECT prosrc AS src FROM pg_proc WHERE proname = 'search_config_for'`);
    const configs = new Set([...rows[0].src.matchAll(/'(\w+)'::regconfig/g)].map((m) => m[1]));
    expect(configs.size).toBeGreaterThan(4);
    expect([...configs].sort()).toEqual([...SEARCH_CONFIGS].sort());
  });
});
