import { useTranslations } from "next-intl";
import type { ChartSeries } from "@/lib/domain/chart-data";
import { STATUSES, STATUS_PALETTE } from "@/lib/domain/status";

// The six statuses as chart series (lib/domain/chart-data.ts STATUS_SERIES) in the reader's
// language: the legend's buttons and the tooltip's lines say the words of the status catalogue.
export function useStatusSeries(): ChartSeries[] {
  const t = useTranslations("status");
  return STATUSES.map((s) => ({
    key: s,
    name: t(`label.${s}`),
    fill: STATUS_PALETTE[s].fill,
    meaning: t(`meaning.${s}`),
  }));
}
