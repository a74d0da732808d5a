import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

const FALLBACK = "/en/start";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNextPath("/de/t/offenbach/members?page=2", FALLBACK)).toBe("/de/t/offenbach/members?page=2");
  });

  it("refuses anything that could leave the site", () => {
    for (const next of ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "javascript:alert(1)", "evil.example"]) {
      expect(safeNextPath(next, FALLBACK), JSON.stringify(next)).toBe(FALLBACK);
    }
  });

  it("falls back when there is no usable value", () => {
    expect(safeNextPath(undefined, FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath("", FALLBACK)).toBe(FALLBACK);
    expect(safeNextPath(42, FALLBACK)).toBe(FALLBACK);
  });
});
