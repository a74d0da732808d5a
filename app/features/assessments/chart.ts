// Geometry of the horizontal grouped bar charts (one group of bars per competence or module, one
// bar per series such as before/after). Pure numbers: the component draws them as SVG with
// attributes only (the CSP forbids style attributes), and the same figures are in a table beside it.
//
// Text must stay inside the drawing (decision 028): a category's label wraps onto as many lines as
// it needs within the label column (its band grows to hold them), and the right margin is as wide
// as half the longest tick label, so the last level's name is not cut off. Widths are estimated
// per character, on the safe side (TEXT_CHAR_WIDTH, for the 12-unit font of .chart__label).
import { scaleLinear } from "d3-scale";

export type ChartInput = {
  categories: { key: string; label: string }[];
  series: string[];
  /** values[category key][series] – null draws no bar (no answer, or a hidden group). */
  values: Record<string, Record<string, number | null>>;
  domain: [number, number];
  ticks?: number[];
  /** The text under each tick (a level's name, a number); defaults to the number. */
  formatTick?: (value: number) => string;
};

export type ChartBar = { category: string; series: string; value: number; x: number; y: number; width: number; height: number };
export type ChartGeometry = {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: ChartBar[];
  ticks: { value: number; x: number; text: string }[];
  /** A category's label as lines (tspans), each with its baseline-centre y; anchored at the end, at x. */
  labels: { key: string; x: number; lines: { text: string; y: number }[] }[];
};

export const CHART_WIDTH = 640;
/** A safe estimate of one character's width in the chart's 12-unit font (wider than the average letter). */
export const TEXT_CHAR_WIDTH = 7.8;
const LABEL_WIDTH = 230;
const LABEL_GAP = 8;
const LINE_HEIGHT = 14;
const BAR_HEIGHT = 14;
const GROUP_GAP = 12;
const TOP = 8;
const AXIS_HEIGHT = 24;
const MIN_RIGHT = 16;
const EDGE = 4;

/** The estimated width of a text in the chart's font. */
export function textWidth(text: string): number {
  return [...text].length * TEXT_CHAR_WIDTH;
}

/** Words on lines of at most `max` characters; a word longer than a line is cut across lines. */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    let rest = [...word];
    while (rest.length > max) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, max).join(""));
      line = "";
      rest = rest.slice(max);
    }
    const piece = rest.join("");
    if (!piece) continue;
    if (!line) line = piece;
    else if ([...line].length + 1 + rest.length <= max) line = `${line} ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

export function chartGeometry(input: ChartInput): ChartGeometry {
  const labelX = LABEL_WIDTH - LABEL_GAP;
  const maxChars = Math.max(1, Math.floor((labelX - EDGE) / TEXT_CHAR_WIDTH));
  const wrapped = input.categories.map((c) => ({ key: c.key, lines: wrapLabel(c.label, maxChars) }));
  const tickValues = input.ticks ?? scaleLinear().domain(input.domain).ticks(5);
  const tickText = tickValues.map((v) => (input.formatTick ? input.formatTick(v) : String(v)));
  // Room on the right for half of the widest tick label (centred on its tick).
  const right = Math.max(MIN_RIGHT, Math.ceil(Math.max(0, ...tickText.map(textWidth)) / 2) + EDGE);
  const plotLeft = LABEL_WIDTH;
  const plotRight = CHART_WIDTH - right;
  const x = scaleLinear().domain(input.domain).range([plotLeft, plotRight]);
  const barsHeight = input.series.length * BAR_HEIGHT;

  const bars: ChartBar[] = [];
  const labels: ChartGeometry["labels"] = [];
  const zero = x(Math.max(input.domain[0], Math.min(0, input.domain[1])));
  let y = TOP;
  for (const [index, c] of input.categories.entries()) {
    const lines = wrapped[index].lines;
    const band = Math.max(barsHeight, lines.length * LINE_HEIGHT);
    const barsTop = y + (band - barsHeight) / 2;
    for (const [s, series] of input.series.entries()) {
      const value = input.values[c.key]?.[series];
      if (value === null || value === undefined) continue;
      const end = x(value);
      bars.push({ category: c.key, series, value, x: round(Math.min(zero, end)), y: round(barsTop + s * BAR_HEIGHT), width: round(Math.abs(end - zero)), height: BAR_HEIGHT });
    }
    const firstLine = y + band / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2;
    labels.push({ key: c.key, x: labelX, lines: lines.map((text, i) => ({ text, y: round(firstLine + i * LINE_HEIGHT) })) });
    y += band + GROUP_GAP;
  }
  const plotBottom = input.categories.length ? y - GROUP_GAP : TOP + barsHeight;
  return {
    width: CHART_WIDTH,
    height: round(plotBottom + AXIS_HEIGHT),
    plot: { left: plotLeft, top: TOP, right: plotRight, bottom: round(plotBottom) },
    bars,
    ticks: tickValues.map((value, i) => ({ value, x: round(x(value)), text: tickText[i] })),
    labels,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
