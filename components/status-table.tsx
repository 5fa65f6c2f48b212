import { useTranslations } from "next-intl";
import type { ChartSeries } from "@/lib/domain/chart-data";
import { STATUSES, STATUS_PALETTE, type Status } from "@/lib/domain/status";

export type StatusTableRow = { key: string; label: React.ReactNode; total: number; shareDelivered?: number } & Record<
  Status,
  number
>;

// The six statuses as a chart's series (STATUS_SERIES), named in the reader's language: the
// chart draws its legend and tooltips from these names.
export function useStatusSeries(): ChartSeries[] {
  const t = useTranslations("status");
  return STATUSES.map((s) => ({
    key: s,
    name: t(`label.${s}`),
    fill: STATUS_PALETTE[s].fill,
    meaning: t(`meaning.${s}`),
  }));
}

// The table view of a status chart: the same numbers, one row per bar.
export function StatusTable({
  caption,
  firstColumn,
  rows,
}: {
  caption: string;
  firstColumn: string;
  rows: StatusTableRow[];
}) {
  const t = useTranslations("common.statusTable");
  const ts = useTranslations("status");
  const showShare = rows.some((r) => r.shareDelivered !== undefined);
  return (
    <table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          {STATUSES.map((s) => (
            <th scope="col" className="num" key={s}>
              {ts(`label.${s}`)}
            </th>
          ))}
          <th scope="col" className="num">
            {t("total")}
          </th>
          {showShare && (
            <th scope="col" className="num">
              {t("delivered")}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {STATUSES.map((s) => (
              <td className="num" key={s}>
                {r[s]}
              </td>
            ))}
            <td className="num">{r.total}</td>
            {showShare && <td className="num">{Math.round((r.shareDelivered ?? 0) * 100)}%</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
