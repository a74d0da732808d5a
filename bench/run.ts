// `npm run bench`: figures, not pass/fail. Builds a large synthetic programme in an in-memory
// PGlite (or DATABASE_URL), then times pages through the real request handler and, for
// comparison, the same data read bare through the driver. Later modules add their own cases
// (bench/search.ts: full-text search over 10,000 transcripts; bench/report.ts: the Needs Review
// Report of a territory of 50 interviews, as DOCX and PDF; bench/analysis.ts: theme × group
// matrix, co-occurrence and the programme comparison over 100,000 codings, in a PGlite of its own;
// bench/training.ts: cohort insights over 2,000 trainees' self-assessments and 40 sessions' feedback, own PGlite;
// bench/chunked-bodies.ts: 20 parallel 100 MB chunked bodies against the real server process, its peak memory).
import { execSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { startApp, TestClient } from "../tests/support/app";

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

const seedMs = await seedSynthetic();
const admin = new TestClient(handler);
await admin.signIn("admin@eccipa.example");
const visitor = new TestClient(handler);

const rows = [
  await time(`programme dashboard page, ${TERRITORIES + 3} territories`, async () => {
    const r = await admin.get("/en/p/eccipa");
    if (r.status !== 200) throw new Error(`dashboard ${r.status}`);
    await r.text();
  }),
  await time("  same data, bare through the driver", () => getProgrammeOverview(db, prog.id)),
  await time(`public home page, ${TERRITORIES + 3} territories`, async () => {
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
const analysis = await benchAnalysis({ runs: ANALYSIS_RUNS });
rows.push(...analysis.rows);
const training = await benchTraining({ runs: TRAINING_RUNS });
rows.push(...training.rows);
const chunked = await benchChunkedBodies();

const kind = process.env.DATABASE_URL ? "postgres" : "pglite";
console.log(`\nEccipa benchmark (${kind}; ${TERRITORIES} synthetic territories × ${MEMBERS_PER_TERRITORY} members seeded in ${(seedMs / 1000).toFixed(1)} s; ${RUNS} runs each, search cases ${process.env.BENCH_SEARCH_RUNS ?? 50}, analysis cases ${ANALYSIS_RUNS}, training cases ${TRAINING_RUNS} (both always PGlite))`);
console.log("case".padEnd(58), "p50 ms".padStart(9), "p95 ms".padStart(9));
for (const r of rows) console.log(r.label.padEnd(58), r.p50.toFixed(1).padStart(9), r.p95.toFixed(1).padStart(9));
const page = rows[0].p50;
const bare = rows[1].p50;
console.log(`dashboard page / bare query ratio: ${(page / bare).toFixed(1)}×`);
for (const note of [...search.notes, ...report.notes, ...analysis.notes, ...training.notes, ...chunked.notes]) console.log(note);
const { closeDatabase } = await import("../app/db/client.server");
await closeDatabase();
