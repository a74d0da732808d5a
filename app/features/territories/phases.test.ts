import { describe, expect, it } from "vitest";
import { DEMO_PHASES } from "~/demo/demo-data";
import { currentPhase, type Phase, todayIso } from "./phases";

const kindOn = (day: string, phases: Phase[] = DEMO_PHASES) => {
  const status = currentPhase(phases, day);
  return status.kind === "phase" ? status.phase.kind : status.kind;
};

describe("currentPhase on the ECCIPA timeline", () => {
  it("says when there is no timeline, or it has not started, or it is over", () => {
    expect(kindOn("2021-05-01", [])).toBe("no_timeline");
    expect(kindOn("2020-12-15")).toBe("not_started");
    expect(kindOn("2023-06-01")).toBe("completed");
  });

  it("includes the first and the last day of a phase", () => {
    expect(kindOn("2021-03-01")).toBe("needs_review");
    expect(kindOn("2021-02-28")).toBe("not_started");
  });

  it("reports the latest-starting of overlapping phases", () => {
    expect(kindOn("2021-06-25")).toBe("piloting"); // needs review and piloting overlap
    expect(kindOn("2023-05-31")).toBe("dissemination"); // manifesto and dissemination end together
  });

  it("between two phases, reports the one that ended last", () => {
    const phases: Phase[] = [
      { kind: "needs_review", startsOn: "2021-01-01", endsOn: "2021-01-31" },
      { kind: "co_design", startsOn: "2021-03-01", endsOn: "2021-03-31" },
    ];
    expect(kindOn("2021-02-15", phases)).toBe("needs_review");
  });
});

describe("todayIso", () => {
  it("gives the UTC calendar day", () => {
    expect(todayIso(new Date("2024-02-29T23:59:59Z"))).toBe("2024-02-29");
  });
});
