// Who in a cohort may receive a certificate, and why not: the completion rule applied to each
// enrolment's attendance and assessments. A fixed number of queries whatever the cohort's size.
import { and, asc, count, eq, inArray, isNull, lte } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { attendance, certificate, cohort, enrolment, selfAssessment, trainingSession, user } from "~/db/schema";
import { evaluateCompletion, type Completion } from "./completion-rule";

export type CohortRef = { territoryId: string; cohortId: string };

export async function findCohort(db: Executor, { territoryId, cohortId }: CohortRef) {
  const [found] = await db
    .select({
      id: cohort.id,
      name: cohort.name,
      kind: cohort.kind,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      attendanceThresholdPercent: cohort.attendanceThresholdPercent,
      requirePostAssessment: cohort.requirePostAssessment,
    })
    .from(cohort)
    .where(and(eq(cohort.id, cohortId), eq(cohort.territoryId, territoryId)))
    .limit(1);
  return found ?? null;
}
export type CohortRow = NonNullable<Awaited<ReturnType<typeof findCohort>>>;

export type TraineeCompletion = {
  enrolmentId: string;
  userId: string;
  name: string;
  department: string;
  completion: Completion;
  /** The certificate in force, if any. */
  certificate: { id: string; issuedAt: Date } | null;
};

/**
 * The cohort's trainees (or only the enrolments asked for) with their completion. Sessions
 * count once they have started; attendance recorded for later sessions does not count yet.
 */
export async function listCompletion(db: Executor, row: CohortRow, scope: CohortRef & { enrolmentIds?: string[]; now?: Date }): Promise<TraineeCompletion[]> {
  const now = scope.now ?? new Date();
  const inCohort = and(eq(enrolment.cohortId, row.id), eq(enrolment.territoryId, scope.territoryId), scope.enrolmentIds ? inArray(enrolment.id, scope.enrolmentIds) : undefined);
  const trainees = await db
    .select({ enrolmentId: enrolment.id, userId: enrolment.userId, name: user.name, department: enrolment.department })
    .from(enrolment)
    .innerJoin(user, eq(user.id, enrolment.userId))
    .where(inCohort)
    .orderBy(asc(user.name), asc(enrolment.id));
  if (trainees.length === 0) return [];
  const ids = trainees.map((t) => t.enrolmentId);
  const held = and(eq(trainingSession.cohortId, row.id), eq(trainingSession.territoryId, scope.territoryId), lte(trainingSession.startsAt, now));
  const [[{ sessionsHeld }], present, posts, inForce] = await Promise.all([
    db.select({ sessionsHeld: count() }).from(trainingSession).where(held),
    db
      .select({ enrolmentId: attendance.enrolmentId, n: count() })
      .from(attendance)
      .innerJoin(trainingSession, eq(trainingSession.id, attendance.sessionId))
      .where(and(held, inArray(attendance.enrolmentId, ids), eq(attendance.status, "present")))
      .groupBy(attendance.enrolmentId),
    db
      .select({ enrolmentId: selfAssessment.enrolmentId })
      .from(selfAssessment)
      .where(and(eq(selfAssessment.territoryId, scope.territoryId), eq(selfAssessment.phase, "post"), inArray(selfAssessment.enrolmentId, ids))),
    db
      .select({ id: certificate.id, enrolmentId: certificate.enrolmentId, issuedAt: certificate.issuedAt })
      .from(certificate)
      .where(and(eq(certificate.territoryId, scope.territoryId), isNull(certificate.revokedAt), inArray(certificate.enrolmentId, ids))),
  ]);
  const presentBy = new Map(present.map((p) => [p.enrolmentId, p.n]));
  const posted = new Set(posts.map((p) => p.enrolmentId));
  const certificateBy = new Map(inForce.map((c) => [c.enrolmentId, { id: c.id, issuedAt: c.issuedAt }]));
  return trainees.map((t) => ({
    ...t,
    completion: evaluateCompletion(row, { sessionsHeld, sessionsPresent: presentBy.get(t.enrolmentId) ?? 0, hasPostAssessment: posted.has(t.enrolmentId) }),
    certificate: certificateBy.get(t.enrolmentId) ?? null,
  }));
}
