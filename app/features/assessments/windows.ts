// When a trainee may self-assess. The "before" assessment stays open for the first 30 days of the
// cohort (people join late, and the first session is rarely on day one); the "after" assessment
// opens 30 days before the end (the last sessions are often a review); the optional midway one
// lies in between. Dates are calendar days (the cohort's dates carry no time zone).
import type { AssessmentPhase } from "~/db/enums";

export const WINDOW_DAYS = 30;

export type CohortDates = { startsOn: string; endsOn: string; midwayAssessment: boolean };

/** A phase's window: the first and last day it is open (null: unbounded on that side). */
export type AssessmentWindow = { opensOn: string | null; closesOn: string | null };

export type WindowState = "open" | "not-yet" | "closed";

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The phases a cohort asks for: pre and post, and mid only when the cohort has a midway assessment. */
export function phasesOf(cohort: Pick<CohortDates, "midwayAssessment">): AssessmentPhase[] {
  return cohort.midwayAssessment ? ["pre", "mid", "post"] : ["pre", "post"];
}

export function assessmentWindow(cohort: CohortDates, phase: AssessmentPhase): AssessmentWindow {
  const preCloses = addDays(cohort.startsOn, WINDOW_DAYS);
  const postOpens = addDays(cohort.endsOn, -WINDOW_DAYS);
  switch (phase) {
    case "pre":
      return { opensOn: null, closesOn: preCloses };
    case "mid":
      return { opensOn: addDays(preCloses, 1), closesOn: addDays(postOpens, -1) };
    case "post":
      return { opensOn: postOpens, closesOn: null };
  }
}

/** Whether the window is open on `today` (YYYY-MM-DD), both ends included. */
export function windowState(window: AssessmentWindow, today: string): WindowState {
  if (window.opensOn !== null && today < window.opensOn) return "not-yet";
  if (window.closesOn !== null && today > window.closesOn) return "closed";
  return "open";
}

/** Today as a calendar day (UTC), the form the cohort's dates are compared in. */
export function todayOf(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
