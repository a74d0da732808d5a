import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields";

describe("changedFields", () => {
  it("names the fields that differ, treating undefined as null and arrays by content", () => {
    const before = { title: "Plan", url: null, themes: ["a", "b"], notes: "" };
    const after = { title: "Plan", url: undefined, themes: ["a", "c"], notes: "new" };
    expect(changedFields(before, after, ["title", "url", "themes", "notes"])).toEqual(["themes", "notes"]);
  });

  it("names nothing when nothing changed, and only the keys asked for", () => {
    const before = { a: ["x"], b: 1 };
    const after = { a: ["x"], b: 2 };
    expect(changedFields(before, after, ["a"])).toEqual([]);
  });
});
