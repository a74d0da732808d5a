import { describe, expect, it } from "vitest";
import { CHART_WIDTH, chartGeometry, shortLabel } from "./chart";

const input = {
  categories: [
    { key: "a", label: "Intercultural competence" },
    { key: "b", label: "Recognising and countering discrimination in public services" },
  ],
  series: ["pre", "post"],
  values: { a: { pre: 0, post: 3 }, b: { pre: 1.5, post: null } },
  domain: [0, 3] as [number, number],
  ticks: [0, 1, 2, 3],
};

describe("chart geometry", () => {
  it("scales bar lengths linearly from the left edge of the plot to its right edge", () => {
    const g = chartGeometry(input);
    const width = g.plot.right - g.plot.left;
    const bar = (c: string, s: string) => g.bars.find((b) => b.category === c && b.series === s);
    expect(bar("a", "post")).toMatchObject({ x: g.plot.left, width: Math.round(width * 10) / 10 });
    expect(bar("b", "pre")!.width).toBeCloseTo(width / 2, 0);
    // A zero is a bar of no length (it is still a value); a missing value draws no bar at all.
    expect(bar("a", "pre")!.width).toBe(0);
    expect(bar("b", "post")).toBeUndefined();
    expect(g.ticks.map((t) => t.x)).toEqual([g.plot.left, g.plot.left + width / 3, g.plot.left + (2 * width) / 3, g.plot.right].map((x) => Math.round(x * 10) / 10));
  });

  it("stacks the series of one category inside its band, categories top to bottom, within the drawing", () => {
    const g = chartGeometry(input);
    const [aPre, aPost, bPre] = g.bars;
    expect(aPost.y).toBeCloseTo(aPre.y + aPre.height, 1);
    expect(bPre.y).toBeGreaterThan(aPost.y + aPost.height);
    expect(g.labels.map((l) => l.key)).toEqual(["a", "b"]);
    for (const b of g.bars) {
      expect(b.x + b.width).toBeLessThanOrEqual(CHART_WIDTH);
      expect(b.y + b.height).toBeLessThanOrEqual(g.height);
    }
    expect(g.width).toBe(CHART_WIDTH);
  });

  it("shortens long labels with an ellipsis and leaves short ones", () => {
    expect(shortLabel("Intercultural competence")).toBe("Intercultural competence");
    const long = shortLabel("Recognising and countering discrimination in public services");
    expect(long.endsWith("…")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(34);
  });
});
