// Geometry of the horizontal grouped bar charts (one group of bars per competence or module, one
// bar per series such as before/after). Pure numbers: the component draws them as SVG with
// attributes only (the CSP forbids style attributes), and the same figures are in a table beside it.
import { scaleBand, scaleLinear } from "d3-scale";

export type ChartInput = {
  categories: { key: string; label: string }[];
  series: string[];
  /** values[category key][series] – null draws no bar (no answer, or a hidden group). */
  values: Record<string, Record<string, number | null>>;
  domain: [number, number];
  ticks?: number[];
};

export type ChartBar = { category: string; series: string; value: number; x: number; y: number; width: number; height: number };
export type ChartGeometry = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: ChartBar[];
  ticks: { value: number; x: number }[];
  labels: { key: string; text: string; y: number }[];
};

export const CHART_WIDTH = 640;
const LABEL_WIDTH = 230;
const BAR_HEIGHT = 14;
const GROUP_GAP = 12;
const TOP = 8;
const AXIS_HEIGHT = 24;
const RIGHT = 48;
const LABEL_CHARACTERS = 34;

/** A label that fits the label column; the full text is in the table and the group's <title>. */
export function shortLabel(text: string, max = LABEL_CHARACTERS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function chartGeometry(input: ChartInput): ChartGeometry {
  const groupHeight = input.series.length * BAR_HEIGHT + GROUP_GAP;
  const plotHeight = Math.max(1, input.categories.length) * groupHeight;
  const plot = { left: LABEL_WIDTH, top: TOP, right: CHART_WIDTH - RIGHT, bottom: TOP + plotHeight };
  const x = scaleLinear().domain(input.domain).range([plot.left, plot.right]);
  const y = scaleBand<string>()
    .domain(input.categories.map((c) => c.key))
    .range([plot.top, plot.bottom])
    .paddingInner(GROUP_GAP / groupHeight);
  const inner = scaleBand<string>().domain(input.series).range([0, y.bandwidth()]);
  const zero = x(Math.max(input.domain[0], Math.min(0, input.domain[1])));
  const bars: ChartBar[] = [];
  for (const c of input.categories) {
    for (const s of input.series) {
      const value = input.values[c.key]?.[s];
      if (value === null || value === undefined) continue;
      const end = x(value);
      bars.push({
        category: c.key,
        series: s,
        value,
        x: round(Math.min(zero, end)),
        y: round((y(c.key) ?? 0) + (inner(s) ?? 0)),
        width: round(Math.abs(end - zero)),
        height: round(inner.bandwidth()),
      });
    }
  }
  const tickValues = input.ticks ?? x.ticks(5);
  return {
    width: CHART_WIDTH,
    height: plot.bottom + AXIS_HEIGHT,
    plot,
    bars,
    ticks: tickValues.map((value) => ({ value, x: round(x(value)) })),
    labels: input.categories.map((c) => ({ key: c.key, text: shortLabel(c.label), y: round((y(c.key) ?? 0) + y.bandwidth() / 2) })),
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
