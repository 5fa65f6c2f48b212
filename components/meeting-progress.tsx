import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { MeetingProgress } from "@/lib/data/progress";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { statusRows } from "@/lib/domain/chart-data";
import { formatMonth } from "@/lib/domain/dates";
import { ChartWithTable } from "./chart-with-table";
import { LazyBarChart } from "./charts/lazy-bar-chart";
import { StatusTable, useStatusSeries } from "./status-table";
import { localTitle } from "@/lib/i18n/names";

// The status mix as of each meeting of a dialogue: how the picture moved from one meeting to the
// next. A column opens the pledges made by its meeting, a segment those with that status then.
export function MeetingProgressPanel({
  rows,
  dialogue,
  filters,
}: {
  rows: MeetingProgress[];
  // `name` in the reader's language.
  dialogue: { id: string; name: string };
  filters: PledgeFilters;
}) {
  const t = useTranslations("meetings.progress");
  const locale = useLocale();
  const month = (day: string) => formatMonth(day, locale);
  // "Title (month)", the title in the reader's language (the aggregate carries both).
  const named = (r: MeetingProgress) =>
    t("meetingMonth", { meeting: localTitle(locale, r).text, month: month(r.date) });
  const last = rows.at(-1);
  const first = rows[0];
  const summary =
    first && last
      ? t("summary", {
          dialogue: dialogue.name,
          first: first.total,
          firstMonth: month(first.date),
          last: last.total,
          lastMonth: month(last.date),
          delivered: last.delivered,
          inProgress: last.in_progress,
          pledged: last.pledged,
        })
      : t("none");
  const series = useStatusSeries();
  return (
    <ChartWithTable
      title={t("title")}
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label: t("chartLabel", { dialogue: dialogue.name }),
            layout: "columns",
            stacked: true,
            series,
            totalName: t("totalName"),
            rows: statusRows(
              rows,
              (r) => ({
                key: r.meetingId,
                label: month(r.date),
                name: named(r),
              }),
              (r, status) =>
                `/pledges${filtersToSearch({ ...filters, dialogue: dialogue.id, asof: r.meetingId, status })}`,
            ),
          }}
        />
      }
      table={
        <StatusTable
          caption={t("caption")}
          firstColumn={t("firstColumn")}
          rows={rows.map((r) => ({
            ...r,
            key: r.meetingId,
            label: (
              <Link href={`/meetings/${r.meetingId}`} lang={localTitle(locale, r).lang}>
                {named(r)}
              </Link>
            ),
          }))}
        />
      }
    />
  );
}
