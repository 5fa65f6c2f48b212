import { Link } from "@/lib/i18n/navigation";
import type { MeetingCoverage } from "@/lib/data/charts";
import { COVERAGE_SERIES, coverageRows, formatShare, shareOf } from "@/lib/domain/chart-data";
import { formatMonth } from "@/lib/domain/dates";
import { ChartWithTable } from "@/components/chart-with-table";
import { LazyBarChart } from "./lazy-bar-chart";

// Report coverage: at each meeting of a dialogue, how many of the pledges made before it its
// statement reported on. A column opens the meeting, with what it reported.
export function CoveragePanel({ coverage, dialogueName }: { coverage: MeetingCoverage[]; dialogueName: string }) {
  const reporting = coverage.filter((c) => c.earlier > 0);
  const best = [...reporting].sort((a, b) => shareOf(b.reported, b.earlier) - shareOf(a.reported, a.earlier))[0];
  const summary = best
    ? `${reporting.length} meetings of ${dialogueName} had earlier pledges to report on; ` +
      `${best.title} (${formatMonth(best.date)}) covered the most: ${best.reported} of ${best.earlier} (${formatShare(shareOf(best.reported, best.earlier))}).`
    : `No meeting of ${dialogueName} had earlier pledges to report on.`;
  const link = (c: MeetingCoverage) => `/meetings/${c.meetingId}#reported-here`;
  return (
    <ChartWithTable
      title="Report coverage at each meeting"
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label: `Report coverage at each meeting of ${dialogueName}: earlier pledges reported on and not`,
            layout: "columns",
            stacked: true,
            series: COVERAGE_SERIES,
            totalName: "pledges made before it",
            rows: coverageRows(
              coverage,
              (c) => ({ label: formatMonth(c.date), name: `${c.title} (${formatMonth(c.date)})` }),
              link,
            ),
          }}
        />
      }
      table={
        <table>
          <caption className="sr-only">Earlier pledges reported on at each meeting of {dialogueName}</caption>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col" className="num">
                Pledges made before it
              </th>
              <th scope="col" className="num">
                Reported on
              </th>
              <th scope="col" className="num">
                Not reported on
              </th>
              <th scope="col" className="num">
                Share reported
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((c) => (
              <tr key={c.meetingId}>
                <th scope="row">
                  <Link href={link(c)}>
                    {c.title} ({formatMonth(c.date)})
                  </Link>
                </th>
                <td className="num">{c.earlier}</td>
                <td className="num">{c.reported}</td>
                <td className="num">{c.earlier - c.reported}</td>
                <td className="num">{c.earlier ? formatShare(shareOf(c.reported, c.earlier)) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
