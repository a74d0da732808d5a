// A person's own training: the cohorts she is enrolled in, the sessions she attends or trains,
// and her own marks. Across the territories of the programme (a trainer trained in another
// territory's Training of Trainers sees it here), and never anyone else's data.
import type { Language } from "~/i18n/languages";
import { territoryNameSql } from "~/features/territories/territory-name";
import { and, asc, eq, isNotNull, or } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { attendance, cohort, enrolment, territory, trainingSession } from "~/db/schema";
import { heldAndPresent } from "./enrolments.server";
import { attendanceRate, meetsThreshold } from "./rules";
import { sessionColumns } from "./sessions.server";

export async function listMyEnrolments(db: Executor, args: { userId: string; programmeId: string; now?: Date; lang?: Language }) {
  const rows = await db
    .select({
      id: enrolment.id,
      cohortName: cohort.name,
      kind: cohort.kind,
      territoryId: territory.id,
      territorySlug: territory.slug,
      territoryName: args.lang ? territoryNameSql(territory, args.lang) : territory.name,
      midwayAssessment: cohort.midwayAssessment,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      completedAt: cohort.completedAt,
      threshold: cohort.attendanceThresholdPercent,
      department: enrolment.department,
      ...heldAndPresent(args.now ?? new Date()),
    })
    .from(enrolment)
    .innerJoin(cohort, eq(cohort.id, enrolment.cohortId))
    .innerJoin(territory, eq(territory.id, enrolment.territoryId))
    .where(and(eq(enrolment.userId, args.userId), eq(territory.programmeId, args.programmeId)))
    .orderBy(asc(cohort.startsOn), asc(cohort.name));
  return rows.map((r) => {
    const rate = attendanceRate(r.present, r.held);
    return { ...r, rate, meetsThreshold: meetsThreshold(rate, r.threshold) };
  });
}

/** Her sessions, in time order: those of her cohorts (with her mark) and those she trains. */
export async function listMySessions(db: Executor, args: { userId: string; programmeId: string; lang?: Language }) {
  const rows = await db
    .select({
      ...sessionColumns,
      cohortName: cohort.name,
      territoryId: territory.id,
      territorySlug: territory.slug,
      territoryName: args.lang ? territoryNameSql(territory, args.lang) : territory.name,
      trainerUserId: trainingSession.trainerUserId,
      enrolmentId: enrolment.id,
      status: attendance.status,
    })
    .from(trainingSession)
    .innerJoin(cohort, eq(cohort.id, trainingSession.cohortId))
    .innerJoin(territory, eq(territory.id, trainingSession.territoryId))
    .leftJoin(enrolment, and(eq(enrolment.cohortId, trainingSession.cohortId), eq(enrolment.userId, args.userId)))
    .leftJoin(attendance, and(eq(attendance.sessionId, trainingSession.id), eq(attendance.enrolmentId, enrolment.id)))
    .where(and(eq(territory.programmeId, args.programmeId), or(eq(trainingSession.trainerUserId, args.userId), isNotNull(enrolment.id))))
    .orderBy(asc(trainingSession.startsAt), asc(trainingSession.id))
    .limit(1000);
  return rows.map(({ trainerUserId, ...r }) => ({ ...r, trains: trainerUserId === args.userId }));
}
