import { describe, expect, it } from "vitest";
import { checkVotes } from "./votes";

const table = { contributionIds: ["a", "b", "c"], votesPerParticipant: 5 };

describe("checkVotes", () => {
  it("keeps the points given, drops zeros, and totals them", () => {
    expect(checkVotes({ contributionIds: ["a", "b", "c"], points: [3, 0, 2] }, table)).toEqual({
      ok: true,
      votes: [
        { contributionId: "a", points: 3 },
        { contributionId: "c", points: 2 },
      ],
      total: 5,
    });
  });

  it("refuses a total above the round table's points per participant", () => {
    expect(checkVotes({ contributionIds: ["a", "b"], points: [3, 3] }, table)).toEqual({ ok: false, error: "coDesign.errors.votesOverLimit" });
  });

  it("refuses a contribution of another round table", () => {
    expect(checkVotes({ contributionIds: ["a", "x"], points: [1, 1] }, table)).toEqual({ ok: false, error: "coDesign.errors.contributionUnknown" });
  });

  it("counts a contribution named twice once, with its last value", () => {
    expect(checkVotes({ contributionIds: ["a", "a"], points: [5, 4] }, table)).toMatchObject({ ok: true, total: 4 });
  });

  it("accepts giving no points at all (a participant who abstains)", () => {
    expect(checkVotes({ contributionIds: ["a"], points: [0] }, table)).toEqual({ ok: true, votes: [], total: 0 });
  });
});
