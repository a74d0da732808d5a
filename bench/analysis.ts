// Bench case: the Needs Review analysis over ~100,000 codings. In a fresh in-memory PGlite (the
// migrations applied, nothing else), generates one large territory (BENCH_INTERVIEWS interviews
// with transcripts, participants of the three target groups, the default codebook,
// BENCH_CODINGS codings spanning one to three paragraphs) and two smaller ones, then times
// themeGroupMatrix, themeCooccurrence and the programme comparison (compareThemes and
// listValidatedFindings) against the very statements they send, replayed bare through the
// driver. The statements are captured with drizzle's query logger, so they cannot drift from
// the code. Run alone with `npx tsx bench/analysis.ts`, or as part of `npm run bench`.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import type { Database } from "../app/db/client.server";
import * as schema from "../app/db/schema";
import { programme, territory } from "../app/db/schema";
import { themeCooccurrence, themeGroupMatrix } from "../app/features/needs-review/coding/analysis.server";
import { createDefaultCodebook } from "../app/features/needs-review/codebook/codebook.server";
import { compareThemes, listValidatedFindings } from "../app/features/needs-review/coding/comparison.server";

const INTERVIEWS = Number(process.env.BENCH_INTERVIEWS ?? 300);
const CODINGS = Number(process.env.BENCH_CODINGS ?? 100_000);
/** The two other territories of the comparison get this share of the interviews and codings each. */
const SMALL_SHARE = 0.2;
const PARAGRAPHS = 60;
const FINDINGS_PER_TERRITORY = 40;
/** Ten runs: at ~100,000 codings one round of the four cases, each also bare, takes ~4 s on two quiet cores. */
export const ANALYSIS_RUNS = Number(process.env.BENCH_ANALYSIS_RUNS ?? 10);

type Row = { label: string; p50: number; p95: number };
type Captured = { query: string; params: unknown[] };

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timed(label: string, runs: number, fn: () => Promise<unknown>): Promise<Row> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** One territory: participants, interviews with transcripts, the default codebook, codings, findings validated by one focus group. */
async function generateTerritory(db: Database, args: { programmeId: string; slug: string; interviews: number; codings: number }) {
  const [t] = await db
    .insert(territory)
    .values({ programmeId: args.programmeId, slug: args.slug, name: `Bench ${args.slug}`, countryCode: "DE", languages: ["de"], population: 1 })
    .returning({ id: territory.id, programmeId: territory.programmeId });
  await createDefaultCodebook(db, { actor: null, territory: t, language: "de" });
  const participants = Math.round(args.interviews * 1.2);
  await db.execute(sql`
    INSERT INTO participant (territory_id, pseudonym, target_group)
    SELECT ${t.id}, 'P-' || g, (ARRAY['civil_servant', 'third_country_national', 'stakeholder'])[1 + g % 3]
      FROM generate_series(1, ${participants}) g`);
  await db.execute(sql`
    INSERT INTO interview (territory_id, conducted_on, language, notes)
    SELECT ${t.id}, date '2021-01-01' + (g % 365), 'de', '' FROM generate_series(1, ${args.interviews}) g`);
  // PARAGRAPHS paragraphs of invented text per transcript; the codings point into them.
  await db.execute(sql`
    INSERT INTO transcript (interview_id, text)
    SELECT i.id, repeat('CS-01: Synthetic bench paragraph with a few words in it.' || chr(10) || chr(10), ${PARAGRAPHS})
      FROM interview i WHERE i.territory_id = ${t.id}`);
  // Each interview has one participant; every tenth is a group interview with two more, of other groups.
  await db.execute(sql`
    WITH i AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM interview WHERE territory_id = ${t.id}),
         p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM participant WHERE territory_id = ${t.id})
    INSERT INTO interview_participant (interview_id, participant_id)
    SELECT DISTINCT i.id, p.id FROM i JOIN p ON p.n = i.n OR (i.n % 10 = 0 AND p.n IN (${args.interviews} + i.n / 10, ${args.interviews} + i.n / 10 + 1))`);
  // Themes drawn with a skew (some themes far more frequent, as in real material); one to three
  // paragraphs per passage; one in fifty flagged unplaced.
  await db.execute(sql`
    WITH i AS (SELECT array_agg(iv.id ORDER BY iv.id) AS ids, array_agg(tr.id ORDER BY iv.id) AS tids, count(*)::int AS n
                 FROM interview iv JOIN transcript tr ON tr.interview_id = iv.id WHERE iv.territory_id = ${t.id}),
         th AS (SELECT array_agg(id ORDER BY position, id) AS ids, count(*)::int AS n FROM theme WHERE territory_id = ${t.id}),
         c AS (SELECT g, 1 + g % i.n AS k, 1 + floor(power(random(), 2) * th.n)::int AS h, floor(random() * ${PARAGRAPHS - 2})::int AS p, g % 3 AS extra
                 FROM generate_series(1, ${args.codings}) g, i, th)
    INSERT INTO coding (territory_id, interview_id, transcript_id, theme_id, start, "end", paragraph_first, paragraph_last, quote, placement)
    SELECT ${t.id}, i.ids[c.k], i.tids[c.k], th.ids[c.h], c.p * 58, c.p * 58 + 40 + c.extra * 58, c.p, c.p + c.extra,
           'Synthetic bench paragraph', CASE WHEN c.g % 50 = 0 THEN 'unplaced' ELSE 'placed' END
      FROM c, i, th`);
  // Findings, all presented at one focus group: confirmed, amended, rejected and undecided in turn.
  await db.execute(sql`
    INSERT INTO finding (territory_id, kind, statement, priority, position)
    SELECT ${t.id}, (ARRAY['strength', 'weakness', 'need'])[1 + g % 3], 'Synthetic finding ' || g, (ARRAY['high', 'medium', 'low'])[1 + g % 3], g
      FROM generate_series(1, ${FINDINGS_PER_TERRITORY}) g`);
  await db.execute(sql`INSERT INTO focus_group (territory_id, title, held_on) VALUES (${t.id}, 'Synthetic focus group', '2021-06-15')`);
  await db.execute(sql`
    INSERT INTO focus_group_finding (focus_group_id, finding_id, outcome, amended_statement, decided_at)
    SELECT fg.id, f.id, (ARRAY['confirmed', 'amended', 'rejected', NULL])[1 + f.position % 4],
           CASE WHEN f.position % 4 = 1 THEN 'Amended synthetic finding ' || f.position END, now()
      FROM finding f JOIN focus_group fg ON fg.territory_id = f.territory_id WHERE f.territory_id = ${t.id}`);
  return t;
}

export async function benchAnalysis(args: { runs: number }) {
  const client = new PGlite("memory://");
  let captured: Captured[] | null = null;
  const db = drizzle(client, {
    schema,
    logger: { logQuery: (query, params) => captured?.push({ query, params }) },
  }) as unknown as Database;
  await migrate(db as never, { migrationsFolder: path.resolve("app/db/migrations") });
  // To see how much of the time is sorts spilling to disk (PGlite's default work_mem is 4MB).
  if (process.env.BENCH_WORK_MEM) await client.exec(`SET work_mem = '${process.env.BENCH_WORK_MEM.replace(/[^0-9A-Za-z]/g, "")}'`);

  const started = performance.now();
  const [prog] = await db.insert(programme).values({ slug: "bench-analysis", name: "Bench analysis programme" }).returning({ id: programme.id });
  const big = await generateTerritory(db, { programmeId: prog.id, slug: "bench-analysis-1", interviews: INTERVIEWS, codings: CODINGS });
  for (const n of [2, 3]) {
    await generateTerritory(db, { programmeId: prog.id, slug: `bench-analysis-${n}`, interviews: Math.round(INTERVIEWS * SMALL_SHARE), codings: Math.round(CODINGS * SMALL_SHARE) });
  }
  for (const table of ["coding", "interview", "interview_participant", "participant", "theme", "transcript", "finding", "focus_group_finding"]) {
    await db.execute(sql.raw(`VACUUM ANALYZE ${table}`));
  }
  const generatedMs = performance.now() - started;

  /** The statements a call sends, captured once, to replay bare through the driver. */
  async function statementsOf(fn: () => Promise<unknown>): Promise<Captured[]> {
    captured = [];
    await fn();
    const result = captured;
    captured = null;
    return result;
  }
  const bare = (statements: Captured[]) => async () => {
    for (const s of statements) await client.query(s.query, s.params as unknown[]);
  };

  const scope = { territoryId: big.id };
  const programmeScope = { programmeId: prog.id };
  const cases: { label: string; fn: () => Promise<unknown> }[] = [
    { label: `analysis, ${CODINGS} codings: themeGroupMatrix`, fn: () => themeGroupMatrix(db, scope) },
    { label: `analysis, ${CODINGS} codings: themeCooccurrence`, fn: () => themeCooccurrence(db, scope) },
    { label: `comparison, 3 territories: compareThemes`, fn: () => compareThemes(db, { ...programmeScope, language: "en" }) },
    { label: `comparison, 3 territories: listValidatedFindings`, fn: () => listValidatedFindings(db, programmeScope) },
  ];
  const rows: Row[] = [];
  const notes: string[] = [];
  const ratios: string[] = [];
  for (const c of cases) {
    const statements = await statementsOf(c.fn);
    const fn = await timed(c.label, args.runs, c.fn);
    const raw = await timed(`  same ${statements.length === 1 ? "statement" : `${statements.length} statements`}, bare through the driver`, args.runs, bare(statements));
    rows.push(fn, raw);
    ratios.push(`${c.label.split(": ")[1]} ${(fn.p50 / raw.p50).toFixed(2)}×`);
    // A slow statement: keep its plan, for the report.
    if (raw.p50 > 1000 || process.env.BENCH_PLAN) {
      for (const s of statements) {
        const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ANALYZE ${s.query}`, s.params as unknown[]);
        notes.push(`plan of ${c.label.split(": ")[1]}:\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
      }
    }
  }
  const [{ n: codingRows }] = (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM coding")).rows;
  const [{ n: units }] = (
    await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT DISTINCT theme_id, transcript_id, g.p FROM coding CROSS JOIN LATERAL generate_series(paragraph_first, paragraph_last) g(p) WHERE territory_id = $1 AND placement = 'placed') u`,
      [big.id],
    )
  ).rows;
  notes.unshift(
    `analysis: ${INTERVIEWS} interviews + 2 × ${Math.round(INTERVIEWS * SMALL_SHARE)}, ${codingRows} codings (${units} theme-paragraph units in the large territory) generated in ${(generatedMs / 1000).toFixed(1)} s in a fresh PGlite`,
    `analysis function / bare statements ratio (p50): ${ratios.join(", ")}`,
  );
  await client.close();
  return { rows, notes };
}

// Alone: `npx tsx bench/analysis.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { rows, notes } = await benchAnalysis({ runs: ANALYSIS_RUNS });
  console.log("case".padEnd(58), "p50 ms".padStart(9), "p95 ms".padStart(9));
  for (const r of rows) console.log(r.label.padEnd(58), r.p50.toFixed(1).padStart(9), r.p95.toFixed(1).padStart(9));
  for (const note of notes) console.log(note);
}
