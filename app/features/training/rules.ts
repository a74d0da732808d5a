// Pure rules of training delivery: when two sessions collide, how attendance is counted, and
// when a cohort may be declared completed. The domain functions and the demo seed share them.

type Span = { startsAt: Date; endsAt: Date };

/** Two sessions overlap when one starts before the other ends; back-to-back sessions do not. */
export function overlaps(a: Span, b: Span): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/**
 * A trainee's attendance rate in percent: sessions marked present among the sessions already held.
 * Excused counts as missed (the completion rule asks for presence); null before any session was held.
 */
export function attendanceRate(presentCount: number, heldCount: number): number | null {
  if (heldCount <= 0) return null;
  return Math.round((Math.min(presentCount, heldCount) / heldCount) * 1000) / 10;
}

/** Whether a rate meets the cohort's threshold (a threshold of 0 is met even with no session held). */
export function meetsThreshold(rate: number | null, thresholdPercent: number): boolean {
  if (thresholdPercent <= 0) return true;
  return rate !== null && rate >= thresholdPercent;
}

export type CompletionRefusal = "training.errors.noSessions" | "training.errors.notYetOver" | "training.errors.alreadyCompleted";

/**
 * Why a cohort cannot be declared completed now, or null when it can: it needs at least one
 * session, and its end date passed or its last session is over.
 */
export function completionRefusal(
  cohort: { endsOn: string; completedAt: Date | null },
  lastSessionEndsAt: Date | null,
  now: Date,
): CompletionRefusal | null {
  if (cohort.completedAt) return "training.errors.alreadyCompleted";
  if (!lastSessionEndsAt) return "training.errors.noSessions";
  const endDatePassed = now.getTime() >= Date.parse(`${cohort.endsOn}T23:59:59Z`);
  if (!endDatePassed && lastSessionEndsAt > now) return "training.errors.notYetOver";
  return null;
}
