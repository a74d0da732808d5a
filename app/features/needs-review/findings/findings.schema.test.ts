import { describe, expect, it } from "vitest";
import { findingSchema, focusGroupSchema, outcomeSchema } from "./findings.schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0] ?? "_form"), i.message]));

describe("the findings forms", () => {
  it("want a statement of 10 to 2000 characters, a kind, a priority and known target groups", () => {
    expect(messages(findingSchema.safeParse({ kind: "need", statement: " Too short ", priority: "high" }))).toEqual({ statement: "errors.statementTooShort" });
    expect(messages(findingSchema.safeParse({ kind: "gap", statement: "x".repeat(2001), priority: "urgent", "targetGroups[]": ["mayor"] }))).toEqual({
      kind: "errors.choose",
      statement: "errors.tooLong",
      priority: "errors.choose",
      "targetGroups[]": "errors.choose",
    });
    const ok = findingSchema.parse({ kind: "need", statement: "  Plain-language letters.  ", priority: "low" });
    expect(ok).toEqual({ kind: "need", statement: "Plain-language letters.", "targetGroups[]": [], priority: "low" });
  });

  it("want the new wording for an amended outcome only", () => {
    expect(messages(outcomeSchema.safeParse({ findingId: "x", outcome: "amended", amendedStatement: "  ", notes: "" }))).toEqual({ amendedStatement: "errors.amendedWordingRequired" });
    expect(messages(outcomeSchema.safeParse({ findingId: "x", outcome: "maybe", notes: "" }))).toEqual({ outcome: "errors.choose" });
    expect(outcomeSchema.parse({ findingId: "x", outcome: "confirmed", amendedStatement: "", notes: " n " })).toEqual({ findingId: "x", outcome: "confirmed", notes: "n" });
    expect(outcomeSchema.safeParse({ findingId: "x", outcome: "amended", amendedStatement: "A better wording of it.", notes: "" }).success).toBe(true);
  });

  it("want a focus group date that exists", () => {
    expect(messages(focusGroupSchema.safeParse({ title: "Validation", heldOn: "2021-02-30" }))).toEqual({ heldOn: "errors.date" });
    expect(focusGroupSchema.parse({ title: "Validation", heldOn: "2031-06-15" })).toEqual({ title: "Validation", heldOn: "2031-06-15", place: "", notes: "" });
  });
});
