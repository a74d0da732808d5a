import { describe, expect, it } from "vitest";
import { gainOf, isShownGroup, MIN_GROUP_SIZE, progressRows, suppressSmall } from "./stats";

describe("self-assessment arithmetic", () => {
  it("computes a gain only from both answers, negative when she rates herself lower after", () => {
    expect(gainOf(1, 3)).toBe(2);
    expect(gainOf(2, 1)).toBe(-1);
    expect(gainOf(0, 0)).toBe(0);
    expect(gainOf(null, 3)).toBeNull();
    expect(gainOf(2, undefined)).toBeNull();
  });

  it("hides groups under five and shows five or more", () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    expect([0, 1, 4, 5, 6].map(isShownGroup)).toEqual([false, false, false, true, true]);
    expect(suppressSmall(4, { mean: 2 })).toEqual({ shown: false, n: 4 });
    expect(suppressSmall(5, { mean: 2 })).toEqual({ shown: true, n: 5, value: { mean: 2 } });
  });

  it("lays out her progress per competence in the framework's order, gaps as null", () => {
    const rows = progressRows(
      ["a", "b", "c"],
      [
        { competenceId: "b", phase: "pre", level: 1 },
        { competenceId: "b", phase: "post", level: 3 },
        { competenceId: "a", phase: "pre", level: 2 },
        { competenceId: "a", phase: "mid", level: 2 },
        { competenceId: "x", phase: "pre", level: 0 },
      ],
    );
    expect(rows).toEqual([
      { competenceId: "a", pre: 2, mid: 2, post: null, gain: null },
      { competenceId: "b", pre: 1, mid: null, post: 3, gain: 2 },
      { competenceId: "c", pre: null, mid: null, post: null, gain: null },
    ]);
  });
});
