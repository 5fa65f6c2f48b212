import { Link } from "@/lib/i18n/navigation";
import type { AreaProgress } from "@/lib/data/progress";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { STATUS_SERIES, statusRows } from "@/lib/domain/chart-data";
import { ChartWithTable } from "./chart-with-table";
import { LazyBarChart } from "./charts/lazy-bar-chart";
import { StatusTable } from "./status-table";

const pct = (x: number) => `${Math.round(x * 100)}%`;

// Progress by cooperation area: stacked bars by current status, with the table and a summary.
// A bar opens the pledge list of its area (a segment: of its status too) under `filters`.
export function AreaProgressPanel({
  rows,
  filters,
  title = "Progress by cooperation area",
}: {
  rows: AreaProgress[];
  filters: PledgeFilters;
  title?: string;
}) {
  const withPledges = rows.filter((r) => r.total > 0);
  const busiest = [...withPledges].sort((a, b) => b.total - a.total)[0];
  const total = withPledges.reduce((n, r) => n + r.total, 0);
  const delivered = withPledges.reduce((n, r) => n + r.delivered, 0);
  const summary = busiest
    ? `${total} pledges in ${withPledges.length} areas; ${delivered} delivered (${pct(total ? delivered / total : 0)}). ` +
      `${busiest.area} has the most pledges (${busiest.total}, ${busiest.delivered} delivered).`
    : "No pledges match these filters.";
  const label = `${title}: pledges by current status in each area`;
  return (
    <ChartWithTable
      title={title}
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label,
            layout: "bars",
            stacked: true,
            series: STATUS_SERIES,
            totalName: "pledges",
            rows: statusRows(
              withPledges,
              (r) => ({ key: r.areaId, label: r.area }),
              (r, status) => `/pledges${filtersToSearch({ ...filters, area: r.areaId, status })}`,
            ),
          }}
        />
      }
      table={
        <StatusTable
          caption={title}
          firstColumn="Area"
          rows={rows.map((r) => ({ ...r, key: r.areaId, label: <Link href={`/areas/${r.areaId}`}>{r.area}</Link> }))}
        />
      }
    />
  );
}
