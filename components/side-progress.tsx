import { useTranslations } from "next-intl";
import type { SideProgress } from "@/lib/data/charts";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { statusRows } from "@/lib/domain/chart-data";
import { ChartWithTable } from "./chart-with-table";
import { LazyBarChart } from "./charts/lazy-bar-chart";
import { StatusTable, useStatusSeries } from "./status-table";

const percent = (x: number) => Math.round(x * 100);

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
  const t = useTranslations("common");
  const ts = useTranslations("status");
  const series = useStatusSeries();
  const labelled = rows.map((r) => ({ ...r, label: ts(`side.${r.side}`, { partner: partnerCountry }) }));
  const total = rows.reduce((n, r) => n + r.total, 0);
  const summary = total
    ? t("sideProgress.summary", {
        items: labelled
          .filter((r) => r.total > 0)
          .map((r) => t("sideProgress.item", { side: r.label, count: r.total, percent: percent(r.shareDelivered) }))
          .join(t("sideProgress.joiner")),
      })
    : t("noPledgesMatch");
  return (
    <ChartWithTable
      title={t("sideProgress.title")}
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label: t("sideProgress.chartLabel"),
            layout: "bars",
            stacked: true,
            series,
            totalName: t("chart.pledges"),
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
          caption={t("sideProgress.caption")}
          firstColumn={t("sideProgress.undertakenBy")}
          rows={labelled.map((r) => ({ ...r, key: r.side }))}
        />
      }
    />
  );
}
