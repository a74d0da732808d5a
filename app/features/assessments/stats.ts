// The arithmetic of self-assessments: a trainee's gain per competence, and the rule that keeps
// cohort figures from pointing at a person. Levels run from 0 ("not yet") to 3 ("advanced").
import type { AssessmentPhase } from "~/db/enums";

export const MIN_LEVEL = 0;
export const MAX_LEVEL = 3;
export const LEVELS = [0, 1, 2, 3] as const;

/**
 * Groups under five people are never shown (decision 017): a mean over two or three colleagues
 * lets a reader who knows the group work out what each of them answered. Counts of responses are
 * shown; the levels behind them are not.
 */
export const MIN_GROUP_SIZE = 5;

export function isShownGroup(n: number): boolean {
  return n >= MIN_GROUP_SIZE;
}

/** After minus before, or null when either is missing (no gain without both answers). */
export function gainOf(pre: number | null | undefined, post: number | null | undefined): number | null {
  return pre === null || pre === undefined || post === null || post === undefined ? null : post - pre;
}

export type PhaseLevels = Partial<Record<AssessmentPhase, number>>;
export type ProgressRow = { competenceId: string; pre: number | null; mid: number | null; post: number | null; gain: number | null };

/** One row per competence, in the given order, from the trainee's ratings of each phase. */
export function progressRows(competenceIds: string[], ratings: { competenceId: string; phase: AssessmentPhase; level: number }[]): ProgressRow[] {
  const byCompetence = new Map<string, PhaseLevels>();
  for (const r of ratings) {
    const levels = byCompetence.get(r.competenceId) ?? {};
    levels[r.phase] = r.level;
    byCompetence.set(r.competenceId, levels);
  }
  return competenceIds.map((competenceId) => {
    const l = byCompetence.get(competenceId) ?? {};
    return { competenceId, pre: l.pre ?? null, mid: l.mid ?? null, post: l.post ?? null, gain: gainOf(l.pre, l.post) };
  });
}

/** An aggregate as the page may show it: the figures when the group is large enough, else only that it is hidden. */
export type Suppressed<T> = { shown: true; n: number; value: T } | { shown: false; n: number };

export function suppressSmall<T>(n: number, value: T): Suppressed<T> {
  return isShownGroup(n) ? { shown: true, n, value } : { shown: false, n };
}
