import { describe, expect, it } from "vitest";
import { attendanceRate, evaluateCompletion } from "./completion-rule";

const rule = { attendanceThresholdPercent: 75, requirePostAssessment: true };

describe("the completion rule", () => {
  it("makes a trainee eligible at exactly the threshold with her post assessment", () => {
    expect(evaluateCompletion(rule, { sessionsHeld: 8, sessionsPresent: 6, hasPostAssessment: true })).toEqual({ eligible: true, ratePercent: 75, reasons: [] });
  });

  it("explains a rate below the threshold, and never rounds it up to the threshold", () => {
    // 2 of 3 = 66.66…; 599 of 800 = 74.875 → 74.8, not 75.
    expect(evaluateCompletion(rule, { sessionsHeld: 3, sessionsPresent: 2, hasPostAssessment: true }).reasons).toEqual([
      { kind: "attendanceBelowThreshold", ratePercent: 66.6, thresholdPercent: 75 },
    ]);
    expect(attendanceRate({ sessionsHeld: 800, sessionsPresent: 599 })).toBe(74.8);
    expect(evaluateCompletion(rule, { sessionsHeld: 800, sessionsPresent: 599, hasPostAssessment: true }).eligible).toBe(false);
  });

  it("explains a missing post assessment, alone or with the attendance", () => {
    expect(evaluateCompletion(rule, { sessionsHeld: 4, sessionsPresent: 4, hasPostAssessment: false }).reasons).toEqual([{ kind: "postAssessmentMissing" }]);
    expect(evaluateCompletion(rule, { sessionsHeld: 4, sessionsPresent: 1, hasPostAssessment: false }).reasons.map((r) => r.kind)).toEqual([
      "attendanceBelowThreshold",
      "postAssessmentMissing",
    ]);
  });

  it("does not ask for the post assessment when the cohort does not require it", () => {
    expect(evaluateCompletion({ ...rule, requirePostAssessment: false }, { sessionsHeld: 4, sessionsPresent: 3, hasPostAssessment: false }).eligible).toBe(true);
  });

  it("refuses everyone before any session was held, unless the cohort asks for no attendance", () => {
    expect(evaluateCompletion(rule, { sessionsHeld: 0, sessionsPresent: 0, hasPostAssessment: true }).reasons).toEqual([{ kind: "noSessionsHeld", thresholdPercent: 75 }]);
    expect(evaluateCompletion({ attendanceThresholdPercent: 0, requirePostAssessment: false }, { sessionsHeld: 0, sessionsPresent: 0, hasPostAssessment: false }).eligible).toBe(true);
  });

  it("never counts more presences than sessions held", () => {
    expect(attendanceRate({ sessionsHeld: 2, sessionsPresent: 5 })).toBe(100);
  });
});
