import { STATUSES, STATUS_LABELS, type Status } from "@/lib/domain/status";

export type StatusTableRow = { key: string; label: React.ReactNode; total: number; shareDelivered?: number } & Record<
  Status,
  number
>;

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
  const showShare = rows.some((r) => r.shareDelivered !== undefined);
  return (
    <table>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          {STATUSES.map((s) => (
            <th scope="col" className="num" key={s}>
              {STATUS_LABELS[s]}
            </th>
          ))}
          <th scope="col" className="num">
            Total
          </th>
          {showShare && (
            <th scope="col" className="num">
              Delivered
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
