import { Link } from "@/lib/i18n/navigation";
import type { MeetingProgress } from "@/lib/data/progress";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { STATUS_SERIES, statusRows } from "@/lib/domain/chart-data";
import { formatMonth } from "@/lib/domain/dates";
import { ChartWithTable } from "./chart-with-table";
import { LazyBarChart } from "./charts/lazy-bar-chart";
import { StatusTable } from "./status-table";

// The status mix as of each meeting of a dialogue: how the picture moved from one meeting to the
// next. A column opens the pledges made by its meeting, a segment those with that status then.
export function MeetingProgressPanel({
  rows,
  dialogue,
  filters,
}: {
  rows: MeetingProgress[];
  dialogue: { id: string; name: string };
  filters: PledgeFilters;
}) {
  const last = rows.at(-1);
  const first = rows[0];
  const summary =
    first && last
      ? `${dialogue.name}: ${first.total} pledges as of ${formatMonth(first.date)}, ${last.total} as of ${formatMonth(last.date)}, ` +
        `of which ${last.delivered} delivered, ${last.in_progress} in progress and ${last.pledged} with no implementation reported.`
      : "This dialogue has no meetings yet.";
  return (
    <ChartWithTable
      title="Status at each meeting"
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label: `Status at each meeting of ${dialogue.name}: pledges by status as of each meeting`,
            layout: "columns",
            stacked: true,
            series: STATUS_SERIES,
            totalName: "pledges made by then",
            rows: statusRows(
              rows,
              (r) => ({ key: r.meetingId, label: formatMonth(r.date), name: `${r.title} (${formatMonth(r.date)})` }),
              (r, status) =>
                `/pledges${filtersToSearch({ ...filters, dialogue: dialogue.id, asof: r.meetingId, status })}`,
            ),
          }}
        />
      }
      table={
        <StatusTable
          caption="Status of the pledges made so far, as of each meeting"
          firstColumn="As of meeting"
          rows={rows.map((r) => ({
            ...r,
            key: r.meetingId,
            label: (
              <Link href={`/meetings/${r.meetingId}`}>
                {r.title} ({formatMonth(r.date)})
              </Link>
            ),
          }))}
        />
      }
    />
  );
}
