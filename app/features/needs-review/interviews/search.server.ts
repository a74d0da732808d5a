// Full-text search over a territory's Needs Review: transcripts, interview notes, desk research
// and findings. Each row is stemmed in its own language: the database keeps its text-search
// configuration in search_config (set by triggers) and the tsvector beside it. The query is
// parsed once per configuration, and the condition is an OR over the configurations, one
// "search_config = X AND search_vector @@ query_X" arm each, so that every arm can use the GIN
// index (see docs/decisions/010-full-text-search.md).
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import type { FindingKind } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { NEEDS_REVIEW_PAGE_SIZE } from "../paging";
import { MARK_START, MARK_STOP } from "./search-snippet";

export const SEARCH_PAGE_SIZE = 20;

/**
 * At most this many texts of each kind are read, ranked and shown (decision 034): a word found
 * in a quarter of 100,000 transcripts would otherwise cost 25,000 rows to fetch and rank. Below
 * it, counts and order are exact; above it, the count says "more than" and the hits are the
 * best-ranked of the texts read.
 */
export const SEARCH_CAP = 1000;

/**
 * Every configuration search_config_for() (migration 0005) can give a row. A row whose
 * configuration is missing here could never be found: an integration test compares the two.
 */
export const SEARCH_CONFIGS = ["german", "italian", "spanish", "english", "french", "portuguese", "dutch", "simple"] as const;

export const SEARCH_KINDS = ["transcript", "notes", "source", "finding"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

// Up to two passages of about 30 words. The markers are private-use characters, not HTML;
// the page turns them into <mark> (search-snippet.ts).
const SNIPPET_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_STOP}", MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel="${MARK_START}", StopSel="${MARK_STOP}", HighlightAll=true`;

type Territory = { id: string; programmeId: string };

export type SearchHit = {
  kind: SearchKind;
  /** The interview (transcript, notes), desk source or finding to link to. */
  id: string;
  /** The language of the text (a language code), for the snippet's lang attribute. */
  language: string;
  /** Matched passages, matched words between MARK_START and MARK_STOP. */
  snippet: string;
  /** A desk source's title, marked the same way; null for the other kinds. */
  title: string | null;
  /** The interview's date (YYYY-MM-DD) for transcripts and notes. */
  conductedOn: string | null;
  findingKind: FindingKind | null;
  /** The page of the desk research list on which the source is shown. */
  sourcePage: number | null;
};

export type SearchResults = {
  hits: SearchHit[];
  /** Texts found per kind, at most SEARCH_CAP; `more` says where there are more. */
  counts: Record<SearchKind, number>;
  more: Record<SearchKind, boolean>;
  total: number;
  page: number;
  pageSize: number;
};

/** "(config = 'german' AND vector @@ websearch_to_tsquery('german', q)) OR …", for one table alias. */
function matchesQuery(alias: string, query: string): SQL {
  const arms = SEARCH_CONFIGS.map((config) => {
    const c = sql.raw(`'${config}'::regconfig`);
    return sql`(${sql.raw(alias)}.search_config = ${c} AND ${sql.raw(alias)}.search_vector @@ websearch_to_tsquery(${c}, ${query}))`;
  });
  return sql`(${sql.join(arms, sql` OR `)})`;
}

/** Relevance within the row's own configuration, damped by document length (normalisation 1). */
function rankOf(alias: string, query: string): SQL {
  return sql`ts_rank(${sql.raw(alias)}.search_vector, websearch_to_tsquery(${sql.raw(alias)}.search_config, ${query}), 1)`;
}

/**
 * The search as one statement: every match of the territory with its rank, the counts per
 * kind, and one page of hits with their snippets. Snippets are built for that page only
 * (ts_headline re-parses the whole text). Exported for the benchmark's bare run.
 */
export function searchStatement(args: { territoryId: string; query: string; page: number; cap?: number }): SQL {
  const { territoryId, query } = args;
  // One more than the cap is read, to know that there are more; it is counted, never shown.
  const cap = args.cap ?? SEARCH_CAP;
  const capped = (select: SQL) => sql`SELECT *, row_number() OVER () AS n FROM (${select} LIMIT ${cap + 1}) x`;
  const offset = (args.page - 1) * SEARCH_PAGE_SIZE;
  // Private-use markers in the stored text itself would fake marks: they are removed first.
  const clean = (column: string) => sql`translate(${sql.raw(column)}, ${MARK_START + MARK_STOP}, '')`;
  const headline = (column: string, options: string) =>
    sql`ts_headline(p.config, ${clean(column)}, websearch_to_tsquery(p.config, ${query}), ${options})`;
  return sql`
    WITH matches AS (
      ${capped(sql`SELECT 'transcript' AS kind, t.interview_id AS id, t.search_config AS config, ${rankOf("t", query)} AS rank
        FROM transcript t
        WHERE t.territory_id = ${territoryId} AND ${matchesQuery("t", query)}`)}
      UNION ALL
      ${capped(sql`SELECT 'notes', i.id, i.search_config, ${rankOf("i", query)}
        FROM interview i
        WHERE i.territory_id = ${territoryId} AND ${matchesQuery("i", query)}`)}
      UNION ALL
      ${capped(sql`SELECT 'source', d.id, d.search_config, ${rankOf("d", query)}
        FROM desk_source d
        WHERE d.territory_id = ${territoryId} AND ${matchesQuery("d", query)}`)}
      UNION ALL
      ${capped(sql`SELECT 'finding', f.id, f.search_config, ${rankOf("f", query)}
        FROM finding f
        WHERE f.territory_id = ${territoryId} AND ${matchesQuery("f", query)}`)}
    ),
    counts AS (
      SELECT count(*) FILTER (WHERE kind = 'transcript')::int AS transcripts,
             count(*) FILTER (WHERE kind = 'notes')::int AS notes,
             count(*) FILTER (WHERE kind = 'source')::int AS sources,
             count(*) FILTER (WHERE kind = 'finding')::int AS findings
        FROM matches
    ),
    page AS (
      SELECT * FROM matches WHERE n <= ${cap} ORDER BY rank DESC, kind, id LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT c.transcripts, c.notes, c.sources, c.findings,
           p.kind, p.id::text AS id,
           coalesce(i.language, (SELECT languages[1] FROM territory WHERE id = ${territoryId}), 'und') AS language,
           CASE p.kind
             WHEN 'transcript' THEN ${headline("tr.text", SNIPPET_OPTIONS)}
             WHEN 'notes' THEN ${headline("i.notes", SNIPPET_OPTIONS)}
             WHEN 'source' THEN ${headline("d.notes", SNIPPET_OPTIONS)}
             WHEN 'finding' THEN ${headline("f.statement", SNIPPET_OPTIONS)}
           END AS snippet,
           CASE WHEN p.kind = 'source' THEN ${headline("d.title", TITLE_OPTIONS)} END AS title,
           i.conducted_on::text AS conducted_on,
           f.kind AS finding_kind,
           CASE WHEN p.kind = 'source' THEN (
             SELECT count(*)::int FROM desk_source n
               WHERE n.territory_id = ${territoryId} AND (n.created_at, n.id) > (d.created_at, d.id)
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

type Row = {
  transcripts: number;
  notes: number;
  sources: number;
  findings: number;
  kind: SearchKind | null;
  id: string | null;
  language: string;
  snippet: string | null;
  title: string | null;
  conducted_on: string | null;
  finding_kind: FindingKind | null;
  source_page: number | null;
};

/** Runs the search statement; no audit entry (searchNeedsReview writes it). */
export async function findSearchHits(db: Executor, args: { territoryId: string; query: string; page: number; cap?: number }): Promise<SearchResults> {
  const { rows } = await db.execute<Row>(searchStatement(args));
  const first = rows[0];
  const cap = args.cap ?? SEARCH_CAP;
  const found = { transcript: first?.transcripts ?? 0, notes: first?.notes ?? 0, source: first?.sources ?? 0, finding: first?.findings ?? 0 };
  const counts = { transcript: Math.min(found.transcript, cap), notes: Math.min(found.notes, cap), source: Math.min(found.source, cap), finding: Math.min(found.finding, cap) };
  const more = { transcript: found.transcript > cap, notes: found.notes > cap, source: found.source > cap, finding: found.finding > cap };
  const hits: SearchHit[] = rows
    .filter((r): r is Row & { kind: SearchKind; id: string } => r.kind !== null && r.id !== null)
    .map((r) => ({
      kind: r.kind,
      id: r.id,
      language: r.language,
      snippet: r.snippet ?? "",
      title: r.title,
      conductedOn: r.conducted_on,
      findingKind: r.finding_kind,
      sourcePage: r.source_page,
    }));
  const total = counts.transcript + counts.notes + counts.source + counts.finding;
  return { hits, counts, more, total, page: args.page, pageSize: SEARCH_PAGE_SIZE };
}

/**
 * One page of the territory's hits for the query. Showing a transcript passage is reading the
 * transcript: a search that shows any writes one "transcript.search" audit entry naming the
 * interviews shown and the number of hits, never the query (it may contain a name).
 */
export async function searchNeedsReview(
  db: Executor,
  args: { actor: Actor; territory: Territory; query: string; page: number },
): Promise<SearchResults> {
  const { actor, territory, query, page } = args;
  const results = await findSearchHits(db, { territoryId: territory.id, query, page });
  const interviewIds = results.hits.filter((h) => h.kind === "transcript").map((h) => h.id);
  if (interviewIds.length > 0) {
    await recordAudit(db, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "transcript.search",
      objectType: "transcript",
      details: { interviewIds, hits: results.total, transcriptHits: results.counts.transcript },
    });
  }
  return results;
}
