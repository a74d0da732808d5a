// Demo self-assessments and session feedback for the trainees of the demo programme's staff
// cohorts (created by the cohort seed, which runs before this one; without cohorts this does
// nothing). Invented answers, deterministic (a hash of the ids, no random numbers), and
// idempotent: an enrolment's phase or a session's feedback that exists is left as it is.
// Phases follow the windows: "before" once the cohort has started, "midway" and "after" once
// their windows have opened, so the demo never shows an answer given before it could be.
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { assessmentWindow, type CohortDates, todayOf } from "~/features/assessments/windows";
import type { Database } from "~/db/client.server";
import { type AssessmentPhase, attendance, cohort, competence, enrolment, selfAssessment, selfAssessmentRating, sessionFeedback, territory, trainingSession } from "~/db/schema";

/** FNV-1a: a stable number from a string, so the same ids always give the same invented answers. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Before: mostly 0–2; after: before plus a gain of 0–2 (most gain one level); midway: half way. */
export function demoLevel(enrolmentId: string, competenceId: string, phase: AssessmentPhase): number {
  const h = hashOf(`${enrolmentId}:${competenceId}`);
  const pre = [0, 1, 1, 1, 2, 2][h % 6];
  const gain = [0, 1, 1, 1, 2][(h >>> 8) % 5];
  const post = Math.min(3, pre + gain);
  return phase === "pre" ? pre : phase === "post" ? post : Math.min(3, pre + Math.floor(gain / 2));
}

const COMMENTS: Record<string, string[]> = {
  de: [
    "Die Fallbeispiele aus dem Bürgerbüro waren sehr nah an meinem Alltag. (Demo-Kommentar, erfunden)",
    "Mehr Zeit für den Austausch in Kleingruppen wäre gut gewesen. (Demo-Kommentar, erfunden)",
    "Das Rollenspiel am Schalter hat mir neue Formulierungen gezeigt. (Demo-Kommentar, erfunden)",
  ],
  it: [
    "I casi dello sportello anagrafe erano molto vicini al mio lavoro. (Commento demo, inventato)",
    "Avrei voluto più tempo per il confronto in piccoli gruppi. (Commento demo, inventato)",
    "Il gioco di ruolo allo sportello mi ha dato parole nuove. (Commento demo, inventato)",
  ],
  es: [
    "Los casos de la oficina de empadronamiento eran muy cercanos a mi trabajo. (Comentario de demostración, inventado)",
    "Habría sido útil más tiempo para el intercambio en grupos pequeños. (Comentario de demostración, inventado)",
    "El juego de rol en la ventanilla me dio formulaciones nuevas. (Comentario de demostración, inventado)",
  ],
  en: [
    "The cases from the registration office were close to my daily work. (Invented demo comment)",
    "More time for exchange in small groups would have helped. (Invented demo comment)",
    "The role play at the counter gave me new ways to put things. (Invented demo comment)",
  ],
};

const CHUNK = 5000;

function isDue(c: CohortDates, phase: AssessmentPhase, today: string): boolean {
  if (phase === "mid" && !c.midwayAssessment) return false;
  if (phase === "pre") return today >= c.startsOn;
  return today >= (assessmentWindow(c, phase).opensOn ?? c.startsOn);
}

export async function seedDemoAssessments(db: Database, args: { programmeId: string }): Promise<void> {
  const today = todayOf();
  const enrolments = await db
    .select({ id: enrolment.id, territoryId: enrolment.territoryId, startsOn: cohort.startsOn, endsOn: cohort.endsOn, midwayAssessment: cohort.midwayAssessment })
    .from(enrolment)
    .innerJoin(cohort, eq(cohort.id, enrolment.cohortId))
    .innerJoin(territory, eq(territory.id, cohort.territoryId))
    .where(and(eq(territory.programmeId, args.programmeId), eq(cohort.kind, "staff")));
  if (enrolments.length === 0) return;
  const competences = await db.select({ id: competence.id }).from(competence).where(eq(competence.programmeId, args.programmeId));
  if (competences.length) {
    for (const phase of ["pre", "mid", "post"] as const) {
      const due = enrolments.filter((e) => isDue(e, phase, today));
      for (let i = 0; i < due.length; i += CHUNK) {
        const slice = due.slice(i, i + CHUNK);
        const added = await db
          .insert(selfAssessment)
          .values(slice.map((e) => ({ enrolmentId: e.id, territoryId: e.territoryId, phase, submittedAt: submittedOn(e, phase) })))
          .onConflictDoNothing()
          .returning({ id: selfAssessment.id, enrolmentId: selfAssessment.enrolmentId });
        const ratings = added.flatMap((a) => competences.map((c) => ({ assessmentId: a.id, competenceId: c.id, level: demoLevel(a.enrolmentId, c.id, phase) })));
        for (let j = 0; j < ratings.length; j += CHUNK) await db.insert(selfAssessmentRating).values(ratings.slice(j, j + CHUNK)).onConflictDoNothing();
      }
    }
  }
  // Feedback from the trainees at each session that has taken place (not from those recorded absent or excused).
  const attended = await db
    .select({ sessionId: trainingSession.id, enrolmentId: enrolment.id, language: territory.languages })
    .from(trainingSession)
    .innerJoin(enrolment, eq(enrolment.cohortId, trainingSession.cohortId))
    .innerJoin(cohort, eq(cohort.id, trainingSession.cohortId))
    .innerJoin(territory, eq(territory.id, trainingSession.territoryId))
    .leftJoin(attendance, and(eq(attendance.sessionId, trainingSession.id), eq(attendance.enrolmentId, enrolment.id)))
    .where(
      and(
        eq(territory.programmeId, args.programmeId),
        eq(cohort.kind, "staff"),
        lt(trainingSession.endsAt, new Date()),
        or(isNull(attendance.status), eq(attendance.status, "present")),
      ),
    );
  const feedback = attended.map((a) => {
    const h = hashOf(`${a.sessionId}:${a.enrolmentId}`);
    const comments = COMMENTS[a.language[0]] ?? COMMENTS.en;
    return { sessionId: a.sessionId, enrolmentId: a.enrolmentId, rating: [3, 4, 4, 5, 5, 4][h % 6], comment: h % 3 === 0 ? comments[(h >>> 4) % comments.length] : "" };
  });
  for (let j = 0; j < feedback.length; j += CHUNK) await db.insert(sessionFeedback).values(feedback.slice(j, j + CHUNK)).onConflictDoNothing();
}

/** Plausible submission dates: the first day, the middle, the last day of the cohort (never in the future). */
function submittedOn(c: CohortDates, phase: AssessmentPhase): Date {
  const start = Date.parse(`${c.startsOn}T09:00:00Z`);
  const end = Date.parse(`${c.endsOn}T09:00:00Z`);
  const at = phase === "pre" ? start : phase === "post" ? end : (start + end) / 2;
  return new Date(Math.min(at, Date.now()));
}
