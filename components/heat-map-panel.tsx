import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { MeetingCoverage } from "@/lib/data/charts";
import { formatMonth } from "@/lib/domain/dates";
import type { MeetingKind } from "@/lib/domain/status";
import { MatrixCellView, StatusLegend } from "./matrix-cell";
import { ChartWithTable } from "./chart-with-table";
import { HeatMap } from "./charts/heat-map";
import type { MatrixCell } from "@/lib/domain/status-history";
import { localTitle } from "@/lib/i18n/names";
import { Local } from "./local-text";

type Meeting = { id: string; date: string; kind: MeetingKind; ordinal: number | null };

// The pledge x meeting heat map of one dialogue (one page of pledges), with the matrix as its table.
export function HeatMapPanel({
  dialogueName,
  meetings,
  rows,
  coverage,
  total,
  pagination,
}: {
  dialogueName: string;
  meetings: Meeting[];
  // Both titles: the reader's is chosen here.
  rows: { id: string; title: string; titleJa: string | null; cells: MatrixCell[] }[];
  coverage: MeetingCoverage[];
  total: number;
  pagination: React.ReactNode;
}) {
  const locale = useLocale();
  // Each pledge's title in the reader's language.
  const titled = rows.map((r) => {
    const title = localTitle(locale, r);
    return { id: r.id, title: title.text, lang: title.lang, local: title, cells: r.cells };
  });
  const t = useTranslations("charts.heatMap");
  const tm = useTranslations("matrix");
  const ts = useTranslations("status");
  const reporting = coverage.filter((c) => c.earlier > 0);
  const counts = { total, meetings: meetings.length, dialogue: dialogueName };
  const list = reporting
    .map((c) => t("reported", { month: formatMonth(c.date, locale), reported: c.reported, earlier: c.earlier }))
    .join(t("separator"));
  const summary =
    rows.length === 0
      ? t("none")
      : reporting.length
        ? t("summaryWithReports", { ...counts, list })
        : t("summary", counts);
  // A column is named "4th 2+2", or by the kind alone for a meeting without a number.
  const columns = meetings.map((m) => ({
    id: m.id,
    label: m.ordinal ? tm("shortName", { ordinal: m.ordinal, kind: ts(`kind.${m.kind}`) }) : ts(`kind.${m.kind}`),
    sublabel: formatMonth(m.date, locale),
  }));
  return (
    <ChartWithTable
      title={t("title")}
      summary={summary}
      chart={
        <>
          <StatusLegend extra={<li className="muted">{t("outlined")}</li>} />
          <div className="table-scroll sticky-grid" tabIndex={0} role="region" aria-label={t("region")}>
            <HeatMap title={t("caption", { dialogue: dialogueName })} columns={columns} rows={titled} />
          </div>
          {pagination}
        </>
      }
      table={
        <>
          <table className="matrix">
            <caption className="sr-only">{t("caption", { dialogue: dialogueName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pledge")}</th>
                {columns.map((c) => (
                  <th scope="col" key={c.id}>
                    {c.label}
                    <div className="muted small">{c.sublabel}</div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {titled.map((r) => (
                <tr key={r.id}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <Link href={`/pledges/${r.id}`}>
                      <Local value={r.local} />
                    </Link>
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={columns[i]?.id ?? i}>
                      <MatrixCellView cell={c} pledge={r.title} meeting={columns[i]?.label ?? ""} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {pagination}
        </>
      }
    />
  );
}
