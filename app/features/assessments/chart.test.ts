import { describe, expect, it } from "vitest";
import { DEFAULT_FRAMEWORK } from "~/features/competences/default-framework";
import { CATALOGS } from "~/i18n/catalogs.server";
import { LANGUAGES } from "~/i18n/languages";
import { CHART_WIDTH, type ChartGeometry, chartGeometry, wrapLabel } from "./chart";

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

/** An estimate of a 12px sans-serif character's width that errs on the wide side (about 0.65 em), independent of the chart's own. */
const SAFE_CHAR = 7.8;
const { en, de, it: it_, es } = CATALOGS;
const LEVELS = { en: en.assessments.levels, de: de.assessments.levels, it: it_.assessments.levels, es: es.assessments.levels };

/** Every text's estimated box, checked against the viewBox: labels end-anchored, ticks centred. */
function textOutside(g: ChartGeometry): string[] {
  const out: string[] = [];
  for (const l of g.labels) {
    for (const line of l.lines) {
      const left = l.x - [...line.text].length * SAFE_CHAR;
      if (left < 0 || l.x > g.width || line.y - 7 < 0 || line.y + 7 > g.height) out.push(`label "${line.text}" at ${left}..${l.x}, y ${line.y}`);
      if (l.x > g.plot.left) out.push(`label "${line.text}" runs into the plot`);
    }
  }
  const tickY = g.plot.bottom + 16;
  for (const t of g.ticks) {
    const half = ([...t.text].length * SAFE_CHAR) / 2;
    if (t.x - half < 0 || t.x + half > g.width || tickY > g.height) out.push(`tick "${t.text}" at ${t.x - half}..${t.x + half}`);
  }
  return out;
}

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

  it("wraps a label by words onto lines of the given length, cutting only a word longer than a line", () => {
    expect(wrapLabel("Recognising and countering discrimination", 20)).toEqual(["Recognising and", "countering", "discrimination"]);
    expect(wrapLabel("Kommunikationsfähigkeit", 10)).toEqual(["Kommunikat", "ionsfähigk", "eit"]);
    expect(wrapLabel("short", 20)).toEqual(["short"]);
    // Nothing is lost: the lines hold every character of the label, in order.
    const text = "Umgang mit Diskriminierung und Rassismus in der öffentlichen Verwaltung";
    const lines = wrapLabel(text, 12);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
    expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });

  it("keeps every text inside the drawing with the longest competence names and level names of all four languages", () => {
    for (const lang of LANGUAGES) {
      const names = DEFAULT_FRAMEWORK.map((c) => c.name[lang]).filter((n): n is string => Boolean(n));
      expect(names.length, lang).toBeGreaterThan(0);
      const longest = [...names].sort((a, b) => b.length - a.length).slice(0, 3);
      const categories = [...longest, "Ein-ausgesprochen-langes-zusammengesetztes-Wort-ohne-Leerzeichen-Kompetenz"].map((label, i) => ({ key: `c${i}`, label }));
      const levels = LEVELS[lang] as Record<string, string>;
      const g = chartGeometry({
        categories,
        series: ["pre", "mid", "post"],
        values: Object.fromEntries(categories.map((c) => [c.key, { pre: 0, mid: 1.5, post: 3 }])),
        domain: [0, 3],
        ticks: [0, 1, 2, 3],
        formatTick: (v) => levels[String(v)],
      });
      expect(textOutside(g), lang).toEqual([]);
      // Every word of each name is drawn.
      const bare = (text: string) => text.replace(/\s/g, "");
      for (const [i, c] of categories.entries()) expect(bare(g.labels[i].lines.map((l) => l.text).join("")), lang).toBe(bare(c.label));
      // Lines of one label do not overlap the next label's.
      for (let i = 1; i < g.labels.length; i++) expect(g.labels[i].lines[0].y - g.labels[i - 1].lines.at(-1)!.y).toBeGreaterThanOrEqual(14);
    }
  });
});
