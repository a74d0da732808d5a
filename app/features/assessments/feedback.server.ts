// Feedback on a session: a trainee enrolled in the session's cohort rates it once it has taken
// place, 1–5 with an optional comment; giving it again replaces it (one row per session and
// enrolment). Nobody reads one person's feedback: the insights page shows aggregates only.
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { cohort, enrolment, sessionFeedback, trainingSession } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import type { FeedbackInput } from "./assessments.schema";

export type FeedbackSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  cohortName: string;
  enrolmentId: string;
  feedback: { rating: number; comment: string } | null;
};

/**
 * The session with the actor's own enrolment in its cohort and her feedback so far; null when
 * the session is not this territory's or she is not enrolled in its cohort.
 */
export async function findSessionForFeedback(db: Executor, args: { actor: Actor; territoryId: string; sessionId: string }): Promise<FeedbackSession | null> {
  const [row] = await db
    .select({
      id: trainingSession.id,
      title: trainingSession.title,
      startsAt: trainingSession.startsAt,
      endsAt: trainingSession.endsAt,
      cohortName: cohort.name,
      enrolmentId: enrolment.id,
      rating: sessionFeedback.rating,
      comment: sessionFeedback.comment,
    })
    .from(trainingSession)
    .innerJoin(cohort, and(eq(cohort.id, trainingSession.cohortId), eq(cohort.territoryId, args.territoryId)))
    .innerJoin(enrolment, and(eq(enrolment.cohortId, cohort.id), eq(enrolment.territoryId, args.territoryId), eq(enrolment.userId, args.actor.userId)))
    .leftJoin(sessionFeedback, and(eq(sessionFeedback.sessionId, trainingSession.id), eq(sessionFeedback.enrolmentId, enrolment.id)))
    .where(and(eq(trainingSession.id, args.sessionId), eq(trainingSession.territoryId, args.territoryId)))
    .limit(1);
  if (!row) return null;
  const { rating, comment, ...session } = row;
  return { ...session, feedback: rating === null ? null : { rating, comment: comment ?? "" } };
}

/** A session can be rated once it has ended. */
export function isPast(session: Pick<FeedbackSession, "endsAt">, now: Date = new Date()): boolean {
  return session.endsAt.getTime() <= now.getTime();
}

export async function saveFeedback(
  db: Executor,
  args: { actor: Actor; territory: { id: string; programmeId: string }; session: FeedbackSession; input: FeedbackInput },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(sessionFeedback)
      .values({ sessionId: args.session.id, enrolmentId: args.session.enrolmentId, rating: args.input.rating, comment: args.input.comment })
      .onConflictDoUpdate({
        target: [sessionFeedback.sessionId, sessionFeedback.enrolmentId],
        set: { rating: args.input.rating, comment: args.input.comment, submittedAt: sql`now()` },
      });
    // The rating and comment stay out of the log: it is read by coordinators, and feedback is shown in aggregate only.
    await recordAudit(tx, {
      actorUserId: args.actor.userId,
      programmeId: args.territory.programmeId,
      territoryId: args.territory.id,
      action: "session_feedback.submit",
      objectType: "training_session",
      objectId: args.session.id,
    });
  });
}
