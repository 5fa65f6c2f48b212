import Link from "next/link";
import type { AreaProgress } from "@/lib/data/progress";
import { ChartWithTable } from "./chart-with-table";
import { StatusStackChart } from "./charts/status-stack-chart";
import { StatusTable } from "./status-table";

const pct = (x: number) => `${Math.round(x * 100)}%`;

// Progress by cooperation area: stacked bars by current status, with the table and a summary.
export function AreaProgressPanel({
  rows,
  title = "Progress by cooperation area",
}: {
  rows: AreaProgress[];
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
  return (
    <ChartWithTable
      title={title}
      summary={summary}
      chart={
        <StatusStackChart
          label={`${title}: pledges by current status in each area`}
          rows={withPledges.map((r) => ({ ...r, label: r.area }))}
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
