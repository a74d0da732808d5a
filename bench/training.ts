// Bench case: the cohort insights over a cohort of BENCH_TRAINEES (2,000) trainees. In a fresh
// in-memory PGlite (migrations applied, nothing else): one programme with 12 competences, one
// cohort, its trainees' before and after self-assessments of every competence (2 × 12 ratings
// each), 40 sessions with two modules each and five trainers, and feedback from about 60% of
// the trainees on every session, and attendance of every trainee at every session. Times what the
// cohort's pages call: the insights' two aggregates, the trainee list with attendance rates (first
// page), one session's register, and the certificates page's completion check of every trainee.
// Run alone with `npx tsx bench/training.ts`, or as part of `npm run bench`.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import type { Database } from "../app/db/client.server";
import * as schema from "../app/db/schema";
import { cohort, programme, territory, toolkit } from "../app/db/schema";
import { cohortAssessmentInsights, cohortFeedbackInsights } from "../app/features/assessments/insights.server";
import { listCohortCertificates } from "../app/features/certificates/certificates.server";
import { listRegister } from "../app/features/training/attendance.server";
import { listTrainees } from "../app/features/training/enrolments.server";

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 2000);
const COMPETENCES = 12;
const SESSIONS = 40;
const TRAINERS = 5;
export const TRAINING_RUNS = Number(process.env.BENCH_TRAINING_RUNS ?? 20);

type Row = { label: string; p50: number; p95: number };

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

export async function benchTraining(args: { runs: number }) {
  const client = new PGlite("memory://");
  const db = drizzle(client, { schema }) as unknown as Database;
  await migrate(db as never, { migrationsFolder: path.resolve("app/db/migrations") });

  const started = performance.now();
  const [prog] = await db.insert(programme).values({ slug: "bench-training", name: "Bench training programme" }).returning({ id: programme.id });
  const [t] = await db
    .insert(territory)
    .values({ programmeId: prog.id, slug: "bench-training-1", name: "Bench training territory", countryCode: "DE", languages: ["de"], population: 1 })
    .returning({ id: territory.id });
  const [kit] = await db.insert(toolkit).values({ programmeId: prog.id, title: "Bench toolkit", language: "de" }).returning({ id: toolkit.id });
  const [c] = await db.insert(cohort).values({ territoryId: t.id, name: "Bench cohort", startsOn: "2025-01-15", endsOn: "2025-12-15" }).returning({ id: cohort.id });
  await db.execute(sql`
    INSERT INTO competence (programme_id, key, "group", name, position)
    SELECT ${prog.id}, 'competence-' || g, (ARRAY['values', 'attitudes', 'skills', 'knowledge'])[1 + g % 4], jsonb_build_object('en', 'Competence ' || g), g
      FROM generate_series(1, ${COMPETENCES}) g`);
  await db.execute(sql`
    INSERT INTO "user" (id, name, email)
    SELECT 'bench-user-' || g, 'Bench person ' || g, 'bench-user-' || g || '@bench.example' FROM generate_series(1, ${TRAINEES + TRAINERS}) g`);
  await db.execute(sql`
    INSERT INTO enrolment (cohort_id, territory_id, user_id)
    SELECT ${c.id}, ${t.id}, 'bench-user-' || g FROM generate_series(1, ${TRAINEES}) g`);
  await db.execute(sql`
    INSERT INTO self_assessment (enrolment_id, territory_id, phase)
    SELECT e.id, ${t.id}, p.phase FROM enrolment e CROSS JOIN (VALUES ('pre'), ('post')) p(phase) WHERE e.cohort_id = ${c.id}`);
  // Before 0–2, after up to two levels higher; one trainee in ten skipped the after assessment's last competence.
  await db.execute(sql`
    INSERT INTO self_assessment_rating (assessment_id, competence_id, level)
    SELECT a.id, k.id, CASE WHEN a.phase = 'pre' THEN abs(hashtext(a.enrolment_id::text || k.id::text)) % 3
                            ELSE least(3, abs(hashtext(a.enrolment_id::text || k.id::text)) % 3 + abs(hashtext(k.id::text || a.enrolment_id::text)) % 3) END
      FROM self_assessment a CROSS JOIN competence k
     WHERE a.territory_id = ${t.id} AND k.programme_id = ${prog.id}
       AND NOT (a.phase = 'post' AND k.position = ${COMPETENCES} AND abs(hashtext(a.enrolment_id::text)) % 10 = 0)`);
  await db.execute(sql`
    INSERT INTO training_module (toolkit_id, title, duration_minutes, position)
    SELECT ${kit.id}, 'Bench module ' || g, 90, g FROM generate_series(1, ${SESSIONS / 2}) g`);
  await db.execute(sql`
    INSERT INTO training_session (cohort_id, territory_id, title, starts_at, ends_at, trainer_user_id)
    SELECT ${c.id}, ${t.id}, 'Bench session ' || g, timestamptz '2025-02-01 09:00+00' + g * interval '7 days',
           timestamptz '2025-02-01 12:00+00' + g * interval '7 days', 'bench-user-' || (${TRAINEES} + 1 + g % ${TRAINERS})
      FROM generate_series(1, ${SESSIONS}) g`);
  // Two modules per session: modules n and n+1 (wrapping), so every module is in four sessions.
  await db.execute(sql`
    WITH s AS (SELECT id, row_number() OVER (ORDER BY starts_at) AS n FROM training_session WHERE cohort_id = ${c.id}),
         m AS (SELECT id, position FROM training_module WHERE toolkit_id = ${kit.id})
    INSERT INTO session_module (session_id, module_id)
    SELECT s.id, m.id FROM s JOIN m ON m.position IN (1 + (s.n - 1) % ${SESSIONS / 2}, 1 + s.n % ${SESSIONS / 2})`);
  await db.execute(sql`
    INSERT INTO session_feedback (session_id, enrolment_id, rating, comment)
    SELECT s.id, e.id, 1 + abs(hashtext(s.id::text || e.id::text)) % 5,
           CASE WHEN abs(hashtext(e.id::text || s.id::text)) % 4 = 0 THEN 'Synthetic bench comment on the session.' ELSE '' END
      FROM training_session s JOIN enrolment e ON e.cohort_id = s.cohort_id
     WHERE s.cohort_id = ${c.id} AND abs(hashtext(s.id::text || e.id::text || 'x')) % 10 < 6`);
  // Present nine times in ten, excused or absent otherwise.
  await db.execute(sql`
    INSERT INTO attendance (session_id, enrolment_id, status)
    SELECT s.id, e.id, CASE WHEN abs(hashtext(e.id::text || s.id::text || 'a')) % 10 < 9 THEN 'present'
                            WHEN abs(hashtext(e.id::text || s.id::text || 'b')) % 2 = 0 THEN 'excused' ELSE 'absent' END
      FROM training_session s JOIN enrolment e ON e.cohort_id = s.cohort_id
     WHERE s.cohort_id = ${c.id}`);
  for (const table of ["attendance", "enrolment", "self_assessment", "self_assessment_rating", "training_session", "session_module", "session_feedback", "training_module"]) {
    await db.execute(sql.raw(`VACUUM ANALYZE ${table}`));
  }
  const generatedMs = performance.now() - started;
  const [{ ratings }] = (await client.query<{ ratings: number }>("SELECT count(*)::int AS ratings FROM self_assessment_rating")).rows;
  const [{ feedback }] = (await client.query<{ feedback: number }>("SELECT count(*)::int AS feedback FROM session_feedback")).rows;

  const scope = { territoryId: t.id, cohortId: c.id };
  const [firstSession] = (await client.query<{ id: string }>(`SELECT id FROM training_session ORDER BY starts_at LIMIT 1`)).rows;
  const rows: Row[] = [
    await timed(`insights, ${TRAINEES} trainees × ${COMPETENCES} competences: self-assessments`, args.runs, () => cohortAssessmentInsights(db, scope)),
    await timed(`insights, ${SESSIONS} sessions, ${feedback} ratings: feedback`, args.runs, () => cohortFeedbackInsights(db, scope)),
    await timed(`cohort page: first page of ${TRAINEES} trainees with attendance rates`, args.runs, () => listTrainees(db, { ...scope, page: 1 })),
    await timed(`attendance register of one session, ${TRAINEES} trainees`, args.runs, () => listRegister(db, { ...scope, sessionId: firstSession.id })),
    await timed(`certificates page: completion rule for ${TRAINEES} trainees`, args.runs, () => listCohortCertificates(db, scope)),
  ];
  const notes = [`training: ${TRAINEES} trainees, ${ratings} self-assessment ratings, ${SESSIONS} sessions, ${feedback} feedback rows generated in ${(generatedMs / 1000).toFixed(1)} s in a fresh PGlite`];
  await client.close();
  return { rows, notes };
}

// Alone: `npx tsx bench/training.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { rows, notes } = await benchTraining({ runs: TRAINING_RUNS });
  console.log("case".padEnd(66), "p50 ms".padStart(9), "p95 ms".padStart(9));
  for (const r of rows) console.log(r.label.padEnd(66), r.p50.toFixed(1).padStart(9), r.p95.toFixed(1).padStart(9));
  for (const note of notes) console.log(note);
}
