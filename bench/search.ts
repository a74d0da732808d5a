// Bench case: full-text search of the Needs Review over many transcripts in one territory.
// Generates BENCH_TRANSCRIPTS synthetic interviews with transcripts (invented word lists in
// German, Italian, Spanish and English, a quarter each) inside the database with
// generate_series, then times searchNeedsReview (statement + audit entry), the same statement
// bare through the driver, and the search page through the request handler.
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "../app/db/client.server";
import { territory } from "../app/db/schema";
import { findSearchHits, searchNeedsReview, searchStatement } from "../app/features/needs-review/interviews/search.server";
import type { Actor } from "../app/tenancy/actor.server";

export const TRANSCRIPTS = Number(process.env.BENCH_TRANSCRIPTS ?? 10_000);
export const WORDS_PER_TRANSCRIPT = Number(process.env.BENCH_WORDS ?? 120);
const SLUG = "bench-search";
// Real transcripts also hold rare words (names of places, case numbers): three per transcript
// from RARE_WORDS invented tokens ("fall1" … "fall5000"), each in a handful of transcripts.
const RARE_PER_TRANSCRIPT = 3;
const RARE_WORDS = 5000;

// Invented sentences' vocabulary; inflected forms on purpose, so the stemmers have work to do.
const WORDS: Record<string, string[]> = {
  de: "Die Ämter arbeiten langsam Amt Termin Termine Wohnung Wohnungen Arbeit Arbeitgeber Sprache Sprachen Dolmetscher Formular Formulare Brief Briefe Kolleginnen Beratung Beratungsstelle Schalter Wartezeit Wartezeiten feste Ansprechperson Polizei Aufenthalt Erlaubnis Kinder Schule Ärztin Bescheid Unterlagen Behörde Behörden einfach schwierig immer nie oft gewartet erklärt geholfen".split(" "),
  it: "I lavoratori stranieri aspettano lavoratore sportello uffici ufficio questura permesso soggiorno residenza moduli modulistica associazione associazioni mediatrice corso formazione comune anagrafe casa lavoro figli scuola medico lettera lettere orari sabato informazioni diverse spesso mai sempre difficile semplice aiutato spiegato".split(" "),
  es: "Los trabajadores temporeros trabajador tarjeta sanitaria ayuntamiento empadronarse contrato alquiler ventanilla ventanillas oficina oficinas asociación familias guía idiomas mediadores formación derechos situación administrativa información cita citas papeles vivienda empleo hijos escuela médica siempre nunca difícil sencillo ayudado explicado".split(" "),
  en: "The workers were waiting worker office offices harbour permit permits employer police headquarters municipality procedure language volunteer chaplaincy studies study appointment appointments letter letters housing job children school doctor contact person always never difficult simple helped explained recognised".split(" "),
};

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

/** Inserts the territory, its interviews and their transcripts; returns the territory and the time taken. */
async function generate(db: Database, programmeId: string) {
  const started = performance.now();
  const [t] = await db
    .insert(territory)
    .values({ programmeId, slug: SLUG, name: "Bench search territory", countryCode: "DE", languages: ["de"], population: 1 })
    .returning({ id: territory.id, programmeId: territory.programmeId });
  const lists = sql.raw(
    `CASE i.language ${Object.entries(WORDS)
      .map(([lang, words]) => `WHEN '${lang}' THEN ARRAY[${words.map((w) => `'${w}'`).join(",")}]`)
      .join(" ")} END`,
  );
  await db.execute(sql`
    INSERT INTO interview (territory_id, conducted_on, language, notes)
    SELECT ${t.id}, date '2021-01-01' + (g % 365), (ARRAY['de', 'it', 'es', 'en'])[1 + g % 4], 'Synthetic bench interview ' || g
      FROM generate_series(1, ${TRANSCRIPTS}) g`);
  // The subquery refers to the interview's word list, so it runs (drawing new words) per interview.
  await db.execute(sql`
    INSERT INTO transcript (interview_id, text)
    SELECT i.id, (
      SELECT string_agg(x.word, ' ')
        FROM (
          SELECT w.words[1 + floor(random() * array_length(w.words, 1))::int] AS word FROM generate_series(1, ${WORDS_PER_TRANSCRIPT - RARE_PER_TRANSCRIPT}) n
          UNION ALL
          SELECT 'fall' || (1 + floor(random() * ${RARE_WORDS}))::int FROM generate_series(1, ${RARE_PER_TRANSCRIPT}) n
        ) x
    )
      FROM interview i CROSS JOIN LATERAL (SELECT ${lists} AS words) w
      WHERE i.territory_id = ${t.id}`);
  // VACUUM, not only ANALYZE: it also merges the GIN indexes' pending lists, which a bulk insert
  // fills and which make the planner shy of the index until autovacuum (none in PGlite) runs.
  await db.execute(sql`VACUUM ANALYZE interview`);
  await db.execute(sql`VACUUM ANALYZE transcript`);
  return { territory: t, ms: performance.now() - started };
}

type Client = { get: (path: string) => Promise<Response> };

export async function benchSearch(db: Database, args: { programmeId: string; actor: Actor; admin: Client; runs: number }) {
  const { territory: t, ms } = await generate(db, args.programmeId);
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
    `search: ${TRANSCRIPTS} transcripts of ${WORDS_PER_TRANSCRIPT} words generated in ${(ms / 1000).toFixed(1)} s; "worker" matches ${hits.counts.transcript}; GIN index in the plan for "${planQuery}": ${usesIndex ? "yes" : "NO"}`,
    `searchNeedsReview / bare statement ratio: ${(rows[0].p50 / rows[1].p50).toFixed(2)}×`,
  ];
  if (process.env.BENCH_PLAN) notes.push(planText);
  return { rows, notes };
}
