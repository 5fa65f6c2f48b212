import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { AttentionByArea, AttentionPledge } from "@/lib/data/charts";
import { formatDay } from "@/lib/domain/dates";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { ATTENTION_SERIES, attentionRows } from "@/lib/domain/chart-data";
import { ChartWithTable } from "./chart-with-table";
import { LazyBarChart } from "./charts/lazy-bar-chart";
import { DeadlineBadge, StatusBadge } from "./status-badge";
import { localText, localTitle } from "@/lib/i18n/names";
import { Local, OurTitlesNote } from "./local-text";

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
  const t = useTranslations("charts.attention");
  const locale = useLocale();
  // Each area's name in the reader's language (the aggregates carry both).
  const areaName = (a: { area: string; areaJa: string | null }) => localText(locale, a.area, a.areaJa);
  const withOpen = areas.filter((a) => a.open > 0);
  const overdue = areas.reduce((n, a) => n + a.overdue, 0);
  const unconfirmed = areas.reduce((n, a) => n + a.unconfirmed, 0);
  const inGap = areas.reduce((n, a) => n + a.unconfirmedInGap, 0);
  const stale = areas.reduce((n, a) => n + a.stale, 0);
  const open = areas.reduce((n, a) => n + a.open, 0);
  const worst = [...withOpen].sort((a, b) => b.stale + b.overdue - (a.stale + a.overdue))[0];
  const counts = t("summary", { open, overdue, unconfirmed, stale, gap: inGap ? t("gap", { count: inGap }) : "" });
  const summary = !open
    ? t("none")
    : worst && worst.stale + worst.overdue > 0
      ? t("withWorst", {
          counts,
          worst: t("worst", { area: areaName(worst).text, overdue: worst.overdue, stale: worst.stale }),
        })
      : counts;
  const series = ATTENTION_SERIES.map((s) => {
    const key = s.key === "overdue" ? "overdue" : s.key === "unconfirmed" ? "unconfirmed" : "stale";
    return { ...s, name: t(`series.${key}.name`), meaning: t(`series.${key}.meaning`) };
  });
  return (
    <ChartWithTable
      title={t("title")}
      summary={summary}
      chart={
        <LazyBarChart
          spec={{
            label: t("chartLabel"),
            layout: "bars",
            stacked: false,
            series,
            totalName: t("totalName"),
            rows: attentionRows(
              withOpen.map((a) => ({ ...a, area: areaName(a).text })),
              (a, figure) =>
                `/pledges${filtersToSearch({ ...filters, area: a.areaId, ...(figure ? { [figure]: true } : {}) })}`,
            ),
          }}
        />
      }
      table={
        <>
          <table>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("area")}</th>
                <th scope="col" className="num">
                  {t("open")}
                </th>
                <th scope="col" className="num">
                  {t("overdue")}
                </th>
                <th scope="col" className="num">
                  {t("unconfirmed")}
                </th>
                <th scope="col" className="num">
                  {t("stale")}
                </th>
              </tr>
            </thead>
            <tbody>
              {areas.map((a) => (
                <tr key={a.areaId}>
                  <th scope="row">
                    <Local value={areaName(a)} />
                  </th>
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
  const t = useTranslations("charts.attention.list");
  const locale = useLocale();
  if (pledges.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <>
      <h3 style={{ marginTop: "1rem" }}>
        {total > pledges.length ? t("headingFirst", { shown: pledges.length, total }) : t("heading", { total })}
      </h3>
      <ul className="attention-list">
        {pledges.map((p) => (
          <li key={p.id}>
            <Link href={`/pledges/${p.id}`}>
              <Local value={localTitle(locale, p)} />
            </Link>{" "}
            <StatusBadge status={p.status} /> <DeadlineBadge overdue={p.overdue} unconfirmed={p.unconfirmed} />
            <div className="muted small">
              {[
                localText(locale, p.area, p.areaJa).text,
                p.targetDate && t("target", { day: formatDay(p.targetDate, locale) }),
                t("silent", { count: p.silent }),
                p.lastReport ? t("lastReport", { day: formatDay(p.lastReport, locale) }) : t("never"),
              ]
                .filter(Boolean)
                .join(" · ")}
            </div>
          </li>
        ))}
      </ul>
      <OurTitlesNote shown={pledges.some((p) => localTitle(locale, p).japanese)} />
    </>
  );
}
