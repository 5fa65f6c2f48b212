import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { AreaProgress } from "@/lib/data/progress";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { statusRows } from "@/lib/domain/chart-data";
import { ChartWithTable } from "./chart-with-table";
import { LazyBarChart } from "./charts/lazy-bar-chart";
import { StatusTable, useStatusSeries } from "./status-table";
import { localText } from "@/lib/i18n/names";
import { Local } from "./local-text";

// Progress by cooperation area: stacked bars by current status, with the table and a summary.
// A bar opens the pledge list of its area (a segment: of its status too) under `filters`.
export function AreaProgressPanel({
  rows,
  filters,
  title: givenTitle,
}: {
  rows: AreaProgress[];
  filters: PledgeFilters;
  title?: string;
}) {
  const t = useTranslations("common");
  const locale = useLocale();
  // Each area's name in the reader's language (the aggregate carries both).
  const nameOf = (r: AreaProgress) => localText(locale, r.area, r.areaJa);
  const series = useStatusSeries();
  const title = givenTitle ?? t("areaProgress.title");
  const withPledges = rows.filter((r) => r.total > 0);
  const busiest = [...withPledges].sort((a, b) => b.total - a.total)[0];
  const total = withPledges.reduce((n, r) => n + r.total, 0);
  const delivered = withPledges.reduce((n, r) => n + r.delivered, 0);
  const summary = busiest
    ? t("areaProgress.summary", {
        total,
        areas: withPledges.length,
        delivered,
        percent: Math.round((total ? delivered / total : 0) * 100),
        busiest: nameOf(busiest).text,
        busiestTotal: busiest.total,
        busiestDelivered: busiest.delivered,
      })
    : t("noPledgesMatch");
  return (
    <ChartWithTable
      title={title}
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label: t("areaProgress.chartLabel", { title }),
            layout: "bars",
            stacked: true,
            series,
            totalName: t("chart.pledges"),
            rows: statusRows(
              withPledges,
              (r) => ({ key: r.areaId, label: nameOf(r).text }),
              (r, status) => `/pledges${filtersToSearch({ ...filters, area: r.areaId, status })}`,
            ),
          }}
        />
      }
      table={
        <StatusTable
          caption={title}
          firstColumn={t("areaProgress.area")}
          rows={rows.map((r) => ({
            ...r,
            key: r.areaId,
            label: (
              <Link href={`/areas/${r.areaId}`}>
                <Local value={nameOf(r)} />
              </Link>
            ),
          }))}
        />
      }
    />
  );
}
