import { STATUSES, STATUS_LABELS, STATUS_PALETTE, type Status } from "@/lib/domain/status";
import { ColumnChart, HorizontalBarChart, type BarSeries } from "./bar-charts";

export type StackRow = { label: string } & Record<Status, number>;

const SERIES: BarSeries[] = STATUSES.map((s) => ({ key: s, name: STATUS_LABELS[s], fill: STATUS_PALETTE[s].fill }));

// Pledges by status, one stacked bar per row (an area, a side) or one column per meeting.
export function StatusStackChart({
  rows,
  layout = "vertical",
  label,
}: {
  rows: StackRow[];
  layout?: "vertical" | "horizontal";
  label: string;
}) {
  const bars = rows.map((r) => ({ label: r.label, values: Object.fromEntries(STATUSES.map((s) => [s, r[s]])) }));
  return layout === "vertical" ? (
    <HorizontalBarChart rows={bars} series={SERIES} label={label} />
  ) : (
    <ColumnChart rows={bars} series={SERIES} label={label} />
  );
}
