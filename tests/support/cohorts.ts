// Training data for the certificate tests, inserted directly: the cohorts, sessions and
// enrolments pages belong to another module. Invented people; sessions in the past count as held.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { attendance, cohort, enrolment, selfAssessment, sessionModule, toolkit, trainingModule, trainingSession } from "~/db/schema";
import { createTrainee } from "./assessments";
import { territoryOf } from "./training";

/** An account without a password (nobody signs in as it), made a trainee of the territory. */
export function inventTrainee(slug: string, name: string): Promise<string> {
  return createTrainee(slug, `${randomUUID()}@trainee.example`, name);
}

type TraineeSpec = { userId: string; present: number; excused?: number; post: boolean; department?: string };

/**
 * A cohort with `held` sessions in the past (and one in the future, which never counts), the
 * trainees' attendance (present first, then excused, the rest absent) and post assessments.
 */
export async function makeCohort(slug: string, spec: { name: string; held: number; threshold?: number; requirePost?: boolean; trainees: TraineeSpec[]; moduleTitle?: string }) {
  const db = getDb();
  const t = await territoryOf(slug);
  const [c] = await db
    .insert(cohort)
    .values({
      territoryId: t.id,
      name: spec.name,
      startsOn: "2025-01-15",
      endsOn: "2025-12-15",
      attendanceThresholdPercent: spec.threshold ?? 75,
      requirePostAssessment: spec.requirePost ?? true,
    })
    .returning({ id: cohort.id });
  const sessions = [];
  for (let i = 0; i < spec.held; i++) {
    const startsAt = new Date(Date.UTC(2025, 1 + i, 10, 9));
    sessions.push({ cohortId: c.id, territoryId: t.id, title: `Session ${i + 1}`, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3600_000) });
  }
  const future = new Date(Date.now() + 30 * 86400_000);
  sessions.push({ cohortId: c.id, territoryId: t.id, title: "Later session", startsAt: future, endsAt: new Date(future.getTime() + 3600_000) });
  const made = await db.insert(trainingSession).values(sessions).returning({ id: trainingSession.id, title: trainingSession.title });
  const held = made.filter((s) => s.title !== "Later session");
  const later = made.find((s) => s.title === "Later session")!;
  if (spec.moduleTitle) {
    const [kit] = await db.insert(toolkit).values({ programmeId: t.programmeId, territoryId: t.id, title: `Toolkit for ${spec.name}`, language: "de" }).returning({ id: toolkit.id });
    const [m] = await db.insert(trainingModule).values({ toolkitId: kit.id, title: spec.moduleTitle, durationMinutes: 180 }).returning({ id: trainingModule.id });
    await db.insert(sessionModule).values({ sessionId: held[0]?.id ?? later.id, moduleId: m.id });
  }
  const enrolmentIds = new Map<string, string>();
  for (const trainee of spec.trainees) {
    const [e] = await db.insert(enrolment).values({ cohortId: c.id, territoryId: t.id, userId: trainee.userId, department: trainee.department ?? "Ausländerbehörde" }).returning({ id: enrolment.id });
    enrolmentIds.set(trainee.userId, e.id);
    const rows = held.map((s, i) => ({
      sessionId: s.id,
      enrolmentId: e.id,
      status: i < trainee.present ? ("present" as const) : i < trainee.present + (trainee.excused ?? 0) ? ("excused" as const) : ("absent" as const),
    }));
    // Present at the future session too: it must not count before it is held.
    rows.push({ sessionId: later.id, enrolmentId: e.id, status: "present" });
    await db.insert(attendance).values(rows);
    if (trainee.post) await db.insert(selfAssessment).values({ enrolmentId: e.id, territoryId: t.id, phase: "post" });
  }
  return { cohortId: c.id, territoryId: t.id, enrolmentIds };
}
