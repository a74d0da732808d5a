import { describe, expect, it } from "vitest";
import { assessmentWindow, phasesOf, todayOf, windowState } from "./windows";

const cohort = { startsOn: "2026-01-15", endsOn: "2026-12-15", midwayAssessment: true };

describe("assessment windows", () => {
  it("opens pre until 30 days after the start, post from 30 days before the end, mid in between", () => {
    expect(assessmentWindow(cohort, "pre")).toEqual({ opensOn: null, closesOn: "2026-02-14" });
    expect(assessmentWindow(cohort, "mid")).toEqual({ opensOn: "2026-02-15", closesOn: "2026-11-14" });
    expect(assessmentWindow(cohort, "post")).toEqual({ opensOn: "2026-11-15", closesOn: null });
  });

  it("includes both ends of a window and says on which side a day falls", () => {
    const pre = assessmentWindow(cohort, "pre");
    expect(windowState(pre, "2025-06-01")).toBe("open");
    expect(windowState(pre, "2026-02-14")).toBe("open");
    expect(windowState(pre, "2026-02-15")).toBe("closed");
    const post = assessmentWindow(cohort, "post");
    expect(windowState(post, "2026-11-14")).toBe("not-yet");
    expect(windowState(post, "2026-11-15")).toBe("open");
    expect(windowState(post, "2030-01-01")).toBe("open");
    const mid = assessmentWindow(cohort, "mid");
    expect([windowState(mid, "2026-02-14"), windowState(mid, "2026-06-01"), windowState(mid, "2026-11-15")]).toEqual(["not-yet", "open", "closed"]);
  });

  it("crosses month and leap-year boundaries by calendar day", () => {
    expect(assessmentWindow({ startsOn: "2028-02-10", endsOn: "2028-03-20", midwayAssessment: false }, "pre").closesOn).toBe("2028-03-11");
    expect(assessmentWindow({ startsOn: "2028-02-10", endsOn: "2028-03-20", midwayAssessment: false }, "post").opensOn).toBe("2028-02-19");
  });

  it("asks for mid only when the cohort has a midway assessment", () => {
    expect(phasesOf({ midwayAssessment: false })).toEqual(["pre", "post"]);
    expect(phasesOf({ midwayAssessment: true })).toEqual(["pre", "mid", "post"]);
  });

  it("takes today as the UTC calendar day", () => {
    expect(todayOf(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-01");
  });
});
