import { STATUS_LABELS, STATUS_MEANINGS, statusStyle, type Status } from "@/lib/domain/status";

// A pill showing a status in its chart colour, with its meaning as a tooltip.
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className="badge" style={statusStyle(status)} title={STATUS_MEANINGS[status]} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function OverdueBadge() {
  return (
    <span className="badge badge-overdue" title="Target date passed and not delivered">
      Overdue
    </span>
  );
}
