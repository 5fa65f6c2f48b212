import { STATUS_LABELS, STATUS_MEANINGS, statusStyle, type Status } from "@/lib/domain/status";

// A pill showing a status in its chart colour, with its meaning as a tooltip.
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className="badge" style={statusStyle(status)} title={STATUS_MEANINGS[status]} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}

function OverdueBadge() {
  return (
    <span className="badge badge-overdue" title="A report after the target date found it not delivered">
      Overdue
    </span>
  );
}

function UnconfirmedBadge() {
  return (
    <span
      className="badge badge-unconfirmed"
      title="The target date passed and no later source says whether it was delivered"
    >
      Past target, unconfirmed
    </span>
  );
}

// The pledge's standing against its target date, if it has passed.
export function DeadlineBadge({ overdue, unconfirmed }: { overdue: boolean; unconfirmed: boolean }) {
  if (overdue) return <OverdueBadge />;
  if (unconfirmed) return <UnconfirmedBadge />;
  return null;
}
