import Link from "next/link";
import type { MeetingProgress } from "@/lib/data/progress";
import { formatMonth } from "@/lib/domain/dates";
import { ChartWithTable } from "./chart-with-table";
import { StatusStackChart } from "./charts/status-stack-chart";
import { StatusTable } from "./status-table";

// The status mix as of each meeting of a dialogue: how the picture moved from one meeting to the next.
export function MeetingProgressPanel({ rows, dialogueName }: { rows: MeetingProgress[]; dialogueName: string }) {
  const last = rows.at(-1);
  const first = rows[0];
  const summary =
    first && last
      ? `${dialogueName}: ${first.total} pledges as of ${formatMonth(first.date)}, ${last.total} as of ${formatMonth(last.date)}, ` +
        `of which ${last.delivered} delivered, ${last.in_progress} in progress and ${last.pledged} with no implementation reported.`
      : "This dialogue has no meetings yet.";
  return (
    <ChartWithTable
      title="Status at each meeting"
      summary={summary}
      chart={
        <StatusStackChart
          layout="horizontal"
          label={`Status at each meeting of ${dialogueName}: pledges by status as of each meeting`}
          rows={rows.map((r) => ({ ...r, label: formatMonth(r.date) }))}
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
