import type { SideProgress } from "@/lib/data/charts";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { STATUS_SERIES, statusRows } from "@/lib/domain/chart-data";
import { sideLabel } from "@/lib/domain/status";
import { ChartWithTable } from "./chart-with-table";
import { LazyBarChart } from "./charts/lazy-bar-chart";
import { StatusTable } from "./status-table";

const pct = (x: number) => `${Math.round(x * 100)}%`;

// Japan-led, partner-led and joint pledges side by side, by current status.
export function SideProgressPanel({
  rows,
  partnerCountry,
  filters,
}: {
  rows: SideProgress[];
  partnerCountry: string;
  filters: PledgeFilters;
}) {
  const labelled = rows.map((r) => ({ ...r, label: sideLabel(r.side, partnerCountry) }));
  const total = rows.reduce((n, r) => n + r.total, 0);
  const summary = total
    ? labelled
        .filter((r) => r.total > 0)
        .map(
          (r) => `${r.label}: ${r.total} ${r.total === 1 ? "pledge" : "pledges"}, ${pct(r.shareDelivered)} delivered`,
        )
        .join("; ") + "."
    : "No pledges match these filters.";
  return (
    <ChartWithTable
      title="Who undertakes the pledges"
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label: "Who undertakes the pledges: pledges by current status for each side",
            layout: "bars",
            stacked: true,
            series: STATUS_SERIES,
            totalName: "pledges",
            rows: statusRows(
              labelled,
              (r) => ({ key: r.side, label: r.label }),
              (r, status) => `/pledges${filtersToSearch({ ...filters, side: r.side, status })}`,
            ),
          }}
        />
      }
      table={
        <StatusTable
          caption="Pledges by the side that undertakes them, by current status"
          firstColumn="Undertaken by"
          rows={labelled.map((r) => ({ ...r, key: r.side }))}
        />
      }
    />
  );
}
