import { describe, expect, it } from "vitest";
import { coverageOf } from "./coverage";

const findings = [{ id: "f1" }, { id: "f2" }, { id: "f3" }];

describe("coverageOf", () => {
  it("splits needs into addressed (with their modules in Toolkit order) and not addressed", () => {
    const result = coverageOf(findings, [
      { findingId: "f1", moduleId: "m2", title: "B", position: 2 },
      { findingId: "f1", moduleId: "m1", title: "A", position: 1 },
      { findingId: "f3", moduleId: "m2", title: "B", position: 2 },
    ]);
    expect(result.addressed).toEqual([
      { id: "f1", modules: [{ id: "m1", title: "A" }, { id: "m2", title: "B" }] },
      { id: "f3", modules: [{ id: "m2", title: "B" }] },
    ]);
    expect(result.unaddressed).toEqual([{ id: "f2", modules: [] }]);
  });

  it("ignores links to findings that are not (or no longer) validated", () => {
    const result = coverageOf([{ id: "f1" }], [{ findingId: "gone", moduleId: "m1", title: "A", position: 0 }]);
    expect(result.addressed).toEqual([]);
    expect(result.unaddressed.map((f) => f.id)).toEqual(["f1"]);
  });
});
