import { describe, expect, it } from "vitest";
import { stageDueOn, stageProgress, type StageFacts } from "./progress";

const none: StageFacts = { done: false, started: false };
const facts = { needs_review: { done: true, started: true }, co_design: { done: false, started: true }, toolkit: none, training: none };
const phases = [
  { kind: "needs_review" as const, endsOn: "2021-06-30" },
  { kind: "focus_groups" as const, endsOn: "2021-07-15" },
  { kind: "co_design" as const, endsOn: "2021-10-31" },
  { kind: "capacity_building" as const, endsOn: "2022-10-31" },
];

describe("stageProgress", () => {
  it("takes the last day of a stage's phases as its due day, none without such a phase", () => {
    expect(stageDueOn("needs_review", phases)).toBe("2021-07-15");
    expect(stageDueOn("training", [])).toBeNull();
  });

  it("is late only once the due day has passed and the stage is not done", () => {
    const before = stageProgress(facts, phases, "2021-10-31");
    expect(before.map((s) => [s.stage, s.state, s.late])).toEqual([
      ["needs_review", "done", false],
      ["co_design", "under_way", false],
      ["toolkit", "not_started", false],
      ["training", "not_started", false],
      ["strategy", "not_available", false],
      ["piloting", "not_available", false],
      ["manifesto", "not_available", false],
    ]);
    const after = stageProgress(facts, phases, "2021-11-01");
    expect(after.filter((s) => s.late).map((s) => s.stage)).toEqual(["co_design", "toolkit"]);
    expect(stageProgress(facts, [], "2030-01-01").some((s) => s.late)).toBe(false);
  });
});
