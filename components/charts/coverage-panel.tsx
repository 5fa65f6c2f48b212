import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { MeetingCoverage } from "@/lib/data/charts";
import { COVERAGE_SERIES, coverageRows, formatShare, shareOf } from "@/lib/domain/chart-data";
import { formatMonth } from "@/lib/domain/dates";
import { ChartWithTable } from "@/components/chart-with-table";
import { LazyBarChart } from "./lazy-bar-chart";
import { localTitle } from "@/lib/i18n/names";

// Report coverage: at each meeting of a dialogue, how many of the pledges made before it its
// statement reported on. A column opens the meeting, with what it reported.
// `dialogueName` in the reader's language; the meetings' titles are chosen here (lib/i18n/names.ts).
export function CoveragePanel({ coverage, dialogueName }: { coverage: MeetingCoverage[]; dialogueName: string }) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const named = (c: MeetingCoverage) =>
    t("meetingMonth", { meeting: localTitle(locale, c).text, month: formatMonth(c.date, locale) });
  const reporting = coverage.filter((c) => c.earlier > 0);
  const best = [...reporting].sort((a, b) => shareOf(b.reported, b.earlier) - shareOf(a.reported, a.earlier))[0];
  const summary = best
    ? t("coverage.summary", {
        meetings: reporting.length,
        dialogue: dialogueName,
        best: localTitle(locale, best).text,
        month: formatMonth(best.date, locale),
        reported: best.reported,
        earlier: best.earlier,
        share: formatShare(shareOf(best.reported, best.earlier)),
      })
    : t("coverage.none", { dialogue: dialogueName });
  const series = COVERAGE_SERIES.map((s) =>
    s.key === "reported"
      ? { ...s, name: t("coverage.series.reported.name"), meaning: t("coverage.series.reported.meaning") }
      : { ...s, name: t("coverage.series.unreported.name"), meaning: t("coverage.series.unreported.meaning") },
  );
  const link = (c: MeetingCoverage) => `/meetings/${c.meetingId}#reported-here`;
  return (
    <ChartWithTable
      title={t("coverage.title")}
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label: t("coverage.chartLabel", { dialogue: dialogueName }),
            layout: "columns",
            stacked: true,
            series,
            totalName: t("coverage.totalName"),
            rows: coverageRows(coverage, (c) => ({ label: formatMonth(c.date, locale), name: named(c) }), link),
          }}
        />
      }
      table={
        <table>
          <caption className="sr-only">{t("coverage.caption", { dialogue: dialogueName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("coverage.meeting")}</th>
              <th scope="col" className="num">
                {t("coverage.before")}
              </th>
              <th scope="col" className="num">
                {t("coverage.reported")}
              </th>
              <th scope="col" className="num">
                {t("coverage.notReported")}
              </th>
              <th scope="col" className="num">
                {t("coverage.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((c) => (
              <tr key={c.meetingId}>
                <th scope="row">
                  <Link href={link(c)} lang={localTitle(locale, c).lang}>
                    {named(c)}
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
