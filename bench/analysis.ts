// Bench case: the Needs Review analysis and the programme comparison on the scale data
// (bench/scale-data.ts, loaded by bench/scale.ts): themeGroupMatrix and themeCooccurrence of the
// largest territory (100,000 codings), compareThemes and listValidatedFindings over the
// programme's territories, each against the very statements it sends replayed bare through the
// driver. The statements are captured with drizzle's query logger on a second drizzle instance
// over the same connection, so they cannot drift from the code. BENCH_PLAN=1 prints their plans
// (EXPLAIN ANALYZE, BUFFERS).
import { performance } from "node:perf_hooks";
import { eq } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { Database } from "../app/db/client.server";
import * as schema from "../app/db/schema";
import { territory } from "../app/db/schema";
import { themeCooccurrence, themeGroupMatrix } from "../app/features/needs-review/coding/analysis.server";
import { compareThemes, listValidatedFindings } from "../app/features/needs-review/coding/comparison.server";
import { SCALE } from "./scale-data";

/** Ten runs: one round of the four cases, each also bare, takes about a second on two quiet cores. */
export const ANALYSIS_RUNS = Number(process.env.BENCH_ANALYSIS_RUNS ?? 10);

type Row = { label: string; p50: number; p95: number };
type Captured = { query: string; params: unknown[] };
type Client = { query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };

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

export async function benchAnalysis(db: Database, args: { runs: number; programmeId: string; kind: "pglite" | "postgres" }) {
  const client = (db as unknown as { $client: Client }).$client;
  let captured: Captured[] | null = null;
  const logger = { logQuery: (query: string, params: unknown[]) => captured?.push({ query, params }) };
  const logged = (args.kind === "pglite" ? drizzlePglite(client as never, { schema, logger }) : drizzlePg(client as never, { schema, logger })) as unknown as Database;
  const [big] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, "scale-01"));

  /** The statements a call sends, captured once, to replay bare through the driver. */
  async function statementsOf(fn: () => Promise<unknown>): Promise<Captured[]> {
    captured = [];
    await fn();
    const result = captured;
    captured = null;
    return result;
  }
  const bare = (statements: Captured[]) => async () => {
    for (const s of statements) await client.query(s.query, s.params);
  };

  const scope = { territoryId: big.id };
  const programmeScope = { programmeId: args.programmeId };
  const cases: { label: string; fn: (d: Database) => Promise<unknown> }[] = [
    { label: `analysis, ${SCALE.bigCodings} codings: themeGroupMatrix`, fn: (d) => themeGroupMatrix(d, scope) },
    { label: `analysis, ${SCALE.bigCodings} codings: themeCooccurrence`, fn: (d) => themeCooccurrence(d, scope) },
    { label: `comparison, the programme's territories: compareThemes`, fn: (d) => compareThemes(d, { ...programmeScope, language: "en" }) },
    { label: `comparison, the programme's territories: listValidatedFindings`, fn: (d) => listValidatedFindings(d, programmeScope) },
  ];
  const rows: Row[] = [];
  const notes: string[] = [];
  const ratios: string[] = [];
  for (const c of cases) {
    const statements = await statementsOf(() => c.fn(logged));
    const fn = await timed(c.label, args.runs, () => c.fn(db));
    const raw = await timed(`  same ${statements.length === 1 ? "statement" : `${statements.length} statements`}, bare through the driver`, args.runs, bare(statements));
    rows.push(fn, raw);
    ratios.push(`${c.label.split(": ")[1]} ${(fn.p50 / raw.p50).toFixed(2)}×`);
    if (process.env.BENCH_PLAN) {
      for (const s of statements) {
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.query}`, s.params);
        notes.push(`plan of ${c.label.split(": ")[1]} (${args.kind}):\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
      }
    }
  }
  notes.unshift(`analysis function / bare statements ratio (p50): ${ratios.join(", ")}`);
  return { rows, notes };
}
