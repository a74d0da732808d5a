// Cohort insights: self-assessment means and gains per competence, and feedback per module and
// per trainer. Computed in SQL, a handful of aggregate queries whatever the cohort's size, never
// per trainee; groups under five people come back without their figures (stats.ts) and without
// their comments. No query here returns one person's answers.
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { cohort, enrolment, selfAssessment, selfAssessmentRating, sessionFeedback, sessionModule, trainingModule, trainingSession, user } from "~/db/schema";
import { type Suppressed, suppressSmall } from "./stats";

/** Comments shown per module or trainer: the latest ones; the count says how many there are. */
export const COMMENTS_PER_GROUP = 20;

export async function findCohort(db: Executor, args: { territoryId: string; cohortId: string }) {
  const [row] = await db
    .select({ id: cohort.id, name: cohort.name, kind: cohort.kind, startsOn: cohort.startsOn, endsOn: cohort.endsOn, midwayAssessment: cohort.midwayAssessment })
    .from(cohort)
    .where(and(eq(cohort.id, args.cohortId), eq(cohort.territoryId, args.territoryId)))
    .limit(1);
  return row ?? null;
}

export type CompetenceMeans = { pre: number; post: number; gain: number };

/**
 * Per competence: of the trainees who rated it both before and after, how many, and the mean
 * before, after and gain. Plus how many trainees are enrolled and how many answered each phase.
 */
export async function cohortAssessmentInsights(db: Executor, args: { territoryId: string; cohortId: string }) {
  const scope = and(eq(selfAssessment.territoryId, args.territoryId), eq(enrolment.cohortId, args.cohortId), eq(enrolment.territoryId, args.territoryId));
  const [perCompetence, phases, [enrolled]] = await Promise.all([
    db.execute<{ competenceId: string; n: number; pre: number | null; post: number | null; gain: number | null }>(sql`
      with levels as (
        select ${selfAssessment.enrolmentId} as enrolment_id, ${selfAssessmentRating.competenceId} as competence_id,
               max(${selfAssessmentRating.level}) filter (where ${selfAssessment.phase} = 'pre') as pre,
               max(${selfAssessmentRating.level}) filter (where ${selfAssessment.phase} = 'post') as post
        from ${selfAssessment}
        join ${enrolment} on ${enrolment.id} = ${selfAssessment.enrolmentId}
        join ${selfAssessmentRating} on ${selfAssessmentRating.assessmentId} = ${selfAssessment.id}
        where ${scope} and ${selfAssessment.phase} in ('pre', 'post')
        group by 1, 2)
      select competence_id as "competenceId", count(*)::int as n,
             avg(pre)::float8 as pre, avg(post)::float8 as post, avg(post - pre)::float8 as gain
      from levels where pre is not null and post is not null
      group by 1`),
    db
      .select({ phase: selfAssessment.phase, n: sql<number>`count(*)::int` })
      .from(selfAssessment)
      .innerJoin(enrolment, eq(enrolment.id, selfAssessment.enrolmentId))
      .where(scope)
      .groupBy(selfAssessment.phase),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(enrolment)
      .where(and(eq(enrolment.cohortId, args.cohortId), eq(enrolment.territoryId, args.territoryId))),
  ]);
  const byCompetence = new Map<string, Suppressed<CompetenceMeans>>();
  for (const r of perCompetence.rows) byCompetence.set(r.competenceId, suppressSmall(r.n, { pre: r.pre ?? 0, post: r.post ?? 0, gain: r.gain ?? 0 }));
  const responses = { enrolled: enrolled.n, pre: 0, mid: 0, post: 0 };
  for (const p of phases) responses[p.phase] = p.n;
  return { byCompetence, responses };
}

export type RatingGroup = { key: string; label: string; rating: Suppressed<{ ratings: number; mean: number; comments: string[]; commentCount: number }> };

/**
 * Feedback on the cohort's sessions, per module (a session with two modules counts for both) and
 * per trainer: mean rating and count of ratings; the comments of groups rated by five people or
 * more, without names. The rule counts people, not ratings: two trainees who rated six sessions
 * of one trainer are still two people whose comments a reader could tell apart.
 */
export async function cohortFeedbackInsights(db: Executor, args: { territoryId: string; cohortId: string }) {
  const inCohort = and(eq(trainingSession.cohortId, args.cohortId), eq(trainingSession.territoryId, args.territoryId));
  const moduleComments = sql`
    select ${sessionModule.moduleId} as key, ${sessionFeedback.comment} as comment,
           row_number() over (partition by ${sessionModule.moduleId} order by ${sessionFeedback.submittedAt} desc) as rank,
           count(*) over (partition by ${sessionModule.moduleId})::int as total
    from ${sessionFeedback}
    join ${trainingSession} on ${trainingSession.id} = ${sessionFeedback.sessionId}
    join ${sessionModule} on ${sessionModule.sessionId} = ${trainingSession.id}
    where ${inCohort} and ${sessionFeedback.comment} <> ''`;
  const trainerComments = sql`
    select ${trainingSession.trainerUserId} as key, ${sessionFeedback.comment} as comment,
           row_number() over (partition by ${trainingSession.trainerUserId} order by ${sessionFeedback.submittedAt} desc) as rank,
           count(*) over (partition by ${trainingSession.trainerUserId})::int as total
    from ${sessionFeedback}
    join ${trainingSession} on ${trainingSession.id} = ${sessionFeedback.sessionId}
    where ${inCohort} and ${trainingSession.trainerUserId} is not null and ${sessionFeedback.comment} <> ''`;
  const [modules, trainers, comments] = await Promise.all([
    db
      .select({ key: trainingModule.id, label: trainingModule.title, ratings: sql<number>`count(*)::int`, n: sql<number>`count(distinct ${sessionFeedback.enrolmentId})::int`, mean: sql<number>`avg(${sessionFeedback.rating})::float8` })
      .from(sessionFeedback)
      .innerJoin(trainingSession, eq(trainingSession.id, sessionFeedback.sessionId))
      .innerJoin(sessionModule, eq(sessionModule.sessionId, trainingSession.id))
      .innerJoin(trainingModule, eq(trainingModule.id, sessionModule.moduleId))
      .where(inCohort)
      .groupBy(trainingModule.id, trainingModule.title, trainingModule.position)
      .orderBy(trainingModule.position, trainingModule.title),
    db
      .select({ key: user.id, label: user.name, ratings: sql<number>`count(*)::int`, n: sql<number>`count(distinct ${sessionFeedback.enrolmentId})::int`, mean: sql<number>`avg(${sessionFeedback.rating})::float8` })
      .from(sessionFeedback)
      .innerJoin(trainingSession, eq(trainingSession.id, sessionFeedback.sessionId))
      .innerJoin(user, eq(user.id, trainingSession.trainerUserId))
      .where(inCohort)
      .groupBy(user.id, user.name)
      .orderBy(user.name),
    // Comments of every group at once (at most COMMENTS_PER_GROUP each, and their count); groups
    // under five are dropped below, before anything reaches the page.
    db.execute<{ kind: "module" | "trainer"; key: string; comment: string; total: number }>(sql`
      with m as (${moduleComments}), t as (${trainerComments})
      select 'module' as kind, key::text, comment, total from m where rank <= ${COMMENTS_PER_GROUP}
      union all
      select 'trainer' as kind, key::text, comment, total from t where rank <= ${COMMENTS_PER_GROUP}`),
  ]);
  const commentsOf = new Map<string, { list: string[]; total: number }>();
  for (const c of comments.rows) {
    const entry = commentsOf.get(`${c.kind}:${c.key}`) ?? { list: [], total: c.total };
    entry.list.push(c.comment);
    commentsOf.set(`${c.kind}:${c.key}`, entry);
  }
  const groups = (kind: "module" | "trainer", rows: { key: string; label: string; ratings: number; n: number; mean: number }[]): RatingGroup[] =>
    rows.map((r) => {
      const found = commentsOf.get(`${kind}:${r.key}`);
      return { key: r.key, label: r.label, rating: suppressSmall(r.n, { ratings: r.ratings, mean: r.mean, comments: found?.list ?? [], commentCount: found?.total ?? 0 }) };
    });
  return { modules: groups("module", modules), trainers: groups("trainer", trainers) };
}
