// `npm run bench`: figures, not pass/fail. First the figures at scale against their goals
// (bench/scale.ts: the scale data of bench/scale-data.ts loaded beside the demo, the analysis
// page, matrix, co-occurrence, search over 10,000 and 100,000 transcripts, the list pages), in an
// in-memory PGlite (or DATABASE_URL); with BENCH_POSTGRES=1 the same again on a temporary
// PostgreSQL server (scripts/postgres.ts). Then a large synthetic programme of 300 territories,
// timing pages through the real request handler and, for comparison, the same data read bare
// through the driver. Later modules add their own cases
// (bench/search.ts: full-text search over the scale data's 10,000 transcripts; bench/report.ts: the Needs Review
// Report of a territory of 50 interviews, as DOCX and PDF; bench/analysis.ts: matrix, co-occurrence and
// the programme comparison on the scale data, each against its statements replayed bare;
// bench/training.ts: cohort insights over 2,000 trainees' self-assessments and 40 sessions' feedback, own PGlite;
// bench/chunked-bodies.ts: 20 parallel 100 MB chunked bodies against the real server process, its peak memory).
import { execSync, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { startApp, TestClient } from "../tests/support/app";
import { startTemporaryPostgres } from "../scripts/postgres";

process.env.PGLITE_DATA_DIR ??= "memory://";
const TERRITORIES = Number(process.env.BENCH_TERRITORIES ?? 300);
const MEMBERS_PER_TERRITORY = Number(process.env.BENCH_MEMBERS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

execSync("npx react-router build", { stdio: "ignore" });
const handler = await startApp({ demo: true });
const { getDb } = await import("../app/db/client.server");
const { programme, territory, territoryMember, user } = await import("../app/db/schema");
const { getProgrammeOverview } = await import("../app/features/territories/territories.server");
const { eq } = await import("drizzle-orm");
const { benchSearch } = await import("./search");
const { benchReport } = await import("./report");
const { ANALYSIS_RUNS, benchAnalysis } = await import("./analysis");
const { SCALE_RUNS, benchScale, verdict } = await import("./scale");
const { TRAINING_RUNS, benchTraining } = await import("./training");
const { benchChunkedBodies } = await import("./chunked-bodies");
const { loadActor } = await import("../app/tenancy/actor.server");

const db = getDb();
const [prog] = await db.select().from(programme).where(eq(programme.slug, "eccipa"));

async function seedSynthetic() {
  const started = performance.now();
  for (let i = 0; i < TERRITORIES; i++) {
    const [t] = await db
      .insert(territory)
      .values({ programmeId: prog.id, slug: `bench-${i}`, name: `Bench territory ${i}`, countryCode: "DE", languages: ["de"], population: 100000 + i })
      .returning({ id: territory.id });
    const users = Array.from({ length: MEMBERS_PER_TERRITORY }, (_, j) => ({ id: randomUUID(), name: `Bench person ${i}-${j}`, email: `bench-${i}-${j}@bench.example` }));
    await db.insert(user).values(users);
    await db.insert(territoryMember).values(users.map((u, j) => ({ territoryId: t.id, userId: u.id, role: j === 0 ? ("coordinator" as const) : ("trainee" as const) })));
  }
  return performance.now() - started;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const kind = process.env.DATABASE_URL ? "postgres" : "pglite";
const admin = new TestClient(handler);
await admin.signIn("admin@eccipa.example");
// The figures at scale first, printed as they come (the rest follows at the end).
console.log(`\nEccipa at scale (${kind}; ${SCALE_RUNS} runs each, search pages 30)`);
console.log("case".padEnd(66), "p50 ms".padStart(9), "p95 ms".padStart(9));
const printRow = (r: { label: string; p50: number; p95: number; goal?: number }) =>
  console.log(r.label.padEnd(66), r.p50.toFixed(1).padStart(9), r.p95.toFixed(1).padStart(9), verdict(r));
const scale = await benchScale(db, { admin, runs: SCALE_RUNS, onRow: printRow });
for (const note of scale.notes) console.log(note);

const seedMs = await seedSynthetic();
const territoryCount = (await db.select({ id: territory.id }).from(territory).where(eq(territory.programmeId, prog.id))).length;
const visitor = new TestClient(handler);

const rows = [
  await time(`programme dashboard page, ${territoryCount} territories`, async () => {
    const r = await admin.get("/en/p/eccipa");
    if (r.status !== 200) throw new Error(`dashboard ${r.status}`);
    await r.text();
  }),
  await time("  same data, bare through the driver", () => getProgrammeOverview(db, prog.id)),
  await time(`public home page, ${territoryCount} territories`, async () => {
    const r = await visitor.get("/en");
    if (r.status !== 200) throw new Error(`home ${r.status}`);
    await r.text();
  }),
  await time("territory home page (signed in)", async () => {
    const r = await admin.get("/en/t/bench-1");
    if (r.status !== 200) throw new Error(`territory ${r.status}`);
    await r.text();
  }),
];

const [adminUser] = await db.select({ id: user.id, name: user.name, email: user.email }).from(user).where(eq(user.email, "admin@eccipa.example"));
const search = await benchSearch(db, {
  programmeId: prog.id,
  actor: await loadActor(db, adminUser),
  admin,
  runs: Number(process.env.BENCH_SEARCH_RUNS ?? 50),
});
rows.push(...search.rows);
const report = await benchReport(db, { programmeId: prog.id, runs: Number(process.env.BENCH_REPORT_RUNS ?? 10) });
rows.push(...report.rows);
const analysis = await benchAnalysis(db, { runs: ANALYSIS_RUNS, programmeId: prog.id, kind });
rows.push(...analysis.rows);
const training = await benchTraining({ runs: TRAINING_RUNS });
rows.push(...training.rows);
const chunked = await benchChunkedBodies();

console.log(`\nEccipa benchmark (${kind}; ${TERRITORIES} synthetic territories × ${MEMBERS_PER_TERRITORY} members seeded in ${(seedMs / 1000).toFixed(1)} s; ${RUNS} runs each, search cases ${process.env.BENCH_SEARCH_RUNS ?? 50}, analysis cases ${ANALYSIS_RUNS}, training cases ${TRAINING_RUNS} (always PGlite))`);
console.log("case".padEnd(58), "p50 ms".padStart(9), "p95 ms".padStart(9));
for (const r of rows) console.log(r.label.padEnd(58), r.p50.toFixed(1).padStart(9), r.p95.toFixed(1).padStart(9));
const page = rows[0].p50;
const bare = rows[1].p50;
console.log(`dashboard page / bare query ratio: ${(page / bare).toFixed(1)}×`);
for (const note of [...search.notes, ...report.notes, ...analysis.notes, ...training.notes, ...chunked.notes]) console.log(note);
const { closeDatabase } = await import("../app/db/client.server");
await closeDatabase();

// The figures at scale on PostgreSQL too: BENCH_POSTGRES=1 (about two minutes more), in a child
// process, as the database handle is one per process.
if (process.env.BENCH_POSTGRES === "1" && kind === "pglite") {
  const pg = await startTemporaryPostgres();
  try {
    spawnSync("npx", ["tsx", "bench/scale.ts"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: pg.url, PGLITE_DATA_DIR: "" } });
  } finally {
    pg.stop();
  }
}
