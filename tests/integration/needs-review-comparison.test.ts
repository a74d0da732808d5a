// The programme's Needs Reviews compared: refusals first (302, 404, 403), then the theme table
// checked cell by cell against counts made here from the coding rows, and the validated findings
// (confirmed, amended with its new wording; rejected, overruled and undecided ones left out),
// never with their evidence quotes.
import { and, eq, inArray, notExists } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { coding, finding, findingEvidence, focusGroupFinding, programme, territory, theme } from "~/db/schema";
import { DEFAULT_CODEBOOK, type DefaultTheme } from "~/features/needs-review/codebook/default-codebook";
import { startApp, TestClient, signedInClient } from "../support/app";
import { codePassage } from "../support/findings";
import { decode, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const PAGE = "/en/p/eccipa/needs-review";
const RAVENNA = "/en/t/ravenna/needs-review";
// Words of the invented demo transcripts.
const OFFENBACH_WORDS = "Oft fehlt uns eine gemeinsame Sprache.";
const RAVENNA_WORDS = "Un punto informativo unico, con orari anche il sabato mattina.";

const CONFIRMED = "Comparison check: staff at the registry office lack a shared glossary.";
const AMENDED_ORIGINAL = "Comparison check: the original wording that a focus group changed.";
const AMENDED_WORDING = "Comparison check: the wording the focus group agreed on.";
const REJECTED = "Comparison check: a finding the focus group rejected.";
const OVERRULED = "Comparison check: confirmed in May, rejected by a later focus group.";
const UNDECIDED = "Comparison check: presented, not decided yet.";

beforeAll(async () => {
  app = await startApp();
});

/** The rows of the page's theme table as arrays of cell texts (header row first). */
function tableRows(html: string): string[][] {
  const table = html.match(/<table class="matrix">([\s\S]*?)<\/table>/)?.[1];
  if (!table) throw new Error("no theme table on the page");
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => decode(cell[1].replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim()),
  );
}

function flatDefault(themes: DefaultTheme[]): DefaultTheme[] {
  return themes.flatMap((x) => [x, ...flatDefault(x.children ?? [])]);
}

/** What each cell should read, worked out from the theme and coding rows, not by the app's query. */
async function expectedTable(): Promise<Map<string, Map<string, string>>> {
  const db = getDb();
  const [p] = await db.select({ id: programme.id }).from(programme).where(eq(programme.slug, "eccipa"));
  // The page is in English: each territory under its English name (decision 027).
  const territories = (await db.select({ id: territory.id, name: territory.name, names: territory.names }).from(territory).where(eq(territory.programmeId, p.id))).map((x) => ({
    id: x.id,
    name: x.names.en ?? x.name,
  }));
  const themes = await db.select({ id: theme.id, territoryId: theme.territoryId, key: theme.defaultKey, name: theme.name }).from(theme);
  const codings = await db.select({ themeId: coding.themeId, interviewId: coding.interviewId, placement: coding.placement }).from(coding);
  const englishName = new Map(flatDefault(DEFAULT_CODEBOOK).map((d) => [d.key, d.name.en]));
  // Row label → territory name → cell text.
  const table = new Map<string, Map<string, string>>();
  const tally = new Map<string, { passages: number; interviews: Set<string> }>();
  const labelOf = (x: { key: string | null; name: string }) => (x.key ? englishName.get(x.key)! : x.name.toLowerCase());
  for (const d of flatDefault(DEFAULT_CODEBOOK)) table.set(d.name.en, new Map());
  for (const x of themes) {
    const terr = territories.find((tt) => tt.id === x.territoryId);
    if (!terr) continue;
    const label = labelOf(x);
    if (!table.has(label)) table.set(label, new Map());
    const cellKey = `${label}|${terr.name}`;
    if (!tally.has(cellKey)) tally.set(cellKey, { passages: 0, interviews: new Set() });
    for (const c of codings.filter((c) => c.themeId === x.id && c.placement === "placed")) {
      tally.get(cellKey)!.passages++;
      tally.get(cellKey)!.interviews.add(c.interviewId);
    }
  }
  for (const [label, cells] of table) {
    for (const terr of territories) {
      const n = tally.get(`${label}|${terr.name}`);
      if (!n) cells.set(terr.name, t("en", "comparison.notInCodebook"));
      else if (n.passages === 0) cells.set(terr.name, "0");
      else {
        const form = n.interviews.size === 1 ? "cell_one" : "cell_other";
        cells.set(terr.name, t("en", `comparison.${form}`, { passages: n.passages, interviews: n.interviews.size }));
      }
    }
  }
  return table;
}

/** The page's table in the same shape: row label (custom themes lower-cased) → territory → cell. */
function shownTable(html: string): Map<string, Map<string, string>> {
  const [header, ...rows] = tableRows(html);
  const territories = header.slice(1).map((h) => h.replace(/ \(.*\)$/, ""));
  const defaults = new Set(flatDefault(DEFAULT_CODEBOOK).map((d) => d.name.en));
  const shown = new Map<string, Map<string, string>>();
  for (const row of rows) {
    if (row.length === 1) continue; // the "Other themes" heading
    const label = defaults.has(row[0]) ? row[0] : row[0].toLowerCase();
    shown.set(label, new Map(territories.map((name, i) => [name, row[i + 1]])));
  }
  return shown;
}

/** The part of the page under a territory's findings heading, up to the next territory's. */
function findingsSectionOf(html: string, territory: string): string {
  const start = html.indexOf(`>${t("en", "comparison.findingsOf", { territory })}</h3>`);
  if (start < 0) throw new Error(`no findings heading for ${territory}`);
  const next = html.indexOf("<h3", start);
  return html.slice(start, next < 0 ? undefined : next);
}

async function createFinding(client: TestClient, statement: string, kind = "weakness", extra: Record<string, string | string[]> = {}): Promise<string> {
  const response = await client.post(`${RAVENNA}/findings`, { kind, priority: "high", statement, ...extra });
  expect(response.status).toBe(302);
  return response.headers.get("location")!.split("/").pop()!;
}

async function focusGroupDeciding(client: TestClient, title: string, heldOn: string, outcomes: { findingId: string; outcome?: string; amendedStatement?: string }[]) {
  const made = await client.post(`${RAVENNA}/focus-groups`, { title, heldOn, place: "Sala", notes: "" });
  expect(made.status).toBe(302);
  const path = `${RAVENNA}/focus-groups/${made.headers.get("location")!.split("/").pop()}`;
  expect((await client.post(path, { intent: "presented", "findingIds[]": outcomes.map((o) => o.findingId) })).status).toBe(200);
  for (const o of outcomes.filter((o) => o.outcome)) {
    const decided = await client.post(path, { intent: "outcome", findingId: o.findingId, outcome: o.outcome!, amendedStatement: o.amendedStatement ?? "", notes: "" });
    expect(decided.status).toBe(200);
  }
}

describe("Needs Reviews compared across the programme", () => {
  let confirmedId: string;

  beforeAll(async () => {
    // Codings the demo does not have: a custom theme in two territories, spelled in two cases
    // (one row), a renamed default theme (still matched by its key), and an unplaced coding.
    await codePassage("offenbach", OFFENBACH_WORDS, "Housing");
    await codePassage("ravenna", RAVENNA_WORDS, "housing");
    const { codingId } = await codePassage("ravenna", RAVENNA_WORDS, "Barriere linguistiche");
    await getDb().update(coding).set({ placement: "unplaced" }).where(eq(coding.id, codingId));
    await getDb().update(theme).set({ name: "Carico di lavoro e stress" }).where(and(eq(theme.defaultKey, "workload"), eq(theme.name, "Carico di lavoro")));

    const ravenna = await signedInClient(app, "coordinator.ravenna@eccipa.example");
    confirmedId = await createFinding(ravenna, CONFIRMED, "need", { "targetGroups[]": ["civil_servant", "stakeholder"], priority: "medium" });
    const amended = await createFinding(ravenna, AMENDED_ORIGINAL);
    const rejected = await createFinding(ravenna, REJECTED);
    const overruled = await createFinding(ravenna, OVERRULED, "strength");
    const undecided = await createFinding(ravenna, UNDECIDED);
    await focusGroupDeciding(ravenna, "Comparison focus group May", "2021-05-10", [{ findingId: overruled, outcome: "confirmed" }]);
    await focusGroupDeciding(ravenna, "Comparison focus group June", "2021-06-20", [
      { findingId: confirmedId, outcome: "confirmed" },
      { findingId: amended, outcome: "amended", amendedStatement: AMENDED_WORDING },
      { findingId: rejected, outcome: "rejected" },
      { findingId: overruled, outcome: "rejected" },
      { findingId: undecided },
    ]);
    // The confirmed finding rests on a coded passage: its quote must stay off the comparison.
    const evidence = await codePassage("ravenna", "Un punto informativo unico", "Barriere linguistiche");
    await getDb().insert(findingEvidence).values({ findingId: confirmedId, codingId: evidence.codingId });
  });

  it("sends a visitor to sign in (302), answers 404 for an unknown programme and 403 to a territory coordinator", async () => {
    const visitor = await new TestClient(app).get(PAGE);
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(PAGE)}`);

    const admin = await signedInClient(app, "admin@eccipa.example");
    const unknown = await admin.get("/en/p/no-such-programme/needs-review");
    expect(unknown.status).toBe(404);

    // A member of a territory of the programme, without a programme role.
    const coordinator = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    const refused = await coordinator.get(PAGE);
    expect(refused.status).toBe(403);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain(t("en", "errorPage.kinds.forbidden.title"));
    expect(refusedHtml).not.toContain(CONFIRMED);
    expect(refusedHtml).not.toContain("Housing");
  });

  it("shows the admin and the expert (200) every theme's passages and interviews per territory, as counted from the coding rows", async () => {
    const expected = await expectedTable();
    expect(expected.get("housing")?.size).toBe(3);
    for (const email of ["admin@eccipa.example", "expert@eccipa.example"]) {
      const client = await signedInClient(app, email);
      const response = await client.get(PAGE);
      expect(response.status, email).toBe(200);
      const html = await response.text();
      const shown = shownTable(html);
      expect([...shown.keys()].sort(), email).toEqual([...expected.keys()].sort());
      for (const [label, cells] of expected) expect(Object.fromEntries(shown.get(label)!), `${email}: ${label}`).toEqual(Object.fromEntries(cells));
      // Spelled out, so the comparison above cannot pass on two empty tables.
      const housing = shown.get("housing")!;
      expect(housing.get("County of Offenbach")).toBe(t("en", "comparison.cell_one", { passages: 1, interviews: 1 }));
      expect(housing.get("City of Ravenna")).toBe(t("en", "comparison.cell_one", { passages: 1, interviews: 1 }));
      expect(housing.get("City of Cartagena")).toBe(t("en", "comparison.notInCodebook"));
      expect(shown.get("Workload and stress")!.get("City of Ravenna")).not.toBe(t("en", "comparison.notInCodebook"));
      expect(html).not.toContain("Carico di lavoro e stress");
    }
  });

  it("names matched themes in the reader's language", async () => {
    const admin = await signedInClient(app, "admin@eccipa.example");
    const html = decode(await (await admin.get("/de/p/eccipa/needs-review")).text());
    const labels = tableRows(html).map((r) => r[0]);
    expect(labels).toEqual(expect.arrayContaining(["Sprachbarrieren", "Arbeitsbelastung", t("de", "comparison.otherThemes")]));
    expect(labels).not.toContain("Barriere linguistiche");
    expect(labels).not.toContain("Barreras lingüísticas");
  });

  it("lists each territory's validated findings in the wording that stands, without rejected, overruled or undecided ones, and without their quotes", async () => {
    const expert = await signedInClient(app, "expert@eccipa.example");
    const html = decode(await (await expert.get(PAGE)).text());
    const ravennaSection = findingsSectionOf(html, "City of Ravenna");
    expect(ravennaSection).toContain(CONFIRMED);
    expect(ravennaSection).toContain(AMENDED_WORDING);
    // The demo's confirmed findings of Ravenna are there too; those never confirmed or amended are not.
    expect(ravennaSection).toContain("Serve un punto informativo unico, aperto anche il sabato mattina.");
    const neverValidated = await getDb()
      .select({ statement: finding.statement })
      .from(finding)
      .innerJoin(territory, eq(territory.id, finding.territoryId))
      .where(
        and(
          eq(territory.slug, "ravenna"),
          notExists(
            getDb()
              .select({ id: focusGroupFinding.findingId })
              .from(focusGroupFinding)
              .where(and(eq(focusGroupFinding.findingId, finding.id), inArray(focusGroupFinding.outcome, ["confirmed", "amended"]))),
          ),
        ),
      );
    expect(neverValidated.length).toBeGreaterThan(0);
    for (const { statement } of neverValidated) expect(html, statement).not.toContain(statement);
    for (const hidden of [AMENDED_ORIGINAL, REJECTED, OVERRULED, UNDECIDED]) expect(html, hidden).not.toContain(hidden);
    // The confirmed finding's card: its kind, priority and target groups, and no evidence.
    const card = html.slice(html.lastIndexOf("<li", html.indexOf(CONFIRMED)), html.indexOf("</li>", html.indexOf(CONFIRMED)));
    expect(card).toContain(t("en", "findingPriorities.medium"));
    expect(card).toContain(`${t("en", "targetGroups.civil_servant")}, ${t("en", "targetGroups.stakeholder")}`);
    expect(card).toContain(t("en", "validationOutcomes.confirmed"));
    const needs = ravennaSection.indexOf(`>${t("en", "findings.headings.need")}</h4>`);
    expect(needs).toBeGreaterThan(-1);
    expect(ravennaSection.indexOf(CONFIRMED)).toBeGreaterThan(needs);
    expect(html).not.toContain("Un punto informativo unico");
    expect(html).not.toContain(RAVENNA_WORDS);
    // Offenbach's demo finding was amended: the new wording, not the old one.
    expect(html).toContain("An den Schaltern fehlt ein verlässlicher Dolmetscherdienst, auch telefonisch.");
    expect(html).not.toContain("An den Schaltern gibt es keinen Dolmetscherdienst");
  });

  it("filters by one theme: its row highlighted, only the findings resting on it; an unknown theme is ignored", async () => {
    const admin = await signedInClient(app, "admin@eccipa.example");
    const chosen = await admin.get(`${PAGE}?theme=${encodeURIComponent("key:language_barriers")}`);
    expect(chosen.status).toBe(200);
    const html = decode(await chosen.text());
    expect(html).toMatch(/<tr class="matrix__row--chosen"><th[^>]*>Language barriers</);
    expect(html.match(/<tr class="matrix__row--chosen">/g)).toHaveLength(1);
    expect(html).toContain(t("en", "comparison.chosenTheme", { theme: "Language barriers" }));
    expect(html).toContain(CONFIRMED); // its evidence is coded with Ravenna's "Barriere linguistiche"
    expect(html).not.toContain(AMENDED_WORDING); // no evidence at all
    expect(html).not.toContain("Un punto informativo unico");
    // A NUL anywhere in the address is refused before any loader (decision 022).
    expect((await admin.get(`${PAGE}?theme=${encodeURIComponent("\u0000")}`)).status).toBe(400);
    for (const odd of ["nonsense", "key:", "key:language_barriers'--", "x".repeat(5000)]) {
      const response = await admin.get(`${PAGE}?theme=${encodeURIComponent(odd)}`);
      expect(response.status, odd).toBe(200);
      const body = await response.text();
      expect(body, odd).not.toContain('class="matrix__row--chosen"');
      expect(body, odd).toContain(AMENDED_WORDING);
    }
  });

  it("is linked from the programme dashboard, the expert's landing page and the header", async () => {
    const admin = await signedInClient(app, "admin@eccipa.example");
    expect(await (await admin.get("/en/p/eccipa")).text()).toContain(`href="${PAGE}"`);
    const expert = await signedInClient(app, "expert@eccipa.example");
    const landing = await (await expert.get("/en/p/eccipa/assessment")).text();
    expect(landing.split(`href="${PAGE}"`).length - 1).toBe(2); // header and page
    const coordinator = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    expect(await (await coordinator.get("/en/t/offenbach")).text()).not.toContain(`href="${PAGE}"`);
  });
});
