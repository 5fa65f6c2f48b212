import { useTranslations } from "next-intl";
import { statusStyle, type Status } from "@/lib/domain/status";

// A pill showing a status in its chart colour, with its meaning as a tooltip.
export function StatusBadge({ status }: { status: Status }) {
  const t = useTranslations("status");
  return (
    <span className="badge" style={statusStyle(status)} title={t(`meaning.${status}`)} data-status={status}>
      {t(`label.${status}`)}
    </span>
  );
}

function OverdueBadge() {
  const t = useTranslations("status");
  return (
    <span className="badge badge-overdue" title={t("deadline.overdueMeaning")}>
      {t("deadline.overdue")}
    </span>
  );
}

function UnconfirmedBadge() {
  const t = useTranslations("status");
  return (
    <span className="badge badge-unconfirmed" title={t("deadline.unconfirmedMeaning")}>
      {t("deadline.unconfirmed")}
    </span>
  );
}

// The pledge's standing against its target date, if it has passed.
export function DeadlineBadge({ overdue, unconfirmed }: { overdue: boolean; unconfirmed: boolean }) {
  if (overdue) return <OverdueBadge />;
  if (unconfirmed) return <UnconfirmedBadge />;
  return null;
}
