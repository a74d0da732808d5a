// The attendance register of a session: every trainee of its cohort, one mark each (present,
// excused, absent). Saving upserts by (session, trainee), so submitting twice or again after the
// back button changes nothing that was not changed on the form.
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { type AttendanceStatus, attendance, enrolment, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { canInTerritory } from "~/tenancy/policy";
import { findSession } from "./sessions.server";
import type { AttendanceInput } from "./training.schema";

type Territory = { id: string; programmeId: string };

/** Coordinators take any session's register; a trainer only those of the sessions she trains. */
export function mayTakeAttendance(actor: Actor, territory: Territory, session: { trainerUserId: string | null }): boolean {
  return canInTerritory(actor, "training:manage", territory) || (canInTerritory(actor, "training:attendance", territory) && session.trainerUserId === actor.userId);
}

/** The trainees of the session's cohort with the mark each has (null: not taken yet). */
export async function listRegister(db: Executor, args: { territoryId: string; sessionId: string; cohortId: string }) {
  return db
    .select({ enrolmentId: enrolment.id, name: user.name, department: enrolment.department, status: attendance.status })
    .from(enrolment)
    .innerJoin(user, eq(user.id, enrolment.userId))
    .leftJoin(attendance, and(eq(attendance.enrolmentId, enrolment.id), eq(attendance.sessionId, args.sessionId)))
    .where(and(eq(enrolment.cohortId, args.cohortId), eq(enrolment.territoryId, args.territoryId)))
    .orderBy(user.name, enrolment.id);
}

/**
 * Saves the marks of the register. Marks for people not in the cohort refuse the whole form; the
 * audit entry counts what changed, and is left out when nothing did (a repeated submit).
 */
export async function recordAttendance(
  db: Executor,
  args: { actor: Actor; territory: Territory; sessionId: string; input: AttendanceInput },
): Promise<"ok" | "not-found" | "forbidden" | "unknown-trainee"> {
  const { actor, territory, sessionId, input } = args;
  return db.transaction(async (tx) => {
    const session = await findSession(tx, { territoryId: territory.id, sessionId });
    if (!session) return "not-found";
    if (!mayTakeAttendance(actor, territory, session)) return "forbidden";
    const ids = [...new Set(input.map((m) => m.enrolmentId))];
    if (ids.length !== input.length) return "unknown-trainee";
    const register = await listRegister(tx, { territoryId: territory.id, sessionId, cohortId: session.cohortId });
    const before = new Map(register.map((r) => [r.enrolmentId, r.status]));
    if (ids.some((id) => !before.has(id))) return "unknown-trainee";
    const changed = input.filter((m) => before.get(m.enrolmentId) !== m.status);
    if (!changed.length) return "ok";
    const recordedAt = new Date();
    await tx
      .insert(attendance)
      .values(changed.map((m) => ({ sessionId, enrolmentId: m.enrolmentId, status: m.status, recordedByUserId: actor.userId, recordedAt })))
      .onConflictDoUpdate({
        target: [attendance.sessionId, attendance.enrolmentId],
        set: { status: sqlExcluded("status"), recordedByUserId: actor.userId, recordedAt },
      });
    const tally: Record<AttendanceStatus, number> = { present: 0, excused: 0, absent: 0 };
    for (const m of input) tally[m.status]++;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "attendance.record",
      objectType: "training_session",
      objectId: sessionId,
      details: { changed: changed.length, ...tally },
    });
    return "ok";
  });
}

/** The value the row would have had: `excluded.<column>` of an upsert. */
function sqlExcluded(column: string) {
  return sql.raw(`excluded.${column}`);
}
