// A trainee's self-assessments: the competences she rates, her own enrolment (never anyone
// else's: a wrong id is "not found", whoever asks), saving one phase (again = replace), and her
// ratings for the progress page. Every query is scoped by the territory in the URL.
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import {
  type AssessmentPhase,
  cohort,
  COMPETENCE_GROUPS,
  competence,
  enrolment,
  type LocalizedText,
  selfAssessment,
  selfAssessmentRating,
} from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { listCompetences as listFrameworkCompetences } from "~/features/competences/competences.server";
import type { Actor } from "~/tenancy/actor.server";
import type { AssessmentInput } from "./assessments.schema";

type TerritoryRef = { id: string; programmeId: string };

export type CompetenceForAssessment = {
  id: string;
  group: (typeof COMPETENCE_GROUPS)[number];
  name: LocalizedText;
  description: LocalizedText;
  /** Descriptors of levels 1–3 (level 0, "not yet", has none). */
  levels: Partial<Record<1 | 2 | 3, LocalizedText>>;
};

/**
 * The programme's competences in the framework's order (group, then position), with their level
 * descriptors: the framework's own list (features/competences), keyed by level for the form.
 */
export async function listCompetences(db: Executor, args: { programmeId: string }): Promise<CompetenceForAssessment[]> {
  const framework = await listFrameworkCompetences(db, args);
  return framework.map((c) => ({
    id: c.id,
    group: c.group,
    name: c.name,
    description: c.description,
    levels: Object.fromEntries(c.levels.map((l) => [l.level, l.descriptor])),
  }));
}

export type OwnEnrolment = {
  id: string;
  cohort: { id: string; name: string; startsOn: string; endsOn: string; midwayAssessment: boolean };
};

/** The actor's own enrolment in this territory, or null (someone else's, another territory's, none). */
export async function findOwnEnrolment(db: Executor, args: { actor: Actor; territoryId: string; enrolmentId: string }): Promise<OwnEnrolment | null> {
  const [row] = await db
    .select({
      id: enrolment.id,
      cohort: { id: cohort.id, name: cohort.name, startsOn: cohort.startsOn, endsOn: cohort.endsOn, midwayAssessment: cohort.midwayAssessment },
    })
    .from(enrolment)
    .innerJoin(cohort, and(eq(cohort.id, enrolment.cohortId), eq(cohort.territoryId, args.territoryId)))
    .where(and(eq(enrolment.id, args.enrolmentId), eq(enrolment.territoryId, args.territoryId), eq(enrolment.userId, args.actor.userId)))
    .limit(1);
  return row ?? null;
}

/** Her levels of one phase (competence id → level), empty when she has not answered it yet. */
export async function findAssessmentLevels(db: Executor, args: { territoryId: string; enrolmentId: string; phase: AssessmentPhase }) {
  const rows = await db
    .select({ competenceId: selfAssessmentRating.competenceId, level: selfAssessmentRating.level, submittedAt: selfAssessment.submittedAt })
    .from(selfAssessment)
    .innerJoin(selfAssessmentRating, eq(selfAssessmentRating.assessmentId, selfAssessment.id))
    .where(and(eq(selfAssessment.territoryId, args.territoryId), eq(selfAssessment.enrolmentId, args.enrolmentId), eq(selfAssessment.phase, args.phase)));
  return { levels: new Map(rows.map((r) => [r.competenceId, r.level])), submittedAt: rows[0]?.submittedAt ?? null };
}

/**
 * Saves one phase. Submitting again (a second click, the back button, a change of mind) replaces
 * the answers: one assessment per enrolment and phase (unique), one rating per competence (primary
 * key), both upserted. The audit entry says which phase, never the levels.
 */
export async function saveAssessment(
  db: Executor,
  args: { actor: Actor; territory: TerritoryRef; enrolmentId: string; phase: AssessmentPhase; input: AssessmentInput },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(selfAssessment)
      .values({ enrolmentId: args.enrolmentId, territoryId: args.territory.id, phase: args.phase })
      .onConflictDoUpdate({ target: [selfAssessment.enrolmentId, selfAssessment.phase], set: { submittedAt: sql`now()` } })
      .returning({ id: selfAssessment.id });
    const ratings = [...args.input].map(([competenceId, level]) => ({ assessmentId: row.id, competenceId, level }));
    if (ratings.length) {
      await tx
        .insert(selfAssessmentRating)
        .values(ratings)
        .onConflictDoUpdate({ target: [selfAssessmentRating.assessmentId, selfAssessmentRating.competenceId], set: { level: sql`excluded.level` } });
    }
    await recordAudit(tx, {
      actorUserId: args.actor.userId,
      programmeId: args.territory.programmeId,
      territoryId: args.territory.id,
      action: "self_assessment.submit",
      objectType: "self_assessment",
      objectId: row.id,
      details: { phase: args.phase },
    });
  });
}

/** Every rating of her enrolment, all phases, for the progress page. */
export async function listOwnRatings(db: Executor, args: { territoryId: string; enrolmentId: string }) {
  return db
    .select({ competenceId: selfAssessmentRating.competenceId, phase: selfAssessment.phase, level: selfAssessmentRating.level })
    .from(selfAssessment)
    .innerJoin(selfAssessmentRating, eq(selfAssessmentRating.assessmentId, selfAssessment.id))
    .where(and(eq(selfAssessment.territoryId, args.territoryId), eq(selfAssessment.enrolmentId, args.enrolmentId)));
}
