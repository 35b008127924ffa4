/**
 * Charts drawn on the server as SVG: readable without JavaScript, printable, and announced to
 * screen readers by their title and description. Each series has its own pattern as well as its
 * colour, and every bar carries its number as text, so nothing is told by colour alone. Pages
 * show the same numbers in a table beside each chart.
 */
import { useId } from "react";

/** One series of a bar chart: its name (shown in the legend) and how its bars are filled. */
export interface ChartSeries {
  readonly name: string;
  readonly fill: "solid" | "hatched" | "dotted" | "outline";
}

export interface BarChartRow {
  readonly label: string;
  /** One value per series, in the series' order; null for a figure withheld (drawn as words, no bar). */
  readonly values: readonly (number | null)[];
}

const COLOURS = ["#1d4f91", "#8a3b00", "#3f3f3f", "#0b6b3a"];
const LABEL_WIDTH = 220;
const BAR_AREA = 360;
const BAR_HEIGHT = 14;
const ROW_GAP = 12;
const LEGEND_HEIGHT = 28;
/** Longer labels are shortened to fit beside the bars; the table beside each chart gives them whole. */
const LABEL_CHARACTERS = 34;

const fitted = (label: string) =>
  label.length <= LABEL_CHARACTERS ? label : `${label.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…`;

/** A horizontal bar chart with one group of bars per row (e.g. a theme) and one bar per series. */
export function HorizontalBarChart(props: {
  readonly title: string;
  readonly description: string;
  readonly series: readonly ChartSeries[];
  readonly rows: readonly BarChartRow[];
  /** What a withheld figure is written as, e.g. "fewer than 3". */
  readonly withheld?: string;
}) {
  const { title, description, series, rows, withheld = "not shown" } = props;
  const id = useId().replace(/:/g, "");
  const max = Math.max(1, ...rows.flatMap((row) => row.values.map((value) => value ?? 0)));
  const groupHeight = series.length * BAR_HEIGHT + ROW_GAP;
  const height = LEGEND_HEIGHT + rows.length * groupHeight + 4;
  const width = LABEL_WIDTH + BAR_AREA + 40;
  return (
    <svg
      className="chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <SeriesPatterns id={id} series={series} />
      <g aria-hidden="true">
        {series.map((one, index) => (
          <g key={one.name} transform={`translate(${LABEL_WIDTH + index * 150}, 4)`}>
            <rect width="14" height="14" fill={fillOf(id, one, index)} stroke={COLOURS[index]} />
            <text x="20" y="12" fontSize="12" fill="#1a1a1a">
              {one.name}
            </text>
          </g>
        ))}
        {rows.map((row, rowIndex) => {
          const top = LEGEND_HEIGHT + rowIndex * groupHeight;
          return (
            <g key={row.label} transform={`translate(0, ${top})`}>
              <text
                x={LABEL_WIDTH - 8}
                y={(series.length * BAR_HEIGHT) / 2 + 4}
                fontSize="12"
                textAnchor="end"
                fill="#1a1a1a"
              >
                {fitted(row.label)}
              </text>
              {row.values.map((value, index) => {
                const seriesOf = series[index]!;
                const barWidth = ((value ?? 0) / max) * BAR_AREA;
                return (
                  <g key={seriesOf.name} transform={`translate(${LABEL_WIDTH}, ${index * BAR_HEIGHT})`}>
                    {value !== null && (
                      <rect
                        width={Math.max(barWidth, 1)}
                        height={BAR_HEIGHT - 2}
                        fill={fillOf(id, seriesOf, index)}
                        stroke={COLOURS[index]}
                      />
                    )}
                    <text
                      x={value === null ? 0 : barWidth + 4}
                      y={BAR_HEIGHT - 3}
                      fontSize="11"
                      fill="#1a1a1a"
                      fontStyle={value === null ? "italic" : undefined}
                    >
                      {value ?? `${seriesOf.name}: ${withheld}`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </g>
    </svg>
  );
}

function fillOf(id: string, series: ChartSeries, index: number): string {
  if (series.fill === "solid") return COLOURS[index]!;
  if (series.fill === "outline") return "#ffffff";
  return `url(#${id}-pattern-${index})`;
}

/** The hatched and dotted fills, one per series that uses one, in that series' colour. */
function SeriesPatterns({ id, series }: { readonly id: string; readonly series: readonly ChartSeries[] }) {
  return (
    <defs>
      {series.map((one, index) =>
        one.fill === "hatched" ? (
          <pattern
            key={one.name}
            id={`${id}-pattern-${index}`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={COLOURS[index]} strokeWidth="3" />
          </pattern>
        ) : one.fill === "dotted" ? (
          <pattern key={one.name} id={`${id}-pattern-${index}`} width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" fill="#ffffff" />
            <circle cx="2.5" cy="2.5" r="1.5" fill={COLOURS[index]} />
          </pattern>
        ) : null,
      )}
    </defs>
  );
}

/** One row of a change chart: a figure in the previous period and in this one. */
export interface ChangeChartRow {
  readonly label: string;
  readonly before: number;
  readonly after: number;
}

/**
 * How figures moved between two periods: per row, a hollow circle at the previous figure, a filled
 * square at this period's and a line between them, with both numbers written out ("2 → 4"). Shape
 * and text tell before from after, so nothing depends on colour.
 */
export function ChangeChart(props: {
  readonly title: string;
  readonly description: string;
  readonly rows: readonly ChangeChartRow[];
}) {
  const { title, description, rows } = props;
  const id = useId().replace(/:/g, "");
  const max = Math.max(1, ...rows.flatMap((row) => [row.before, row.after]));
  const rowHeight = BAR_HEIGHT + ROW_GAP;
  const height = LEGEND_HEIGHT + rows.length * rowHeight + 4;
  const width = LABEL_WIDTH + BAR_AREA + 70;
  const x = (value: number) => LABEL_WIDTH + 6 + (value / max) * (BAR_AREA - 12);
  return (
    <svg
      className="chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        <g transform={`translate(${LABEL_WIDTH}, 4)`}>
          <circle cx="7" cy="7" r="5" fill="#ffffff" stroke={COLOURS[2]} strokeWidth="2" />
          <text x="20" y="12" fontSize="12" fill="#1a1a1a">
            Previous period
          </text>
          <rect x="150" y="2" width="10" height="10" fill={COLOURS[0]} />
          <text x="166" y="12" fontSize="12" fill="#1a1a1a">
            This period
          </text>
        </g>
        {rows.map((row, index) => {
          const middle = LEGEND_HEIGHT + index * rowHeight + BAR_HEIGHT / 2;
          return (
            <g key={row.label}>
              <text x={LABEL_WIDTH - 8} y={middle + 4} fontSize="12" textAnchor="end" fill="#1a1a1a">
                {fitted(row.label)}
              </text>
              <line x1={LABEL_WIDTH} x2={LABEL_WIDTH + BAR_AREA} y1={middle} y2={middle} stroke="#d9d9d9" />
              <line x1={x(row.before)} x2={x(row.after)} y1={middle} y2={middle} stroke={COLOURS[2]} strokeWidth="2" />
              <circle cx={x(row.before)} cy={middle} r="5" fill="#ffffff" stroke={COLOURS[2]} strokeWidth="2" />
              <rect x={x(row.after) - 5} y={middle - 5} width="10" height="10" fill={COLOURS[0]} />
              <text x={LABEL_WIDTH + BAR_AREA + 8} y={middle + 4} fontSize="11" fill="#1a1a1a">
                {row.before} → {row.after}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
