// Training across a programme: every territory's cohorts, the Training of Trainers cascade
// (trainer → the cohorts she trains → how many trainees) and the key results. Counts and trainers'
// names only: no trainee is named here. All computed from the rows, never typed.
import type { Language } from "~/i18n/languages";
import { territoryNameSql } from "~/features/territories/territory-name";
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { cohort, enrolment, territory, trainingSession, user } from "~/db/schema";
import { heldAndPresent } from "./enrolments.server";
import { attendanceRate, meetsThreshold } from "./rules";

const traineeCount = sql<number>`(select count(*)::int from ${enrolment} where ${qualified(enrolment.cohortId)} = ${qualified(cohort.id)})`;
const sessionCount = sql<number>`(select count(*)::int from ${trainingSession} where ${qualified(trainingSession.cohortId)} = ${qualified(cohort.id)})`;

export async function listProgrammeCohorts(db: Executor, args: { programmeId: string; lang?: Language }) {
  return db
    .select({
      id: cohort.id,
      name: cohort.name,
      kind: cohort.kind,
      territoryName: args.lang ? territoryNameSql(territory, args.lang) : territory.name,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      completedAt: cohort.completedAt,
      trainees: traineeCount,
      sessions: sessionCount,
    })
    .from(cohort)
    .innerJoin(territory, eq(territory.id, cohort.territoryId))
    .where(eq(territory.programmeId, args.programmeId))
    .orderBy(asc(territory.name), asc(cohort.startsOn), asc(cohort.name))
    .limit(500);
}

/**
 * The cascade: each trainer enrolled in a Training of Trainers cohort, whether she met its
 * threshold, and the cohorts (any territory of the programme) whose sessions she trains, with
 * their trainee counts. Two queries.
 */
export async function listCascade(db: Executor, args: { programmeId: string; now?: Date; lang?: Language }) {
  const trained = await db
    .select({
      userId: enrolment.userId,
      name: user.name,
      homeCohort: cohort.name,
      hostTerritory: args.lang ? territoryNameSql(territory, args.lang) : territory.name,
      threshold: cohort.attendanceThresholdPercent,
      ...heldAndPresent(args.now ?? new Date()),
    })
    .from(enrolment)
    .innerJoin(cohort, eq(cohort.id, enrolment.cohortId))
    .innerJoin(territory, eq(territory.id, cohort.territoryId))
    .innerJoin(user, eq(user.id, enrolment.userId))
    .where(and(eq(territory.programmeId, args.programmeId), eq(cohort.kind, "tot")))
    .orderBy(asc(user.name), asc(cohort.startsOn));
  const userIds = [...new Set(trained.map((t) => t.userId))];
  const taught = userIds.length
    ? await db
        .selectDistinct({ trainerUserId: trainingSession.trainerUserId, cohortId: cohort.id, cohortName: cohort.name, kind: cohort.kind, territoryName: args.lang ? territoryNameSql(territory, args.lang) : territory.name, localName: territory.name, trainees: traineeCount })
        .from(trainingSession)
        .innerJoin(cohort, eq(cohort.id, trainingSession.cohortId))
        .innerJoin(territory, eq(territory.id, cohort.territoryId))
        .where(and(eq(territory.programmeId, args.programmeId), inArray(trainingSession.trainerUserId, userIds)))
        .orderBy(asc(territory.name), asc(cohort.name))
    : [];
  return trained.map(({ userId, held, present, threshold, ...t }) => {
    const rate = attendanceRate(present, held);
    return { ...t, rate, meetsThreshold: meetsThreshold(rate, threshold), cohorts: taught.filter((c) => c.trainerUserId === userId).map(({ trainerUserId: _, ...c }) => c) };
  });
}

/**
 * Key results: the Training Programme is delivered in a territory once one of its staff cohorts is
 * completed; trainees trained are enrolments of completed staff cohorts that met the attendance
 * threshold; trainers trained are Training of Trainers enrolments that met theirs.
 */
export async function countTrainingResults(db: Executor, args: { programmeId: string; now?: Date }) {
  const [territories, enrolments] = await Promise.all([
    db
      .select({
        id: territory.id,
        delivered: sql<boolean>`exists (select 1 from ${cohort} where ${qualified(cohort.territoryId)} = ${qualified(territory.id)} and ${qualified(cohort.kind)} = 'staff' and ${qualified(cohort.completedAt)} is not null)`,
      })
      .from(territory)
      .where(eq(territory.programmeId, args.programmeId)),
    db
      .select({ kind: cohort.kind, completed: isNotNull(cohort.completedAt), threshold: cohort.attendanceThresholdPercent, ...heldAndPresent(args.now ?? new Date()) })
      .from(enrolment)
      .innerJoin(cohort, eq(cohort.id, enrolment.cohortId))
      .innerJoin(territory, eq(territory.id, cohort.territoryId))
      .where(eq(territory.programmeId, args.programmeId)),
  ]);
  const met = (e: (typeof enrolments)[number]) => meetsThreshold(attendanceRate(e.present, e.held), e.threshold);
  return {
    territories: territories.length,
    delivered: territories.filter((t) => t.delivered).length,
    traineesTrained: enrolments.filter((e) => e.kind === "staff" && e.completed && met(e)).length,
    trainersTrained: enrolments.filter((e) => e.kind === "tot" && met(e)).length,
  };
}
