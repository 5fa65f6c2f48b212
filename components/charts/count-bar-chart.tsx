import { HorizontalBarChart, type BarSeries } from "./bar-charts";

// Side-by-side (not stacked) bars of counts, one group per row: for figures that overlap,
// such as overdue and stale pledges, which stacking would double count.
export function CountBarChart({
  rows,
  series,
  label,
}: {
  rows: ({ label: string } & Record<string, number | string>)[];
  series: BarSeries[];
  label: string;
}) {
  const bars = rows.map((r) => ({
    label: r.label,
    values: Object.fromEntries(series.map((s) => [s.key, Number(r[s.key] ?? 0)])),
  }));
  return <HorizontalBarChart rows={bars} series={series} stacked={false} label={label} />;
}
