// Sessions of a cohort: typed in the territory's local time, stored as instants; a trainer of the
// territory and modules of the cohort's Toolkit. A trainer is never in two sessions at once, in
// any cohort of any territory. Every change is audited in its transaction.
import { and, asc, eq, gt, inArray, lt, ne, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { attendance, cohort, sessionModule, territoryMember, trainingModule, trainingSession, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import type { FieldErrors } from "~/http/form.server";
import type { Actor } from "~/tenancy/actor.server";
import { findCohort } from "./cohorts.server";
import { localToUtc } from "./time-zone";
import type { SessionInput } from "./training.schema";

/** What every list of sessions shows of one: title, time and where (the calendar, feeds, her own training). */
export const sessionColumns = {
  id: trainingSession.id,
  title: trainingSession.title,
  startsAt: trainingSession.startsAt,
  endsAt: trainingSession.endsAt,
  place: trainingSession.place,
  onlineUrl: trainingSession.onlineUrl,
};

type Territory = { id: string; programmeId: string };

/** The titles of a session's modules, in Toolkit order (a correlated subquery). */
export const moduleTitles = sql<string[]>`coalesce((select array_agg(${qualified(trainingModule.title)} order by ${qualified(trainingModule.position)}, ${qualified(trainingModule.title)}) from ${sessionModule} join ${trainingModule} on ${qualified(trainingModule.id)} = ${qualified(sessionModule.moduleId)} where ${qualified(sessionModule.sessionId)} = ${qualified(trainingSession.id)}), '{}')`;

/** Members of the territory holding the trainer role. */
export async function listTrainerOptions(db: Executor, args: { territoryId: string }) {
  return db
    .select({ userId: user.id, name: user.name })
    .from(territoryMember)
    .innerJoin(user, eq(user.id, territoryMember.userId))
    .where(and(eq(territoryMember.territoryId, args.territoryId), eq(territoryMember.role, "trainer")))
    .orderBy(asc(user.name));
}

/** The modules of a Toolkit, in its order; none without a Toolkit. */
export async function listModuleOptions(db: Executor, args: { toolkitId: string | null }) {
  if (!args.toolkitId) return [];
  return db
    .select({ id: trainingModule.id, title: trainingModule.title })
    .from(trainingModule)
    .where(eq(trainingModule.toolkitId, args.toolkitId))
    .orderBy(asc(trainingModule.position), asc(trainingModule.title));
}

/** The cohort's sessions in time order, with trainer, modules and how many marks were taken. */
export async function listCohortSessions(db: Executor, args: { territoryId: string; cohortId: string }) {
  return db
    .select({
      ...sessionColumns,
      trainerUserId: trainingSession.trainerUserId,
      trainerName: user.name,
      modules: moduleTitles,
      marks: sql<number>`(select count(*)::int from ${attendance} where ${qualified(attendance.sessionId)} = ${qualified(trainingSession.id)})`,
    })
    .from(trainingSession)
    .leftJoin(user, eq(user.id, trainingSession.trainerUserId))
    .where(and(eq(trainingSession.cohortId, args.cohortId), eq(trainingSession.territoryId, args.territoryId)))
    .orderBy(asc(trainingSession.startsAt), asc(trainingSession.id));
}

export async function findSession(db: Executor, args: { territoryId: string; sessionId: string }) {
  const [row] = await db
    .select({
      id: trainingSession.id,
      cohortId: trainingSession.cohortId,
      cohortName: cohort.name,
      cohortKind: cohort.kind,
      toolkitId: cohort.toolkitId,
      title: trainingSession.title,
      startsAt: trainingSession.startsAt,
      endsAt: trainingSession.endsAt,
      place: trainingSession.place,
      onlineUrl: trainingSession.onlineUrl,
      trainerUserId: trainingSession.trainerUserId,
      trainerName: user.name,
      notes: trainingSession.notes,
      moduleIds: sql<string[]>`coalesce((select array_agg(${qualified(sessionModule.moduleId)}::text) from ${sessionModule} where ${qualified(sessionModule.sessionId)} = ${qualified(trainingSession.id)}), '{}')`,
    })
    .from(trainingSession)
    .innerJoin(cohort, eq(cohort.id, trainingSession.cohortId))
    .leftJoin(user, eq(user.id, trainingSession.trainerUserId))
    .where(and(eq(trainingSession.id, args.sessionId), eq(trainingSession.territoryId, args.territoryId)));
  return row ?? null;
}

type SaveResult = { ok: true; id: string } | { errors: FieldErrors } | null;

/**
 * Creates a session of the cohort, or changes one (sessionId). Refuses, field by field: a date
 * outside the cohort, a trainer who is not a trainer of the territory or who already trains
 * another session at that time (in any territory), modules not in the cohort's Toolkit.
 */
export async function saveSession(
  db: Executor,
  args: { actor: Actor; territory: Territory; zone: string; cohortId: string; sessionId?: string; input: SessionInput },
): Promise<SaveResult> {
  const { actor, territory, zone, cohortId, sessionId, input } = args;
  return db.transaction(async (tx) => {
    const found = await findCohort(tx, { territoryId: territory.id, cohortId });
    if (!found) return null;
    if (sessionId) {
      const [own] = await tx
        .select({ id: trainingSession.id })
        .from(trainingSession)
        .where(and(eq(trainingSession.id, sessionId), eq(trainingSession.cohortId, cohortId), eq(trainingSession.territoryId, territory.id)));
      if (!own) return null;
    }
    const errors: FieldErrors = {};
    if (input.date < found.startsOn || input.date > found.endsOn) errors.date = ["training.errors.outsideCohort"];
    const startsAt = localToUtc(input.date, input.startTime, zone);
    const endsAt = localToUtc(input.date, input.endTime, zone);
    const trainerUserId = input.trainerUserId ?? null;
    if (trainerUserId) {
      const trainers = await listTrainerOptions(tx, { territoryId: territory.id });
      if (!trainers.some((t) => t.userId === trainerUserId)) errors.trainerUserId = ["training.errors.trainerNotMember"];
      else {
        // Locks the trainer's account row, so two sessions saved at once for her are checked one
        // after the other and cannot both pass.
        await tx.select({ id: user.id }).from(user).where(eq(user.id, trainerUserId)).for("update");
        const [busy] = await tx
          .select({ id: trainingSession.id })
          .from(trainingSession)
          .where(
            and(
              eq(trainingSession.trainerUserId, trainerUserId),
              sessionId ? ne(trainingSession.id, sessionId) : undefined,
              lt(trainingSession.startsAt, endsAt),
              gt(trainingSession.endsAt, startsAt),
            ),
          )
          .limit(1);
        if (busy) errors.trainerUserId = ["training.errors.trainerBusy"];
      }
    }
    const requested = [...new Set(input["moduleIds[]"])];
    const moduleIds = requested.map(parseUuid).filter((id): id is string => id !== null);
    const modules =
      moduleIds.length && found.toolkitId
        ? await tx.select({ id: trainingModule.id }).from(trainingModule).where(and(eq(trainingModule.toolkitId, found.toolkitId), inArray(trainingModule.id, moduleIds)))
        : [];
    if (modules.length !== requested.length) errors["moduleIds[]"] = ["training.errors.moduleUnknown"];
    if (Object.keys(errors).length) return { errors };

    const values = { title: input.title, startsAt, endsAt, place: input.place, onlineUrl: input.onlineUrl ?? null, trainerUserId, notes: input.notes };
    let id: string;
    if (sessionId) {
      await tx.update(trainingSession).set(values).where(eq(trainingSession.id, sessionId));
      await tx.delete(sessionModule).where(eq(sessionModule.sessionId, sessionId));
      id = sessionId;
    } else {
      [{ id }] = await tx.insert(trainingSession).values({ ...values, cohortId, territoryId: territory.id }).returning({ id: trainingSession.id });
    }
    if (modules.length) await tx.insert(sessionModule).values(modules.map((m) => ({ sessionId: id, moduleId: m.id })));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: sessionId ? "training_session.update" : "training_session.create",
      objectType: "training_session",
      objectId: id,
      details: { cohortId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), trainerUserId, modules: modules.map((m) => m.id) },
    });
    return { ok: true as const, id };
  });
}

/** Deletes a session with its attendance; false when it was already gone. */
export async function deleteSession(db: Executor, args: { actor: Actor; territory: Territory; sessionId: string }): Promise<boolean> {
  const { actor, territory, sessionId } = args;
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(trainingSession)
      .where(and(eq(trainingSession.id, sessionId), eq(trainingSession.territoryId, territory.id)))
      .returning({ id: trainingSession.id, cohortId: trainingSession.cohortId });
    if (!removed.length) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "training_session.delete",
      objectType: "training_session",
      objectId: sessionId,
      details: { cohortId: removed[0].cohortId },
    });
    return true;
  });
}

/** The territory's sessions between two instants (a month of the calendar), optionally of one cohort. */
export async function listSessionsBetween(db: Executor, args: { territoryId: string; from: Date; to: Date; cohortId: string | null }) {
  return db
    .select({
      ...sessionColumns,
      cohortId: cohort.id,
      cohortName: cohort.name,
      trainerName: user.name,
    })
    .from(trainingSession)
    .innerJoin(cohort, eq(cohort.id, trainingSession.cohortId))
    .leftJoin(user, eq(user.id, trainingSession.trainerUserId))
    .where(
      and(
        eq(trainingSession.territoryId, args.territoryId),
        sql`${trainingSession.startsAt} >= ${args.from.toISOString()}::timestamptz`,
        lt(trainingSession.startsAt, args.to),
        args.cohortId ? eq(trainingSession.cohortId, args.cohortId) : undefined,
      ),
    )
    .orderBy(asc(trainingSession.startsAt), asc(trainingSession.id))
    .limit(500);
}

/** The start of the territory's next session from `now` and of its last one (optionally of one cohort), in one query. */
export async function findNextAndLastSession(db: Executor, args: { territoryId: string; cohortId: string | null; now: Date }) {
  const [row] = await db
    .select({
      next: sql<string | null>`min(${trainingSession.startsAt}) filter (where ${trainingSession.startsAt} >= ${args.now.toISOString()}::timestamptz)`,
      last: sql<string | null>`max(${trainingSession.startsAt})`,
    })
    .from(trainingSession)
    .where(and(eq(trainingSession.territoryId, args.territoryId), args.cohortId ? eq(trainingSession.cohortId, args.cohortId) : undefined));
  const asDate = (value: string | Date | null | undefined) => (value ? new Date(value) : null);
  return { next: asDate(row?.next), last: asDate(row?.last) };
}

/** The titles of one session's modules, in Toolkit order. */
export async function moduleTitlesOf(db: Executor, args: { territoryId: string; sessionId: string }): Promise<string[]> {
  const rows = await db
    .select({ title: trainingModule.title })
    .from(sessionModule)
    .innerJoin(trainingModule, eq(trainingModule.id, sessionModule.moduleId))
    .innerJoin(trainingSession, and(eq(trainingSession.id, sessionModule.sessionId), eq(trainingSession.territoryId, args.territoryId)))
    .where(eq(sessionModule.sessionId, args.sessionId))
    .orderBy(asc(trainingModule.position), asc(trainingModule.title));
  return rows.map((r) => r.title);
}
