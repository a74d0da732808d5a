// Bench case: full-text search of the Needs Review over many transcripts in one territory: the
// scale data's search territory of BENCH_TRANSCRIPTS (10,000) transcripts of 120 invented words
// in German, Italian, Spanish and English, a quarter each (bench/scale-data.ts). Times searchNeedsReview (statement + audit entry), the same statement
// bare through the driver, and the search page through the request handler.
import { performance } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "../app/db/client.server";
import { territory } from "../app/db/schema";
import { generateSearchTerritory } from "./scale-data";
import { findSearchHits, searchNeedsReview, searchStatement } from "../app/features/needs-review/interviews/search.server";
import type { Actor } from "../app/tenancy/actor.server";

export const TRANSCRIPTS = Number(process.env.BENCH_TRANSCRIPTS ?? 10_000);
// Ten searches, cycled: common words of each language (each in most transcripts of its
// language), rare ones, a phrase, an exclusion, an OR, and a word found nowhere.
const QUERIES = ["Amt", "lavoratore", "trabajador", "worker", '"feste Ansprechperson"', "Amt -Polizei", "fall1234", "fall77 OR fall4242", "tarjetas sanitarias", "zzzunfindable"];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(label: string, runs: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < QUERIES.length; i++) await fn(i); // warm-up: every query once
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** The search territory of the scale data (bench/scale-data.ts), generated here unless bench/scale.ts did. */
async function searchTerritory(db: Database, programmeId: string) {
  const slug = `scale-search-${TRANSCRIPTS}`;
  const started = performance.now();
  const [found] = await db.select({ id: territory.id, programmeId: territory.programmeId }).from(territory).where(eq(territory.slug, slug));
  const t = found ?? (await generateSearchTerritory(db, { programmeId, slug, count: TRANSCRIPTS }));
  return { territory: t, slug, ms: found ? null : performance.now() - started };
}

type Client = { get: (path: string) => Promise<Response> };

export async function benchSearch(db: Database, args: { programmeId: string; actor: Actor; admin: Client; runs: number }) {
  const { territory: t, slug: SLUG, ms } = await searchTerritory(db, args.programmeId);
  const dialect = new PgDialect();
  const bare = (db as unknown as { $client: { query: (text: string, params: unknown[]) => Promise<unknown> } }).$client;
  const query = (i: number) => QUERIES[i % QUERIES.length];
  const statementOf = (i: number) => dialect.sqlToQuery(searchStatement({ territoryId: t.id, query: query(i), page: 1 }));

  // Does the planner use the GIN index for a selective search? One plan, for the record. A rare
  // word with one stemmed differently by each configuration ("Wohnungen": german "wohnung",
  // english "wohnungen", …), so that the OR arms cannot be merged into one. (A word found in
  // most transcripts is rightly read by a sequential scan.)
  const planQuery = process.env.BENCH_PLAN_QUERY ?? "fall4321 Wohnungen";
  const plan = await db.execute<{ "QUERY PLAN": string }>(sql`EXPLAIN ${searchStatement({ territoryId: t.id, query: planQuery, page: 1 })}`);
  const planText = plan.rows.map((r) => r["QUERY PLAN"]).join("\n");
  const usesIndex = /Bitmap Index Scan on transcript_search_idx/.test(planText);
  const hits = await findSearchHits(db, { territoryId: t.id, query: "worker", page: 1 });

  const rows = [
    await timed(`search, ${TRANSCRIPTS} transcripts: searchNeedsReview`, args.runs, (i) =>
      searchNeedsReview(db, { actor: args.actor, territory: t, query: query(i), page: 1 }),
    ),
    await timed("  same statement, bare through the driver", args.runs, (i) => {
      const s = statementOf(i);
      return bare.query(s.sql, s.params);
    }),
    await timed("  search page (signed in, through the handler)", args.runs, async (i) => {
      const r = await args.admin.get(`/en/t/${SLUG}/needs-review/search?q=${encodeURIComponent(query(i))}`);
      if (r.status !== 200) throw new Error(`search page ${r.status}`);
      await r.text();
    }),
  ];
  const notes = [
    `search: ${TRANSCRIPTS} transcripts of 120 words (${ms === null ? "from the scale data" : `generated in ${(ms / 1000).toFixed(1)} s`}); "worker" matches ${hits.counts.transcript}; GIN index in the plan for "${planQuery}": ${usesIndex ? "yes" : "NO"}`,
    `searchNeedsReview / bare statement ratio: ${(rows[0].p50 / rows[1].p50).toFixed(2)}×`,
  ];
  if (process.env.BENCH_PLAN) notes.push(planText);
  return { rows, notes };
}
