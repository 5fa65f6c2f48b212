import { Link } from "@/lib/i18n/navigation";
import type { AttentionByArea, AttentionPledge } from "@/lib/data/charts";
import { formatDay } from "@/lib/domain/dates";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { ATTENTION_SERIES, attentionRows } from "@/lib/domain/chart-data";
import { ChartWithTable } from "./chart-with-table";
import { LazyBarChart } from "./charts/lazy-bar-chart";
import { DeadlineBadge, StatusBadge } from "./status-badge";

// Open pledges found unfinished after their target date (overdue), past it with no later report
// (unconfirmed), and those that the last two (or more) meetings expected to cover them did not
// report on: per area, then the pledges themselves.
export function AttentionPanel({
  areas,
  pledges,
  total,
  filters,
}: {
  areas: AttentionByArea[];
  pledges: AttentionPledge[];
  total: number;
  filters: PledgeFilters;
}) {
  const withOpen = areas.filter((a) => a.open > 0);
  const overdue = areas.reduce((n, a) => n + a.overdue, 0);
  const unconfirmed = areas.reduce((n, a) => n + a.unconfirmed, 0);
  const inGap = areas.reduce((n, a) => n + a.unconfirmedInGap, 0);
  const stale = areas.reduce((n, a) => n + a.stale, 0);
  const open = areas.reduce((n, a) => n + a.open, 0);
  const worst = [...withOpen].sort((a, b) => b.stale + b.overdue - (a.stale + a.overdue))[0];
  const summary = open
    ? `Of ${open} open pledges, ${overdue} ${overdue === 1 ? "was" : "were"} reported unfinished after the target date, ${unconfirmed} ${unconfirmed === 1 ? "is" : "are"} ` +
      `past the target with no later report${inGap ? ` (${inGap} of them in a gap of the collection: a meeting expected to report on them is not collected)` : ""}, and ${stale} had no report at the last two or more meetings expected to cover them.` +
      (worst && worst.stale + worst.overdue > 0
        ? ` ${worst.area} has the most (${worst.overdue} overdue, ${worst.stale} without a report).`
        : "")
    : "No open pledges match these filters.";
  return (
    <ChartWithTable
      title="Overdue and stale pledges"
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label: "Overdue and stale pledges in each area",
            layout: "bars",
            stacked: false,
            series: ATTENTION_SERIES,
            totalName: "open pledges",
            rows: attentionRows(
              withOpen,
              (a, figure) =>
                `/pledges${filtersToSearch({ ...filters, area: a.areaId, ...(figure ? { [figure]: true } : {}) })}`,
            ),
          }}
        />
      }
      table={
        <>
          <table>
            <caption className="sr-only">Open, overdue and stale pledges by area</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col" className="num">
                  Open
                </th>
                <th scope="col" className="num">
                  Overdue
                </th>
                <th scope="col" className="num">
                  Past target, unconfirmed
                </th>
                <th scope="col" className="num">
                  No report at the last 2+ meetings
                </th>
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr key={a.areaId}>
                  <th scope="row">{a.area}</th>
                  <td className="num">{a.open}</td>
                  <td className="num">{a.overdue}</td>
                  <td className="num">{a.unconfirmed}</td>
                  <td className="num">{a.stale}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      }
      footer={<AttentionList pledges={pledges} total={total} />}
    />
  );
}

function AttentionList({ pledges, total }: { pledges: AttentionPledge[]; total: number }) {
  if (pledges.length === 0)
    return <p className="muted">No open pledge is overdue or has gone two meetings without a report.</p>;
  return (
    <>
      <h3 style={{ marginTop: "1rem" }}>
        The pledges{total > pledges.length ? ` (first ${pledges.length} of ${total})` : ` (${total})`}
      </h3>
      <ul className="attention-list">
        {pledges.map((p) => (
          <li key={p.id}>
            <Link href={`/pledges/${p.id}`}>{p.title}</Link> <StatusBadge status={p.status} />{" "}
            <DeadlineBadge overdue={p.overdue} unconfirmed={p.unconfirmed} />
            <div className="muted small">
              {p.area}
              {p.targetDate && ` · target ${formatDay(p.targetDate)}`}
              {` · ${p.silent} ${p.silent === 1 ? "meeting" : "meetings"} without a report`}
              {p.lastReport ? ` · last report ${formatDay(p.lastReport)}` : " · never reported on"}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
