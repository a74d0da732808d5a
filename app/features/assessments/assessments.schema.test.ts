import { describe, expect, it } from "vitest";
import { assessmentSchema, COMMENT_MAX, feedbackSchema, levelField, parsePhase } from "./assessments.schema";

describe("assessment and feedback forms", () => {
  const ids = ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"];

  it("requires a level 0–3 for every competence and returns them by competence", () => {
    const ok = assessmentSchema(ids).safeParse({ [levelField(ids[0])]: "0", [levelField(ids[1])]: "3", other: "x" });
    expect(ok.success && [...ok.data]).toEqual([
      [ids[0], 0],
      [ids[1], 3],
    ]);
    const missing = assessmentSchema(ids).safeParse({ [levelField(ids[0])]: "4" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      [levelField(ids[0]), "assessments.errors.levelRequired"],
      [levelField(ids[1]), "assessments.errors.levelRequired"],
    ]);
  });

  it("takes a rating 1–5 and an optional comment of at most 2,000 characters", () => {
    expect(feedbackSchema.parse({ rating: "5", comment: "  Useful.  " })).toEqual({ rating: 5, comment: "Useful." });
    expect(feedbackSchema.parse({ rating: "1" })).toEqual({ rating: 1, comment: "" });
    expect(feedbackSchema.safeParse({ rating: "0", comment: "" }).error?.issues[0].message).toBe("assessments.errors.ratingRequired");
    expect(feedbackSchema.safeParse({ rating: "3", comment: "x".repeat(COMMENT_MAX + 1) }).error?.issues[0].message).toBe("assessments.errors.commentTooLong");
    expect(feedbackSchema.safeParse({ rating: "3", comment: "x".repeat(COMMENT_MAX) }).success).toBe(true);
  });

  it("knows the three phases only", () => {
    expect(["pre", "mid", "post", "after", undefined].map(parsePhase)).toEqual(["pre", "mid", "post", null, null]);
  });
});
