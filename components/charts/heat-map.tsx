import { STATUS_COLOURS, STATUS_LABELS } from "@/lib/domain/status";
import type { MatrixCell } from "@/lib/domain/status-history";

export type HeatMapColumn = { id: string; label: string; sublabel: string };
export type HeatMapRow = { id: string; title: string; cells: MatrixCell[] };

const CELL_W = 112;
const CELL_H = 22;
const LABEL_W = 310;
const HEAD_H = 46;
const MAX_TITLE = 44;

const clip = (s: string) => (s.length > MAX_TITLE ? `${s.slice(0, MAX_TITLE - 1)}…` : s);

function describe(cell: MatrixCell): string {
  switch (cell.kind) {
    case "not-yet":
      return "not yet pledged";
    case "made":
      return `pledged at this meeting (${STATUS_LABELS[cell.status]})`;
    case "reported":
      return `reported: ${STATUS_LABELS[cell.status]}`;
    case "no-report":
      return `no report; still ${STATUS_LABELS[cell.status]}`;
  }
}

// The pledge x meeting matrix drawn as a heat map: one row per pledge, one column per meeting,
// coloured by the status as of that meeting; hatched where the meeting said nothing about it.
// Plain SVG drawn on the server (recharts has no heat map), so it prints and needs no script.
export function HeatMap({ columns, rows, title }: { columns: HeatMapColumn[]; rows: HeatMapRow[]; title: string }) {
  const width = LABEL_W + columns.length * CELL_W + 8;
  const height = HEAD_H + rows.length * CELL_H + 8;
  return (
    <svg
      role="img"
      aria-label={title}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      style={{ maxWidth: "100%", height: "auto", fontSize: 11 }}
      data-testid="heat-map"
    >
      <defs>
        <pattern id="heat-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8a96a3" strokeWidth="2" />
        </pattern>
      </defs>
      {columns.map((c, j) => (
        <g key={c.id} transform={`translate(${LABEL_W + j * CELL_W + CELL_W / 2}, 0)`}>
          <text y={18} textAnchor="middle" fontWeight={600} fill="#1f2933">
            {c.label}
          </text>
          <text y={34} textAnchor="middle" fill="#5c6b7a">
            {c.sublabel}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = HEAD_H + i * CELL_H;
        return (
          <g key={r.id}>
            <a href={`/pledges/${r.id}`}>
              <title>{r.title}</title>
              <text x={4} y={y + CELL_H / 2 + 4} fill="#1d4ed8">
                {clip(r.title)}
              </text>
            </a>
            {r.cells.map((cell, j) => {
              const x = LABEL_W + j * CELL_W + 2;
              const fill =
                cell.kind === "not-yet" ? "#f1f4f8" : cell.kind === "no-report" ? "url(#heat-hatch)" : STATUS_COLOURS[cell.status];
              return (
                <rect
                  key={columns[j]?.id ?? j}
                  x={x}
                  y={y + 2}
                  width={CELL_W - 4}
                  height={CELL_H - 4}
                  rx={3}
                  fill={fill}
                  stroke={cell.kind === "made" ? "#1f2933" : cell.kind === "no-report" ? STATUS_COLOURS[cell.status] : "none"}
                  strokeWidth={cell.kind === "made" || cell.kind === "no-report" ? 2 : 0}
                  data-kind={cell.kind}
                >
                  <title>{`${r.title} — ${columns[j]?.label ?? ""} ${columns[j]?.sublabel ?? ""}: ${describe(cell)}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
