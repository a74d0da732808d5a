// The completion rule of a cohort (decision 018): a trainee is eligible for a certificate when
// her attendance rate reaches the cohort's threshold and, if the cohort asks for it, she has
// submitted her post self-assessment. The rate is "present" over the sessions held so far;
// an excused absence counts as an absence (the certificate attests attendance, not good reasons).

export type CompletionFacts = {
  /** Sessions of the cohort that have started by now. */
  sessionsHeld: number;
  /** Of those, the ones at which she was recorded present. */
  sessionsPresent: number;
  hasPostAssessment: boolean;
};

export type CompletionRule = { attendanceThresholdPercent: number; requirePostAssessment: boolean };

/** Why someone is not (yet) eligible: each reason is shown to the coordinator, translated. */
export type IneligibleReason =
  | { kind: "noSessionsHeld"; thresholdPercent: number }
  | { kind: "attendanceBelowThreshold"; ratePercent: number; thresholdPercent: number }
  | { kind: "postAssessmentMissing" };

export type Completion = { eligible: boolean; ratePercent: number; reasons: IneligibleReason[] };

/** Attendance in percent, rounded down to one decimal so that 74.99 % never shows as 75 %. */
export function attendanceRate(facts: Pick<CompletionFacts, "sessionsHeld" | "sessionsPresent">): number {
  if (facts.sessionsHeld <= 0) return 0;
  const present = Math.min(Math.max(facts.sessionsPresent, 0), facts.sessionsHeld);
  return Math.floor((present * 1000) / facts.sessionsHeld) / 10;
}

export function evaluateCompletion(rule: CompletionRule, facts: CompletionFacts): Completion {
  const ratePercent = attendanceRate(facts);
  const reasons: IneligibleReason[] = [];
  if (rule.attendanceThresholdPercent > 0) {
    if (facts.sessionsHeld <= 0) reasons.push({ kind: "noSessionsHeld", thresholdPercent: rule.attendanceThresholdPercent });
    else if (ratePercent < rule.attendanceThresholdPercent) {
      reasons.push({ kind: "attendanceBelowThreshold", ratePercent, thresholdPercent: rule.attendanceThresholdPercent });
    }
  }
  if (rule.requirePostAssessment && !facts.hasPostAssessment) reasons.push({ kind: "postAssessmentMissing" });
  return { eligible: reasons.length === 0, ratePercent, reasons };
}
