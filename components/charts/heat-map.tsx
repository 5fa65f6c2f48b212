import { useLocale } from "next-intl";
import { presentCell } from "@/lib/domain/matrix-cell";
import { STATUS_PALETTE } from "@/lib/domain/status";
import type { MatrixCell } from "@/lib/domain/status-history";
import { useCellWords } from "@/components/matrix-cell";

export type HeatMapColumn = { id: string; label: string; sublabel: string };
// `title` in the reader's language, `lang` where it is not (lib/i18n/names.ts).
export type HeatMapRow = { id: string; title: string; lang?: string; cells: MatrixCell[] };

const CELL_W = 112;
const CELL_H = 22;
const LABEL_W = 310;
const HEAD_H = 46;
const MAX_TITLE = 44;

const clip = (s: string) => (s.length > MAX_TITLE ? `${s.slice(0, MAX_TITLE - 1)}…` : s);

// The pledge x meeting matrix drawn as a heat map: one row per pledge, one column per meeting,
// coloured by the status as of that meeting and labelled with its word; hatched where the
// meeting said nothing about it.
// Plain SVG drawn on the server, like the bar charts, so it prints and needs no script.
export function HeatMap({ columns, rows, title }: { columns: HeatMapColumn[]; rows: HeatMapRow[]; title: string }) {
  const width = LABEL_W + columns.length * CELL_W + 8;
  const height = HEAD_H + rows.length * CELL_H + 8;
  const words = useCellWords();
  // An SVG link is a plain <a>, so it carries the language itself.
  const locale = useLocale();
  return (
    <svg
      role="group"
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
            <a href={`/${locale}/pledges/${r.id}`} lang={r.lang}>
              <title>{r.title}</title>
              <text x={4} y={y + CELL_H / 2 + 4} fill="#1d4ed8">
                {clip(r.title)}
              </text>
            </a>
            {r.cells.map((cell, j) => {
              const x = LABEL_W + j * CELL_W + 2;
              const p = presentCell(cell);
              const colour = p.status ? STATUS_PALETTE[p.status].fill : "none";
              const fill = p.look === "empty" ? "#f1f4f8" : p.look === "hatched" ? "url(#heat-hatch)" : colour;
              const stroke = p.made ? "#1f2933" : p.look === "hatched" ? colour : "none";
              const textColour =
                p.look === "filled" && p.status
                  ? STATUS_PALETTE[p.status].text
                  : p.look === "empty"
                    ? "#5c6b7a"
                    : "#1f2933";
              return (
                <g key={columns[j]?.id ?? j}>
                  <rect
                    role="img"
                    x={x}
                    y={y + 2}
                    width={CELL_W - 4}
                    height={CELL_H - 4}
                    rx={3}
                    fill={fill}
                    stroke={stroke}
                    strokeWidth={stroke === "none" ? 0 : 2}
                    data-kind={cell.kind}
                  >
                    <title>{words.describe(r.title, columns[j]?.label ?? "", cell)}</title>
                  </rect>
                  {cell.kind !== "not-yet" && (
                    // The status word on the colour, so colour is never the only signal; a white
                    // halo keeps it legible over the hatching.
                    <text
                      aria-hidden="true"
                      x={x + (CELL_W - 4) / 2}
                      y={y + CELL_H / 2 + 3.5}
                      textAnchor="middle"
                      fontSize={10.5}
                      fill={textColour}
                      pointerEvents="none"
                      {...(p.look === "hatched" ? { stroke: "#ffffff", strokeWidth: 3, paintOrder: "stroke" } : {})}
                    >
                      {words.text(cell)}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
