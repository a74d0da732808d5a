// A horizontal grouped bar chart drawn on the server as SVG. Colours come from classes (the CSP
// forbids style attributes); the image is named by its <title> and summarised by its <desc>, and
// every page that shows one also shows its figures in a table, which is what screen readers use.
// Long labels wrap onto lines (tspans) computed by chartGeometry, so no text leaves the drawing.
import { useId } from "react";
import { type ChartInput, chartGeometry } from "~/features/assessments/chart";

export type ChartSeries = { key: string; label: string };

export function BarChart({
  title,
  description,
  input,
  series,
  formatTick,
}: {
  title: string;
  description: string;
  input: Omit<ChartInput, "series">;
  series: ChartSeries[];
  formatTick: (value: number) => string;
}) {
  const id = useId();
  const g = chartGeometry({ ...input, series: series.map((s) => s.key), formatTick });
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart__image">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {g.ticks.map((t) => (
          <g key={t.value}>
            <line x1={t.x} x2={t.x} y1={g.plot.top} y2={g.plot.bottom} className="chart__grid" />
            <text x={t.x} y={g.plot.bottom + 16} textAnchor="middle" className="chart__tick">
              {t.text}
            </text>
          </g>
        ))}
        {g.labels.map((l) => (
          <text key={l.key} textAnchor="end" dominantBaseline="middle" className="chart__label">
            {l.lines.map((line, i) => (
              <tspan key={i} x={l.x} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
        ))}
        {g.bars.map((b) => (
          <rect key={`${b.category}-${b.series}`} x={b.x} y={b.y} width={Math.max(b.width, 1.5)} height={b.height} className={`chart__bar chart__bar--${b.series}`} />
        ))}
      </svg>
      <figcaption>
        <ul className="chart__legend">
          {series.map((s) => (
            <li key={s.key}>
              <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                <rect width="12" height="12" className={`chart__bar chart__bar--${s.key}`} />
              </svg>{" "}
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
