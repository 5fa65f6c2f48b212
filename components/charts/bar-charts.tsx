import { valueTicks } from "@/lib/domain/chart-scale";

// Bar charts drawn on the server (SVG inside a little HTML for the labels), so a page with
// charts ships no charting library: they print, scale with the page and need no script.
// Each chart is one image with an accessible name; its panel gives the summary and the table.

export type BarSeries = { key: string; name: string; fill: string };
export type BarRow = { label: string; values: Record<string, number> };

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
const ROW_H = 34;
const COLUMN_H = 260;

function Legend({ series }: { series: BarSeries[] }) {
  return (
    <ul className="legend chart-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}>
          <span className="swatch" style={{ backgroundColor: s.fill }} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

// A row's bars: stacked end to end, or side by side in the row's height.
function Segments({ row, series, stacked, top }: { row: BarRow; series: BarSeries[]; stacked: boolean; top: number }) {
  const thickness = ROW_H - 10;
  let before = 0;
  return series.map((s, i) => {
    const value = row.values[s.key] ?? 0;
    const start = stacked ? before : 0;
    before += value;
    const size = stacked ? thickness : thickness / series.length;
    const y = (ROW_H - thickness) / 2 + (stacked ? 0 : i * size);
    if (value <= 0) return null;
    return (
      <rect
        key={s.key}
        x={pct(start / top)}
        y={y}
        width={pct(value / top)}
        height={size}
        fill={s.fill}
        stroke="#ffffff"
        strokeWidth={1}
      >
        <title>{`${row.label}, ${s.name}: ${value}`}</title>
      </rect>
    );
  });
}

// One horizontal bar per row (an area, a side), stacked by series or side by side.
export function HorizontalBarChart({
  rows,
  series,
  stacked = true,
  label,
}: {
  rows: BarRow[];
  series: BarSeries[];
  stacked?: boolean;
  label: string;
}) {
  const totals = rows.map((r) =>
    stacked
      ? series.reduce((n, s) => n + (r.values[s.key] ?? 0), 0)
      : Math.max(0, ...series.map((s) => r.values[s.key] ?? 0)),
  );
  const ticks = valueTicks(Math.max(0, ...totals));
  const top = ticks.at(-1)!;
  return (
    <div className="bar-chart">
      <div role="img" aria-label={label}>
        {rows.map((r) => (
          <div className="bar-row" key={r.label}>
            <span className="bar-label">{r.label}</span>
            <svg className="bar-track" width="100%" height={ROW_H}>
              {ticks.map((t) => (
                <line key={t} x1={pct(t / top)} x2={pct(t / top)} y1={0} y2={ROW_H} className="grid-line" />
              ))}
              <Segments row={r} series={series} stacked={stacked} top={top} />
            </svg>
          </div>
        ))}
        <div className="bar-row bar-axis" aria-hidden="true">
          <span />
          <span className="axis-ticks">
            {ticks.map((t) => (
              <span key={t} style={{ left: pct(t / top) }}>
                {t}
              </span>
            ))}
          </span>
        </div>
      </div>
      <Legend series={series} />
    </div>
  );
}

// One stacked column per row (a meeting), read left to right.
export function ColumnChart({ rows, series, label }: { rows: BarRow[]; series: BarSeries[]; label: string }) {
  const totals = rows.map((r) => series.reduce((n, s) => n + (r.values[s.key] ?? 0), 0));
  const ticks = valueTicks(Math.max(0, ...totals));
  const top = ticks.at(-1)!;
  const band = 1 / Math.max(1, rows.length);
  const y = (v: number) => COLUMN_H - (v / top) * COLUMN_H;
  return (
    <div className="column-chart">
      <div role="img" aria-label={label}>
        <div className="column-plot">
          <span className="axis-values" aria-hidden="true" style={{ height: COLUMN_H }}>
            {ticks.map((t) => (
              <span key={t} style={{ top: y(t) }}>
                {t}
              </span>
            ))}
          </span>
          <svg width="100%" height={COLUMN_H + 1} className="column-area">
            {ticks.map((t) => (
              <line key={t} x1="0" x2="100%" y1={y(t) + 0.5} y2={y(t) + 0.5} className="grid-line" />
            ))}
            {rows.map((r, i) => {
              let before = 0;
              return series.map((s) => {
                const value = r.values[s.key] ?? 0;
                if (value <= 0) return null;
                const from = before;
                before += value;
                return (
                  <rect
                    key={`${r.label}-${s.key}`}
                    x={pct((i + 0.2) * band)}
                    width={pct(0.6 * band)}
                    y={y(from + value)}
                    height={y(from) - y(from + value)}
                    fill={s.fill}
                    stroke="#ffffff"
                    strokeWidth={1}
                  >
                    <title>{`${r.label}, ${s.name}: ${value}`}</title>
                  </rect>
                );
              });
            })}
          </svg>
        </div>
        <div
          className="column-labels"
          aria-hidden="true"
          style={{ gridTemplateColumns: `repeat(${Math.max(1, rows.length)}, 1fr)` }}
        >
          {rows.map((r) => (
            <span key={r.label}>{r.label}</span>
          ))}
        </div>
      </div>
      <Legend series={series} />
    </div>
  );
}
