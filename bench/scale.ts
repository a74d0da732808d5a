// Bench case: the figures at scale (issue 10, item 3), against their goals. Loads the scale data
// (bench/scale-data.ts) beside the demo in the app's own database, plus two search territories
// of 10,000 and 100,000 short transcripts (BENCH_SEARCH_LARGE=0 leaves out the second), then
// times through the real request handler, signed in as the demo's programme admin: the analysis
// page of the largest territory (100,000 codings), themeGroupMatrix and themeCooccurrence
// called directly, the search page over each search territory, and the list pages (first page:
// time, HTML size and rows shown, to show that each is capped).
import { performance } from "node:perf_hooks";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../app/db/client.server";
import { cohort, programme, territory } from "../app/db/schema";
import {
  themeCooccurrence,
  themeGroupMatrix,
} from "../app/features/needs-review/coding/analysis.server";
import { generateScale, generateSearchTerritory, SCALE } from "./scale-data";

type Client = { get: (path: string) => Promise<Response> };
export type Row = {
  label: string;
  p50: number;
  p95: number;
  goal?: number;
  goalOn?: "p50" | "p95";
  /** Median CPU time of this process per run: on PGlite the database's work too, so a figure a loaded machine inflates less than the wall time. */
  cpu50?: number;
};

export const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 20);
export const SEARCH_QUERIES = [
  "Amt",
  "lavoratore",
  "trabajador",
  "worker",
  '"feste Ansprechperson"',
  "Amt -Polizei",
  "fall1234",
  "fall77 OR fall4242",
  "tarjetas sanitarias",
  "zzzunfindable",
];

function percentile(sorted: number[], p: number) {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

export async function timed(
  label: string,
  runs: number,
  fn: (i: number) => Promise<unknown>,
  goal?: Pick<Row, "goal" | "goalOn">,
): Promise<Row> {
  await fn(0); // warm-up
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    label,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    cpu50: percentile(cpu, 50),
    ...goal,
  };
}

async function page(client: Client, path: string) {
  const r = await client.get(path);
  if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
  return r.text();
}

/** Rows of the page's tables, cards and quoted passages: a capped list shows a page's worth. */
function rowsShown(html: string) {
  return (
    (html.match(/<tr[ >]/g) ?? []).length +
    (html.match(/<li[^>]*class="(?:card|list-item)/g) ?? []).length +
    (html.match(/<blockquote>/g) ?? []).length
  );
}

export async function benchScale(
  db: Database,
  args: { admin: Client; runs: number; programmeSlug?: string; onRow?: (row: Row) => void },
) {
  const notes: string[] = [];
  const [prog] = await db
    .select({ id: programme.id })
    .from(programme)
    .where(eq(programme.slug, args.programmeSlug ?? "eccipa"));
  const [loaded] = await db
    .select({ id: territory.id })
    .from(territory)
    .where(eq(territory.slug, "scale-01"));
  let generatedMs = 0;
  if (!loaded) {
    const result = await generateScale(db, {
      programmeSlug: args.programmeSlug,
    });
    generatedMs = result.ms;
    notes.push(
      `scale data: ${Object.entries(result.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}; generated in ${(result.ms / 1000).toFixed(1)} s`,
    );
  } else notes.push("scale data: already loaded");
  const searchSizes = [
    10_000,
    ...(process.env.BENCH_SEARCH_LARGE === "0" ? [] : [100_000]),
  ];
  for (const count of searchSizes) {
    const slug = `scale-search-${count}`;
    const [exists] = await db
      .select({ id: territory.id })
      .from(territory)
      .where(eq(territory.slug, slug));
    if (exists) continue;
    const t0 = performance.now();
    await generateSearchTerritory(db, { programmeId: prog.id, slug, count });
    notes.push(
      `search territory of ${count} transcripts generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }

  const [big] = await db
    .select({ id: territory.id })
    .from(territory)
    .where(eq(territory.slug, "scale-01"));
  const [bigCohort] = await db
    .select({ id: cohort.id })
    .from(cohort)
    .where(
      and(
        eq(cohort.territoryId, big.id),
        eq(cohort.name, "Invented cohort 1 (scale data)"),
      ),
    );
  const scope = { territoryId: big.id };
  const base = "/en/t/scale-01";
  const rows: Row[] = [];
  const push = rows.push.bind(rows);
  rows.push = (...added: Row[]) => {
    for (const r of added) args.onRow?.(r);
    return push(...added);
  };
  if (generatedMs)
    rows.push({
      label: "scale data generated (s, once)",
      p50: generatedMs / 1000,
      p95: generatedMs / 1000,
    });
  rows.push(
    await timed(
      `analysis page, ${SCALE.bigCodings} codings (handler)`,
      args.runs,
      () => page(args.admin, `${base}/needs-review/analysis`),
      { goal: 300, goalOn: "p50" },
    ),
    await timed(
      "  themeGroupMatrix (direct)",
      args.runs,
      () => themeGroupMatrix(db, scope),
      { goal: 150, goalOn: "p50" },
    ),
    await timed(
      "  themeCooccurrence (direct)",
      args.runs,
      () => themeCooccurrence(db, scope),
      { goal: 150, goalOn: "p50" },
    ),
  );
  for (const count of searchSizes) {
    rows.push(
      await timed(
        `search page, ${count} transcripts (handler)`,
        Math.max(args.runs, 30),
        (i) =>
          page(
            args.admin,
            `/en/t/scale-search-${count}/needs-review/search?q=${encodeURIComponent(SEARCH_QUERIES[i % SEARCH_QUERIES.length])}`,
          ),
        {
          goal: count > 10_000 ? 100 : 50,
          goalOn: "p95",
        },
      ),
    );
  }
  const lists: [string, string][] = [
    ["interviews", `${base}/needs-review/interviews`],
    ["participants", `${base}/needs-review/participants`],
    ["passages (codings)", `${base}/needs-review/passages`],
    ["findings", `${base}/needs-review/findings`],
    ["desk research", `${base}/needs-review/sources`],
    ["territory members", `${base}/members`],
    ["territory audit", `${base}/audit`],
    ["cohorts", `${base}/training`],
    ["cohort: trainees, sessions", `${base}/training/cohorts/${bigCohort.id}`],
    [
      "cohort certificates",
      `${base}/training/cohorts/${bigCohort.id}/certificates`,
    ],
    ["programme members", "/en/p/eccipa/members"],
    ["programme audit", "/en/p/eccipa/audit"],
    ["programme training", "/en/p/eccipa/training"],
  ];
  for (const [name, path] of lists) {
    const html = await page(args.admin, path).catch((e: Error) => e);
    if (html instanceof Error) {
      notes.push(`list ${name}: ${html.message}`);
      continue;
    }
    const row = await timed(
      `list: ${name}`,
      Math.max(5, Math.round(args.runs / 2)),
      () => page(args.admin, path),
    );
    rows.push({
      ...row,
      label: `${row.label} (${Math.round(html.length / 1024)} KB, ${rowsShown(html)} rows)`,
    });
  }
  const [{ n }] = (
    await db.execute<{ n: number }>(
      sql`select count(*)::int as n from coding where territory_id = ${big.id}`,
    )
  ).rows;
  notes.push(
    `scale: largest territory ${n} codings; list pages show their first page (rows counted in tables)`,
  );
  return { rows, notes };
}

/** "ok" or "OVER" per row that has a goal. */
export function verdict(row: Row) {
  const cpu = row.cpu50 === undefined ? "" : `cpu ${row.cpu50.toFixed(0)} ms  `;
  if (!row.goal) return cpu;
  const value = row.goalOn === "p95" ? row.p95 : row.p50;
  return `${cpu}${value <= row.goal ? "ok" : "OVER"} (goal ${row.goalOn} ≤ ${row.goal} ms)`;
}

// Alone: `npx tsx bench/scale.ts` (build first). PGLITE_DATA_DIR=<dir> keeps the data for the next run.
if (process.argv[1]?.endsWith("bench/scale.ts")) {
  // BENCH_POSTGRES=1 without DATABASE_URL: on a temporary PostgreSQL server (scripts/postgres.ts).
  const { startTemporaryPostgres } = await import("../scripts/postgres");
  const pg = process.env.BENCH_POSTGRES === "1" && !process.env.DATABASE_URL ? await startTemporaryPostgres() : null;
  if (pg) process.env.DATABASE_URL = pg.url;
  process.env.PGLITE_DATA_DIR ??= "memory://";
  const { startApp, signedInClient } = await import("../tests/support/app");
  const handler = await startApp({ demo: true });
  const { getDb, closeDatabase } = await import("../app/db/client.server");
  const admin = await signedInClient(handler, "admin@eccipa.example");
  console.log(`Eccipa at scale (${process.env.DATABASE_URL ? "postgres" : "pglite"}; ${SCALE_RUNS} runs each, search pages 30)`);
  console.log("case".padEnd(66), "p50 ms".padStart(9), "p95 ms".padStart(9));
  const print = (r: Row) => console.log(r.label.padEnd(66), r.p50.toFixed(1).padStart(9), r.p95.toFixed(1).padStart(9), verdict(r));
  const { notes } = await benchScale(getDb(), { admin, runs: SCALE_RUNS, onRow: print });
  for (const note of notes) console.log(note);
  await closeDatabase();
  pg?.stop();
}
