// Needs Review search at scale (decision 034): the statement that reads each territory's own
// transcripts through their territory column gives exactly the results of the statement it
// replaced (joined to the interview for the territory), on the demo and on generated search
// territories; it reads no transcript of another territory; a transcript's territory is its
// interview's, whatever a write path says. Above SEARCH_CAP texts of a kind, the count says "more
// than" and the hits are the best-ranked of the texts read.
import { eq, type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { interview, programme, territory, transcript } from "~/db/schema";
import { findSearchHits, SEARCH_CAP, SEARCH_CONFIGS, SEARCH_PAGE_SIZE, searchStatement } from "~/features/needs-review/interviews/search.server";
import { MARK_START, MARK_STOP } from "~/features/needs-review/interviews/search-snippet";
import { NEEDS_REVIEW_PAGE_SIZE } from "~/features/needs-review/paging";
import { generateSearchTerritory } from "../../bench/scale-data";
import { SEARCH_QUERIES } from "../../bench/scale";
import { startApp } from "../support/app";
import { decode } from "../support/pages";

/** The search statement as it was before decision 034, kept verbatim as the reference. */
function referenceStatement(args: { territoryId: string; query: string; page: number }): SQL {
  const { territoryId, query } = args;
  const matchesQuery = (alias: string) =>
    sql`(${sql.join(
      SEARCH_CONFIGS.map((config) => {
        const c = sql.raw(`'${config}'::regconfig`);
        return sql`(${sql.raw(alias)}.search_config = ${c} AND ${sql.raw(alias)}.search_vector @@ websearch_to_tsquery(${c}, ${query}))`;
      }),
      sql` OR `,
    )})`;
  const rankOf = (alias: string) => sql`ts_rank(${sql.raw(alias)}.search_vector, websearch_to_tsquery(${sql.raw(alias)}.search_config, ${query}), 1)`;
  const SNIPPET_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_STOP}", MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=" … "`;
  const TITLE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_STOP}", HighlightAll=true`;
  const offset = (args.page - 1) * SEARCH_PAGE_SIZE;
  const clean = (column: string) => sql`translate(${sql.raw(column)}, ${MARK_START + MARK_STOP}, '')`;
  const headline = (column: string, options: string) => sql`ts_headline(p.config, ${clean(column)}, websearch_to_tsquery(p.config, ${query}), ${options})`;
  return sql`
    WITH matches AS (
      SELECT 'transcript' AS kind, t.interview_id AS id, t.search_config AS config, ${rankOf("t")} AS rank
        FROM transcript t JOIN interview i ON i.id = t.interview_id
        WHERE i.territory_id = ${territoryId} AND ${matchesQuery("t")}
      UNION ALL
      SELECT 'notes', i.id, i.search_config, ${rankOf("i")} FROM interview i WHERE i.territory_id = ${territoryId} AND ${matchesQuery("i")}
      UNION ALL
      SELECT 'source', d.id, d.search_config, ${rankOf("d")} FROM desk_source d WHERE d.territory_id = ${territoryId} AND ${matchesQuery("d")}
      UNION ALL
      SELECT 'finding', f.id, f.search_config, ${rankOf("f")} FROM finding f WHERE f.territory_id = ${territoryId} AND ${matchesQuery("f")}
    ),
    counts AS (
      SELECT count(*) FILTER (WHERE kind = 'transcript')::int AS transcripts, count(*) FILTER (WHERE kind = 'notes')::int AS notes,
             count(*) FILTER (WHERE kind = 'source')::int AS sources, count(*) FILTER (WHERE kind = 'finding')::int AS findings
        FROM matches
    ),
    page AS (SELECT * FROM matches ORDER BY rank DESC, kind, id LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset})
    SELECT c.transcripts, c.notes, c.sources, c.findings, p.kind, p.id::text AS id,
           coalesce(i.language, (SELECT languages[1] FROM territory WHERE id = ${territoryId}), 'und') AS language,
           CASE p.kind
             WHEN 'transcript' THEN ${headline("tr.text", SNIPPET_OPTIONS)}
             WHEN 'notes' THEN ${headline("i.notes", SNIPPET_OPTIONS)}
             WHEN 'source' THEN ${headline("d.notes", SNIPPET_OPTIONS)}
             WHEN 'finding' THEN ${headline("f.statement", SNIPPET_OPTIONS)}
           END AS snippet,
           CASE WHEN p.kind = 'source' THEN ${headline("d.title", TITLE_OPTIONS)} END AS title,
           i.conducted_on::text AS conducted_on, f.kind AS finding_kind,
           CASE WHEN p.kind = 'source' THEN (
             SELECT count(*)::int FROM desk_source n WHERE n.territory_id = ${territoryId} AND (n.created_at, n.id) > (d.created_at, d.id)
           ) / ${NEEDS_REVIEW_PAGE_SIZE} + 1 END AS source_page
      FROM counts c
      LEFT JOIN (
        page p
        LEFT JOIN transcript tr ON p.kind = 'transcript' AND tr.interview_id = p.id
        LEFT JOIN interview i ON p.kind IN ('transcript', 'notes') AND i.id = p.id
        LEFT JOIN desk_source d ON p.kind = 'source' AND d.id = p.id
        LEFT JOIN finding f ON p.kind = 'finding' AND f.id = p.id
      ) ON true
      ORDER BY p.rank DESC, p.kind, p.id`;
}

const generated: { id: string; slug: string }[] = [];

beforeAll(async () => {
  await startApp();
  const db = getDb();
  const [prog] = await db.select({ id: programme.id }).from(programme).where(eq(programme.slug, "eccipa"));
  // Two search territories with the same kind of text, so that each one's words are found in the other too.
  for (const [slug, count, seed] of [["search-small-a", 1500, 7], ["search-small-b", 600, 8]] as const) {
    const t = await generateSearchTerritory(db, { programmeId: prog.id, slug, count, seed });
    generated.push({ id: t.id, slug });
  }
});

async function territoryId(slug: string) {
  const [row] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  return row.id;
}

/** The bench's queries, and the territory's own words: its commonest, and some found a few times only. */
async function queriesFor(id: string): Promise<string[]> {
  const { rows } = await getDb().execute<{ word: string; ndoc: number }>(sql`
    SELECT word, ndoc FROM ts_stat(${`SELECT search_vector FROM transcript WHERE territory_id = '${id}'`}) ORDER BY ndoc DESC, word`);
  const common = rows.slice(0, 4).map((r) => r.word);
  const rare = rows.filter((r) => r.ndoc <= 3).slice(0, 3).map((r) => r.word);
  expect(common.length).toBeGreaterThan(0);
  return [...SEARCH_QUERIES, ...common, ...rare, `${common[0]} -${common[1] ?? "x"}`, `"${common[0]} ${common[1] ?? ""}"`, `${common[0]} OR ${rare[0] ?? "x"}`];
}

async function compare(id: string, query: string, page: number) {
  const db = getDb();
  const now = (await db.execute<Record<string, unknown>>(searchStatement({ territoryId: id, query, page }))).rows;
  const before = (await db.execute<Record<string, unknown>>(referenceStatement({ territoryId: id, query, page }))).rows;
  expect(now, `${query}, page ${page}`).toEqual(before);
  return before;
}

describe("the search reads a territory's transcripts through their territory", () => {
  it("gives the old statement's results on the demo's territories, every page", async () => {
    for (const slug of ["offenbach", "ravenna", "cartagena"]) {
      const id = await territoryId(slug);
      let found = 0;
      for (const query of [...(await queriesFor(id)), "Ämter", "Quokkaprojekt OR Ämter", "und"]) {
        const rows = await compare(id, query, 1);
        const total = rows.length ? ["transcripts", "notes", "sources", "findings"].reduce((n, k) => n + Number(rows[0][k]), 0) : 0;
        found += total;
        for (let page = 2; page <= Math.min(3, Math.ceil(total / SEARCH_PAGE_SIZE) + 1); page++) await compare(id, query, page);
      }
      expect(found, slug).toBeGreaterThan(0);
    }
  });

  it("gives the old statement's results on generated territories, first, second and last page", async () => {
    for (const t of generated) {
      for (const query of await queriesFor(t.id)) {
        const rows = await compare(t.id, query, 1);
        const total = rows.length ? ["transcripts", "notes", "sources", "findings"].reduce((n, k) => n + Number(rows[0][k]), 0) : 0;
        const last = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
        for (const page of new Set([2, last, last + 1])) await compare(t.id, query, page);
      }
    }
  });

  it("reads no transcript of another territory", async () => {
    const [a, b] = generated;
    const [{ word }] = (
      await getDb().execute<{ word: string }>(sql`
        SELECT word FROM ts_stat(${`SELECT search_vector FROM transcript WHERE territory_id = '${b.id}'`}) ORDER BY ndoc DESC, word LIMIT 1`)
    ).rows;
    const inB = await transcriptsMatching(b.id, word);
    expect(await transcriptsMatching(a.id, word)).toBeGreaterThan(0);
    expect(inB).toBeGreaterThan(0);
    const { rows } = await getDb().execute<{ "QUERY PLAN": unknown }>(
      sql`EXPLAIN (ANALYZE, FORMAT JSON) ${searchStatement({ territoryId: b.id, query: word, page: 1 })}`,
    );
    const plan = rows[0]["QUERY PLAN"];
    const read = transcriptRowsRead(typeof plan === "string" ? JSON.parse(plan) : plan);
    // Every transcript the statement takes from the table is one of b's matches (plus the page's
    // own, read again for its snippets); the old statement took a's matches too.
    expect(read).toBeGreaterThanOrEqual(inB);
    expect(read).toBeLessThanOrEqual(inB + SEARCH_PAGE_SIZE);
  });

  it("reads at most the cap of each kind, says there are more, and ranks what it read", async () => {
    const [a] = generated;
    const [{ word, ndoc }] = (
      await getDb().execute<{ word: string; ndoc: number }>(sql`
        SELECT word, ndoc FROM ts_stat(${`SELECT search_vector FROM transcript WHERE territory_id = '${a.id}'`}) ORDER BY ndoc DESC, word LIMIT 1`)
    ).rows;
    const cap = 25;
    expect(ndoc).toBeGreaterThan(cap);
    expect(ndoc).toBeLessThanOrEqual(SEARCH_CAP);
    const exact = await findSearchHits(getDb(), { territoryId: a.id, query: word, page: 1 });
    expect(exact.counts.transcript).toBe(ndoc);
    expect(exact.more.transcript).toBe(false);
    const first = await findSearchHits(getDb(), { territoryId: a.id, query: word, page: 1, cap });
    const second = await findSearchHits(getDb(), { territoryId: a.id, query: word, page: 2, cap });
    const third = await findSearchHits(getDb(), { territoryId: a.id, query: word, page: 3, cap });
    expect(first.counts.transcript).toBe(cap);
    expect(first.more).toEqual({ ...exact.more, transcript: true });
    const shown = [...first.hits, ...second.hits].filter((h) => h.kind === "transcript").map((h) => h.id);
    expect(new Set(shown).size).toBe(cap);
    expect(third.hits.filter((h) => h.kind === "transcript")).toEqual([]);
    // Every one shown is a match, in the order of its rank.
    const { rows } = await getDb().execute<{ id: string; rank: number }>(sql`
      SELECT interview_id::text AS id, ts_rank(search_vector, websearch_to_tsquery(search_config, ${word}), 1) AS rank FROM transcript
       WHERE territory_id = ${a.id} AND search_vector @@ websearch_to_tsquery(search_config, ${word})`);
    const rank = new Map(rows.map((r) => [r.id, Number(r.rank)]));
    const ranks = shown.map((id) => rank.get(id));
    expect(ranks.every((r) => r !== undefined)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((x, y) => y! - x!));
    // The page says so, in the reader's language.
    const { signedInClient } = await import("../support/app");
    const admin = await signedInClient(await startApp(), "admin@eccipa.example");
    const html = await (await admin.get(`/de/t/${a.slug}/needs-review/search?q=${encodeURIComponent(word)}`)).text();
    // (The page's hydration data holds the whole catalog: the shown markup is what counts.)
    const shownPart = (page: string) => decode(page.match(/<section aria-labelledby="search-results-heading">([\s\S]*?)<\/section>/)?.[1] ?? "");
    const plain = shownPart(html);
    expect(plain).toContain(`<h2 id="search-results-heading">${exact.total} Treffer</h2>`);
    expect(plain).not.toContain("gefundenen Texte");
    // Every generated interview's notes say "Invented interview N (scale data)": 1,500 notes, over the cap.
    const over = await findSearchHits(getDb(), { territoryId: a.id, query: "Invented", page: 1 });
    expect(over.more.notes).toBe(true);
    expect(over.counts.notes).toBe(SEARCH_CAP);
    const capped = shownPart(await (await admin.get(`/de/t/${a.slug}/needs-review/search?q=Invented`)).text());
    expect(capped).toMatch(/<h2 id="search-results-heading">Mehr als [\d.]+ Treffer<\/h2>/);
    expect(capped).toContain("mehr als 1.000</dd>");
    expect(capped).toContain("Von jeder Art werden nur die ersten 1.000 gefundenen Texte sortiert und angezeigt.");
  });

  it("keeps a transcript's territory its interview's", async () => {
    const [a, b] = generated;
    const db = getDb();
    const [iv] = await db.insert(interview).values({ territoryId: a.id, conductedOn: "2021-06-01", language: "de" }).returning({ id: interview.id });
    await expect(db.insert(transcript).values({ interviewId: iv.id, territoryId: b.id, text: "Invented text." })).rejects.toThrow();
    await db.insert(transcript).values({ interviewId: iv.id, territoryId: a.id, text: "Invented text." });
    const [{ n }] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM transcript t JOIN interview i ON i.id = t.interview_id WHERE t.territory_id <> i.territory_id`)).rows;
    expect(n).toBe(0);
  });
});

async function transcriptsMatching(id: string, word: string) {
  const { rows } = await getDb().execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM transcript t JOIN interview i ON i.id = t.interview_id
     WHERE i.territory_id = ${id} AND t.search_vector @@ websearch_to_tsquery(t.search_config, ${word})`);
  return rows[0].n;
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Actual Rows": number; "Actual Loops": number; Plans?: PlanNode[] };

/** Rows that scans of the transcript table returned, over the whole plan. */
function transcriptRowsRead(json: { Plan: PlanNode }[]): number {
  const walk = (node: PlanNode): number =>
    (node["Relation Name"] === "transcript" ? node["Actual Rows"] * node["Actual Loops"] : 0) + (node.Plans ?? []).reduce((n, c) => n + walk(c), 0);
  return walk(json[0].Plan);
}
