// Trainees of a cohort: civil servants with an account and the trainee role in the territory, or,
// for a Training of Trainers cohort, trainers of any territory of the programme. Their attendance
// rate is counted over the sessions already held.
import type { Language } from "~/i18n/languages";
import { territoryNameSql } from "~/features/territories/territory-name";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { attendance, certificate, enrolment, territory as territoryTable, territoryMember, trainingSession, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { findCohort } from "./cohorts.server";
import { TRAINING_PAGE_SIZE } from "./paging";
import { attendanceRate } from "./rules";
import type { EnrolInput } from "./training.schema";

type Territory = { id: string; programmeId: string };

/** Sessions of the enrolment's cohort already over, and those of them she attended. */
export function heldAndPresent(now: Date) {
  return {
    held: sql<number>`(select count(*)::int from ${trainingSession} where ${qualified(trainingSession.cohortId)} = ${qualified(enrolment.cohortId)} and ${qualified(trainingSession.endsAt)} <= ${now.toISOString()}::timestamptz)`,
    present: sql<number>`(select count(*)::int from ${attendance} join ${trainingSession} on ${qualified(trainingSession.id)} = ${qualified(attendance.sessionId)} where ${qualified(attendance.enrolmentId)} = ${qualified(enrolment.id)} and ${qualified(attendance.status)} = 'present' and ${qualified(trainingSession.endsAt)} <= ${now.toISOString()}::timestamptz)`,
  };
}

/** One page of the cohort's trainees by name, with department and attendance rate (one query). */
export async function listTrainees(db: Executor, args: { territoryId: string; cohortId: string; page: number; now?: Date }) {
  const where = and(eq(enrolment.cohortId, args.cohortId), eq(enrolment.territoryId, args.territoryId));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: enrolment.id, name: user.name, department: enrolment.department, ...heldAndPresent(args.now ?? new Date()) })
      .from(enrolment)
      .innerJoin(user, eq(user.id, enrolment.userId))
      .where(where)
      .orderBy(asc(user.name), asc(enrolment.id))
      .limit(TRAINING_PAGE_SIZE)
      .offset((args.page - 1) * TRAINING_PAGE_SIZE),
    db.select({ total: count() }).from(enrolment).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r, rate: attendanceRate(r.present, r.held) })), total, page: args.page, pageSize: TRAINING_PAGE_SIZE };
}

/**
 * People who may join the cohort and have not: for staff cohorts the territory's trainees, for a
 * Training of Trainers cohort the trainers of every territory of the programme (with her territory).
 */
export async function listEnrolmentCandidates(db: Executor, args: { territory: Territory; cohortId: string; kind: "staff" | "tot"; lang?: Language }) {
  const notEnrolled = sql`not exists (select 1 from ${enrolment} where ${enrolment.cohortId} = ${args.cohortId} and ${enrolment.userId} = ${qualified(territoryMember.userId)})`;
  const scope =
    args.kind === "tot"
      ? and(eq(territoryMember.role, "trainer"), eq(territoryTable.programmeId, args.territory.programmeId))
      : and(eq(territoryMember.role, "trainee"), eq(territoryMember.territoryId, args.territory.id));
  const rows = await db
    .select({ userId: user.id, name: user.name, territoryName: args.lang ? territoryNameSql(territoryTable, args.lang) : territoryTable.name })
    .from(territoryMember)
    .innerJoin(user, eq(user.id, territoryMember.userId))
    .innerJoin(territoryTable, eq(territoryTable.id, territoryMember.territoryId))
    .where(and(scope, notEnrolled))
    .orderBy(asc(user.name), asc(territoryTable.name))
    .limit(500);
  // A trainer of two territories is one person: listed once.
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.userId) ? false : (seen.add(r.userId), true)));
}

export async function enrolTrainee(
  db: Executor,
  args: { actor: Actor; territory: Territory; cohortId: string; input: EnrolInput },
): Promise<"ok" | "not-found" | "not-eligible" | "already"> {
  const { actor, territory, cohortId, input } = args;
  return db.transaction(async (tx) => {
    const found = await findCohort(tx, { territoryId: territory.id, cohortId });
    if (!found) return "not-found";
    const candidates = await listEnrolmentCandidates(tx, { territory, cohortId, kind: found.kind });
    if (!candidates.some((c) => c.userId === input.userId)) {
      const [enrolled] = await tx.select({ id: enrolment.id }).from(enrolment).where(and(eq(enrolment.cohortId, cohortId), eq(enrolment.userId, input.userId)));
      return enrolled ? "already" : "not-eligible";
    }
    const added = await tx
      .insert(enrolment)
      .values({ cohortId, territoryId: territory.id, userId: input.userId, department: input.department })
      .onConflictDoNothing()
      .returning({ id: enrolment.id });
    if (!added.length) return "already";
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "enrolment.create",
      objectType: "enrolment",
      objectId: added[0].id,
      details: { cohortId },
    });
    return "ok";
  });
}

/** Removes a trainee and her attendance; refused while she holds a certificate of the cohort. */
export async function removeTrainee(
  db: Executor,
  args: { actor: Actor; territory: Territory; cohortId: string; enrolmentId: string },
): Promise<"ok" | "gone" | "certified"> {
  const { actor, territory, cohortId, enrolmentId } = args;
  return db.transaction(async (tx) => {
    const [certified] = await tx.select({ id: certificate.id }).from(certificate).where(and(eq(certificate.enrolmentId, enrolmentId), eq(certificate.territoryId, territory.id))).limit(1);
    if (certified) return "certified";
    const removed = await tx
      .delete(enrolment)
      .where(and(eq(enrolment.id, enrolmentId), eq(enrolment.cohortId, cohortId), eq(enrolment.territoryId, territory.id)))
      .returning({ id: enrolment.id });
    if (!removed.length) return "gone";
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "enrolment.delete",
      objectType: "enrolment",
      objectId: enrolmentId,
      details: { cohortId },
    });
    return "ok";
  });
}

/** Enrolments of the cohort (for the register), by name. */
export async function listCohortEnrolments(db: Executor, args: { territoryId: string; cohortId: string }) {
  return db
    .select({ id: enrolment.id, name: user.name, department: enrolment.department })
    .from(enrolment)
    .innerJoin(user, eq(user.id, enrolment.userId))
    .where(and(eq(enrolment.cohortId, args.cohortId), eq(enrolment.territoryId, args.territoryId)))
    .orderBy(asc(user.name), asc(enrolment.id));
}

