// Cohorts of a territory: a group of trainees (staff) or of trainers (Training of Trainers) over
// about twelve months, with its completion rule. Every query is scoped by the territory; every
// change is audited in its transaction.
import { and, asc, count, countDistinct, desc, eq, isNotNull, isNull, lte, max, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { cohort, enrolment, trainingSession } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { findToolkit } from "~/features/toolkit/toolkits.server";
import type { Actor } from "~/tenancy/actor.server";
import { TRAINING_PAGE_SIZE } from "./paging";
import { completionRefusal, type CompletionRefusal } from "./rules";
import type { CohortInput } from "./training.schema";

type Territory = { id: string; programmeId: string };

const traineeCount = sql<number>`(select count(*)::int from ${enrolment} where ${enrolment.cohortId} = ${qualified(cohort.id)})`;
const sessionCount = sql<number>`(select count(*)::int from ${trainingSession} where ${trainingSession.cohortId} = ${qualified(cohort.id)})`;

/** One page of the territory's cohorts, latest start first, with their counts (one query). */
export async function listCohorts(db: Executor, args: { territoryId: string; page: number }) {
  const where = eq(cohort.territoryId, args.territoryId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: cohort.id,
        name: cohort.name,
        kind: cohort.kind,
        startsOn: cohort.startsOn,
        endsOn: cohort.endsOn,
        completedAt: cohort.completedAt,
        trainees: traineeCount,
        sessions: sessionCount,
      })
      .from(cohort)
      .where(where)
      .orderBy(desc(cohort.startsOn), asc(cohort.name), asc(cohort.id))
      .limit(TRAINING_PAGE_SIZE)
      .offset((args.page - 1) * TRAINING_PAGE_SIZE),
    db.select({ total: count() }).from(cohort).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: TRAINING_PAGE_SIZE };
}

/** The territory's key figures: people enrolled (once each), sessions held, cohorts completed. */
export async function countTrainingFigures(db: Executor, args: { territoryId: string; now?: Date }) {
  const now = args.now ?? new Date();
  const [[{ trainees }], [{ held }], [{ completed }]] = await Promise.all([
    db.select({ trainees: countDistinct(enrolment.userId) }).from(enrolment).where(eq(enrolment.territoryId, args.territoryId)),
    db
      .select({ held: count() })
      .from(trainingSession)
      .where(and(eq(trainingSession.territoryId, args.territoryId), lte(trainingSession.endsAt, now))),
    db
      .select({ completed: count() })
      .from(cohort)
      .where(and(eq(cohort.territoryId, args.territoryId), isNotNull(cohort.completedAt))),
  ]);
  return { trainees, held, completed };
}

export async function findCohort(db: Executor, args: { territoryId: string; cohortId: string }) {
  const [row] = await db
    .select({
      id: cohort.id,
      name: cohort.name,
      kind: cohort.kind,
      toolkitId: cohort.toolkitId,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      attendanceThresholdPercent: cohort.attendanceThresholdPercent,
      requirePostAssessment: cohort.requirePostAssessment,
      midwayAssessment: cohort.midwayAssessment,
      completedAt: cohort.completedAt,
    })
    .from(cohort)
    .where(and(eq(cohort.id, args.cohortId), eq(cohort.territoryId, args.territoryId)));
  return row ?? null;
}

export async function createCohort(db: Executor, args: { actor: Actor; territory: Territory; input: CohortInput }): Promise<{ id: string }> {
  const { actor, territory, input } = args;
  return db.transaction(async (tx) => {
    const toolkitId = (await findToolkit(tx, { territory }))?.id ?? null;
    const [row] = await tx
      .insert(cohort)
      .values({ territoryId: territory.id, ...input, toolkitId, createdByUserId: actor.userId })
      .returning({ id: cohort.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "cohort.create",
      objectType: "cohort",
      objectId: row.id,
      details: { kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return row;
  });
}

/**
 * Saves a cohort's settings. Its dates may not leave one of its sessions outside; the answer
 * names the field at fault.
 */
export async function updateCohort(
  db: Executor,
  args: { actor: Actor; territory: Territory; cohortId: string; input: CohortInput; zone: string },
): Promise<"ok" | "not-found" | "sessions-outside"> {
  const { actor, territory, cohortId, input } = args;
  return db.transaction(async (tx) => {
    const [outside] = await tx
      .select({ n: count() })
      .from(trainingSession)
      .where(
        and(
          eq(trainingSession.cohortId, cohortId),
          eq(trainingSession.territoryId, territory.id),
          sql`((${trainingSession.startsAt} at time zone ${args.zone})::date < ${input.startsOn}::date or (${trainingSession.startsAt} at time zone ${args.zone})::date > ${input.endsOn}::date)`,
        ),
      );
    if (outside.n > 0) return "sessions-outside";
    const updated = await tx
      .update(cohort)
      .set(input)
      .where(and(eq(cohort.id, cohortId), eq(cohort.territoryId, territory.id)))
      .returning({ id: cohort.id });
    if (!updated.length) return "not-found";
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "cohort.update",
      objectType: "cohort",
      objectId: cohortId,
      details: { kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn, attendanceThresholdPercent: input.attendanceThresholdPercent },
    });
    return "ok" as const;
  });
}

/** Declares the cohort completed, when its rule can be met: it has sessions and is over. */
export async function completeCohort(
  db: Executor,
  args: { actor: Actor; territory: Territory; cohortId: string; now?: Date },
): Promise<"ok" | "not-found" | CompletionRefusal> {
  const { actor, territory, cohortId } = args;
  const now = args.now ?? new Date();
  return db.transaction(async (tx) => {
    const found = await findCohort(tx, { territoryId: territory.id, cohortId });
    if (!found) return "not-found";
    const [{ last }] = await tx.select({ last: max(trainingSession.endsAt) }).from(trainingSession).where(eq(trainingSession.cohortId, cohortId));
    const refusal = completionRefusal(found, last ? new Date(last) : null, now);
    if (refusal) return refusal;
    // The condition repeats "not yet completed", so two clicks at once complete it once.
    const done = await tx
      .update(cohort)
      .set({ completedAt: now })
      .where(and(eq(cohort.id, cohortId), eq(cohort.territoryId, territory.id), isNull(cohort.completedAt)))
      .returning({ id: cohort.id });
    if (!done.length) return "training.errors.alreadyCompleted";
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "cohort.complete",
      objectType: "cohort",
      objectId: cohortId,
    });
    return "ok";
  });
}

/** Every cohort of the territory by name, for a filter (bounded: a territory runs a few a year). */
export async function listCohortOptions(db: Executor, args: { territoryId: string }) {
  return db
    .select({ id: cohort.id, name: cohort.name })
    .from(cohort)
    .where(eq(cohort.territoryId, args.territoryId))
    .orderBy(desc(cohort.startsOn), asc(cohort.name))
    .limit(200);
}
