// The demo seed of self-assessments and feedback, with cohorts present (the cohort seed makes
// them in the full demo): pre and post for every trainee of an ended staff cohort, feedback on
// sessions that took place, none for a Training of Trainers cohort; a second run adds nothing.
import { count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { demoLevel, seedDemoAssessments } from "~/demo/demo-assessments";
import { cohort, selfAssessment, selfAssessmentRating, sessionFeedback } from "~/db/schema";
import { startApp } from "../support/app";
import { createCohort, createSession, createTrainee, dayFromToday, enrol, ensureCompetences } from "../support/assessments";
import { territoryOf } from "../support/training";

let programmeId: string;
let ended: string[];
let running: string[];
let tot: string;

beforeAll(async () => {
  await startApp();
  programmeId = (await territoryOf("offenbach")).programmeId;
  await ensureCompetences(programmeId, 3);
  const endedCohort = await createCohort("offenbach", { name: "Demo-Kohorte beendet", startsOn: dayFromToday(-360), endsOn: dayFromToday(-3) });
  const runningCohort = await createCohort("cartagena", { name: "Grupo en curso", startsOn: dayFromToday(-20), endsOn: dayFromToday(300) });
  const totCohort = await createCohort("ravenna", { name: "Formazione dei formatori", startsOn: dayFromToday(-360), endsOn: dayFromToday(-3) });
  await getDb().update(cohort).set({ kind: "tot" }).where(eq(cohort.id, totCohort));
  ended = [];
  running = [];
  for (let i = 0; i < 3; i++) ended.push(await enrol(endedCohort, await createTrainee("offenbach", `seed-a-${i}@test.example`, `Seed A ${i}`)));
  for (let i = 0; i < 2; i++) running.push(await enrol(runningCohort, await createTrainee("cartagena", `seed-b-${i}@test.example`, `Seed B ${i}`)));
  tot = await enrol(totCohort, await createTrainee("ravenna", "seed-c@test.example", "Seed C"));
  await createSession(endedCohort, { title: "Demo-Sitzung", days: -30 });
  await createSession(runningCohort, { title: "Sesión futura", days: 10 });
});

async function counts() {
  const db = getDb();
  const all = [...ended, ...running, tot];
  const [[a], [r], [f]] = await Promise.all([
    db.select({ n: count() }).from(selfAssessment).where(inArray(selfAssessment.enrolmentId, all)),
    db.select({ n: count() }).from(selfAssessmentRating).innerJoin(selfAssessment, eq(selfAssessment.id, selfAssessmentRating.assessmentId)).where(inArray(selfAssessment.enrolmentId, all)),
    db.select({ n: count() }).from(sessionFeedback).where(inArray(sessionFeedback.enrolmentId, all)),
  ]);
  return { assessments: a.n, ratings: r.n, feedback: f.n };
}

describe("demo self-assessments", () => {
  it("gives an ended cohort pre and post, a running one pre, a ToT cohort nothing, feedback for past sessions; twice adds nothing", async () => {
    const competences = await ensureCompetences(programmeId, 3);
    await seedDemoAssessments(getDb(), { programmeId });
    const first = await counts();
    expect(first).toEqual({ assessments: 3 * 2 + 2, ratings: (3 * 2 + 2) * competences.length, feedback: 3 });
    await seedDemoAssessments(getDb(), { programmeId });
    expect(await counts()).toEqual(first);
    const phases = await getDb().select({ phase: selfAssessment.phase }).from(selfAssessment).where(inArray(selfAssessment.enrolmentId, running));
    expect(phases.map((p) => p.phase)).toEqual(["pre", "pre"]);
  });

  it("invents plausible levels: 0–3, never lower after than before", () => {
    for (let i = 0; i < 200; i++) {
      const [pre, mid, post] = (["pre", "mid", "post"] as const).map((p) => demoLevel(`e-${i}`, `c-${i % 7}`, p));
      expect(pre).toBeGreaterThanOrEqual(0);
      expect(post).toBeLessThanOrEqual(3);
      expect(mid).toBeGreaterThanOrEqual(pre);
      expect(post).toBeGreaterThanOrEqual(mid);
    }
  });
});
