"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { createPortal, flushSync } from "react-dom";
import { ChartFallback } from "./charts/lazy-bar-chart";
import { downloadTableCsv, readTableIn } from "./charts/table-download";

// Shows a chart or, at the reader's choice, a table with the same numbers (and always a
// text summary), so every figure is available to screen readers and in print. Until the
// chart has drawn (and without scripts) its box shows the table, so the server's HTML holds
// the numbers. `footer` follows either view. "Download CSV" saves the table's numbers: the
// table is rendered for a moment into a detached element (whichever view is shown), read,
// and written as CSV in the browser.
export function ChartWithTable({
  title,
  summary,
  chart,
  table,
  footer,
  headingLevel = 2,
}: {
  title: string;
  summary: string;
  chart: React.ReactNode;
  table: React.ReactNode;
  footer?: React.ReactNode;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("charts.view");
  const [view, setView] = useState<"chart" | "table">("chart");
  const [reading, setReading] = useState<HTMLElement | null>(null);
  const id = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const download = () => {
    const holder = document.createElement("div");
    flushSync(() => setReading(holder));
    const grid = readTableIn(holder);
    setReading(null);
    if (grid) void downloadTableCsv(grid, title, (column) => t("idColumn", { column }));
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <div>
          <Heading id={`${id}-title`}>{title}</Heading>
          <p className="muted small" id={`${id}-summary`}>
            {summary}
          </p>
        </div>
        <div className="chart-actions">
          <div className="toggle" role="group" aria-label={t("label", { title })}>
            <button type="button" aria-pressed={view === "chart"} onClick={() => setView("chart")}>
              {t("chart")}
            </button>
            <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
              {t("table")}
            </button>
          </div>
          <button
            type="button"
            className="secondary chart-download"
            aria-label={t("downloadLabel", { title })}
            onClick={download}
          >
            {t("download")}
          </button>
        </div>
      </div>
      {view === "chart" ? (
        <figure className="chart-box" aria-describedby={`${id}-summary`} style={{ margin: 0 }}>
          <ChartFallback value={<div className="table-scroll">{table}</div>}>{chart}</ChartFallback>
        </figure>
      ) : (
        <div className="table-scroll">{table}</div>
      )}
      {footer}
      {reading && createPortal(table, reading)}
    </section>
  );
}
