// Training data for the assessment tests, inserted directly (cohorts, sessions and enrolment have
// pages of their own elsewhere): trainees with accounts, cohorts relative to today, competences
// when the programme has none, modules, sessions, and assessments in bulk.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { createAccountWithPassword } from "~/auth/auth.server";
import { getDb } from "~/db/client.server";
import {
  type AssessmentPhase,
  cohort,
  competence,
  competenceLevel,
  enrolment,
  selfAssessment,
  selfAssessmentRating,
  sessionFeedback,
  sessionModule,
  territoryMember,
  toolkit,
  trainingModule,
  trainingSession,
  user,
} from "~/db/schema";
import { listCompetences } from "~/features/assessments/assessments.server";
import { territoryOf } from "./training";

export const TEST_PASSWORD = "trainee-password-2026";

/** A calendar day `days` from today (negative: in the past). */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A trainee of the territory; with `signIn` she gets a password (slow: scrypt), else a bare user row. */
export async function createTrainee(slug: string, email: string, name: string, { signIn = false } = {}): Promise<string> {
  const t = await territoryOf(slug);
  const id = signIn
    ? (await createAccountWithPassword({ email, name, password: TEST_PASSWORD, language: "en" })).id
    : (await getDb().insert(user).values({ id: randomUUID(), email, name }).returning({ id: user.id }))[0].id;
  await getDb().insert(territoryMember).values({ territoryId: t.id, userId: id, role: "trainee" });
  return id;
}

export async function createCohort(slug: string, values: { name: string; startsOn: string; endsOn: string; midwayAssessment?: boolean }): Promise<string> {
  const t = await territoryOf(slug);
  const [row] = await getDb()
    .insert(cohort)
    .values({ territoryId: t.id, ...values })
    .returning({ id: cohort.id });
  return row.id;
}

export async function enrol(cohortId: string, userId: string): Promise<string> {
  const [c] = await getDb().select({ territoryId: cohort.territoryId }).from(cohort).where(eq(cohort.id, cohortId));
  const [row] = await getDb().insert(enrolment).values({ cohortId, territoryId: c.territoryId, userId, department: "Invented department" }).returning({ id: enrolment.id });
  return row.id;
}

/**
 * The programme's competences in the order the pages list them, adding invented ones (with level descriptors)
 * until there are at least `min`: the demo may or may not ship the default framework.
 */
export async function ensureCompetences(programmeId: string, min = 3): Promise<string[]> {
  const have = await getDb().select({ id: competence.id }).from(competence).where(eq(competence.programmeId, programmeId));
  for (let i = have.length; i < min; i++) {
    const [c] = await getDb()
      .insert(competence)
      .values({ programmeId, key: `test-competence-${i}`, group: "skills", name: { en: `Test competence ${i}`, de: `Testkompetenz ${i}` }, position: 100 + i })
      .returning({ id: competence.id });
    await getDb()
      .insert(competenceLevel)
      .values(([1, 2, 3] as const).map((level) => ({ competenceId: c.id, level, descriptor: { en: `Descriptor ${level} of test competence ${i}` } })));
  }
  // In the order the pages list them.
  return (await listCompetences(getDb(), { programmeId })).map((c) => c.id);
}

export async function createModule(programmeId: string, title: string): Promise<string> {
  let [kit] = await getDb().select({ id: toolkit.id }).from(toolkit).where(eq(toolkit.programmeId, programmeId)).limit(1);
  kit ??= (await getDb().insert(toolkit).values({ programmeId, title: "Test toolkit", language: "en" }).returning({ id: toolkit.id }))[0];
  const [m] = await getDb().insert(trainingModule).values({ toolkitId: kit.id, title, durationMinutes: 90 }).returning({ id: trainingModule.id });
  return m.id;
}

/** A session of the cohort, `days` from now (negative: it has taken place). */
export async function createSession(cohortId: string, args: { title: string; days: number; trainerUserId?: string | null; moduleIds?: string[] }): Promise<string> {
  const [c] = await getDb().select({ territoryId: cohort.territoryId }).from(cohort).where(eq(cohort.id, cohortId));
  const startsAt = new Date(Date.now() + args.days * 86_400_000);
  const [s] = await getDb()
    .insert(trainingSession)
    .values({ cohortId, territoryId: c.territoryId, title: args.title, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), trainerUserId: args.trainerUserId ?? null })
    .returning({ id: trainingSession.id });
  if (args.moduleIds?.length) await getDb().insert(sessionModule).values(args.moduleIds.map((moduleId) => ({ sessionId: s.id, moduleId })));
  return s.id;
}

/** A self-assessment written straight to the tables (for data the forms' windows would refuse today). */
export async function insertAssessment(enrolmentId: string, phase: AssessmentPhase, levels: Record<string, number>): Promise<void> {
  const [e] = await getDb().select({ territoryId: enrolment.territoryId }).from(enrolment).where(eq(enrolment.id, enrolmentId));
  const [a] = await getDb().insert(selfAssessment).values({ enrolmentId, territoryId: e.territoryId, phase }).returning({ id: selfAssessment.id });
  await getDb()
    .insert(selfAssessmentRating)
    .values(Object.entries(levels).map(([competenceId, level]) => ({ assessmentId: a.id, competenceId, level })));
}

export async function insertFeedback(sessionId: string, enrolmentId: string, rating: number, comment = ""): Promise<void> {
  await getDb().insert(sessionFeedback).values({ sessionId, enrolmentId, rating, comment });
}

export async function assessmentRows(enrolmentId: string, phase: AssessmentPhase) {
  return getDb()
    .select({ id: selfAssessment.id, competenceId: selfAssessmentRating.competenceId, level: selfAssessmentRating.level })
    .from(selfAssessment)
    .innerJoin(selfAssessmentRating, eq(selfAssessmentRating.assessmentId, selfAssessment.id))
    .where(and(eq(selfAssessment.enrolmentId, enrolmentId), eq(selfAssessment.phase, phase)));
}
