import { Link } from "@/lib/i18n/navigation";
import type { MeetingCoverage } from "@/lib/data/charts";
import { formatMonth } from "@/lib/domain/dates";
import { shortMeetingName } from "@/lib/domain/matrix-cell";
import type { MeetingKind } from "@/lib/domain/status";
import { MatrixCellView, StatusLegend } from "./matrix-cell";
import { ChartWithTable } from "./chart-with-table";
import { HeatMap, type HeatMapRow } from "./charts/heat-map";

type Meeting = { id: string; date: string; kind: MeetingKind; ordinal: number | null };

// The pledge x meeting heat map of one dialogue (one page of pledges), with the matrix as its table.
export function HeatMapPanel({
  dialogueName,
  meetings,
  rows,
  coverage,
  total,
  pagination,
}: {
  dialogueName: string;
  meetings: Meeting[];
  rows: HeatMapRow[];
  coverage: MeetingCoverage[];
  total: number;
  pagination: React.ReactNode;
}) {
  const reporting = coverage.filter((c) => c.earlier > 0);
  const summary =
    rows.length === 0
      ? "No pledges match these filters."
      : `${total} pledges × ${meetings.length} meetings of ${dialogueName}. ` +
        reporting
          .map((c) => `${formatMonth(c.date)}: reported on ${c.reported} of ${c.earlier} earlier pledges`)
          .join("; ") +
        (reporting.length ? "." : "");
  const columns = meetings.map((m) => ({ id: m.id, label: shortMeetingName(m), sublabel: formatMonth(m.date) }));
  return (
    <ChartWithTable
      title="Pledge × meeting heat map"
      summary={summary}
      chart={
        <>
          <StatusLegend extra={<li className="muted">Outlined: the meeting that made the pledge</li>} />
          <div className="table-scroll sticky-grid" tabIndex={0} role="region" aria-label="The heat map (scrolls)">
            <HeatMap
              title={`Status of each pledge as of each meeting of ${dialogueName}`}
              columns={columns}
              rows={rows}
            />
          </div>
          {pagination}
        </>
      }
      table={
        <>
          <table className="matrix">
            <caption className="sr-only">Status of each pledge as of each meeting of {dialogueName}</caption>
            <thead>
              <tr>
                <th scope="col">Pledge</th>
                {columns.map((c) => (
                  <th scope="col" key={c.id}>
                    {c.label}
                    <div className="muted small">{c.sublabel}</div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <Link href={`/pledges/${r.id}`}>{r.title}</Link>
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={columns[i]?.id ?? i}>
                      <MatrixCellView cell={c} pledge={r.title} meeting={columns[i]?.label ?? ""} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {pagination}
        </>
      }
    />
  );
}
