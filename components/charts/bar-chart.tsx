"use client";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";
import { useCallback, useEffect, useRef } from "react";
import {
  Bar,
  BarChart,
  Brush,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipDataPoints,
  type TooltipContentProps,
} from "recharts";
import {
  HIDE_PARAM,
  formatShare,
  parseHidden,
  toggleHidden,
  tooltipLines,
  valueAxis,
  withHidden,
  type ChartRow,
  type ChartSpec,
} from "@/lib/domain/chart-data";

// A bar chart drawn by recharts in the browser: loaded lazily by ./lazy-bar-chart.tsx, never
// on the server. Hover or arrow keys (recharts' accessibilityLayer) show a row's tooltip with
// each series' count, share and meaning; a click on a segment, or Enter on a row, opens the
// pledge list behind it; the legend's buttons hide and show a series (kept in the URL, `hide`).

// One data point per row: its index and its values under keys that cannot clash with them.
type Point = { i: number; key: string } & Record<`v_${string}`, number>;
const valueKey = (series: string) => `v_${series}` as const;

const MEETING_AXIS_HEIGHT = 64;
const BRUSH_FROM = 10;

export default function InteractiveBarChart({ spec }: { spec: ChartSpec }) {
  const t = useTranslations("charts.bar");
  const router = useRouter();
  const hidden = parseHidden(useSearchParams().get(HIDE_PARAM));
  const active = useRef<number | null>(null);
  const { ticks, top } = valueAxis(spec, hidden);
  const bars = spec.layout === "bars";
  const data: Point[] = spec.rows.map((r, i) => ({
    i,
    key: r.key,
    ...Object.fromEntries(spec.series.map((s) => [valueKey(s.key), r.values[s.key] ?? 0])),
  }));
  const labelOf = (key: unknown) => spec.rows.find((r) => r.key === key)?.label ?? String(key);
  const open = (href: string | null | undefined) => {
    if (href) router.push(href);
  };
  const toggle = (key: string) => {
    const search = withHidden(window.location.search, toggleHidden(hidden, key));
    window.history.replaceState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
  };
  const onActive = useCallback((i: number | null) => {
    active.current = i;
  }, []);
  const valueAxisProps = { type: "number" as const, domain: [0, top], ticks, allowDecimals: false };
  const categoryAxisProps = { type: "category" as const, dataKey: "key", tickFormatter: labelOf, interval: 0 };

  return (
    <div className="chart-interactive">
      <ul className="legend chart-legend" aria-label={t("legend", { chart: spec.label })}>
        {spec.series.map((s) => (
          <li key={s.key}>
            <button
              type="button"
              className="legend-toggle"
              aria-pressed={!hidden.includes(s.key)}
              onClick={() => toggle(s.key)}
            >
              <span className="swatch" style={{ backgroundColor: hidden.includes(s.key) ? "transparent" : s.fill }} />
              {s.name}
            </button>
          </li>
        ))}
      </ul>
      <div
        className="chart-plot"
        onKeyDownCapture={bars ? readingOrderKeys : undefined}
        onKeyDown={(e) => {
          // Enter on the chart (recharts' keyboard layer moves along the rows) opens the row's list.
          if (e.key !== "Enter" || !(e.target instanceof SVGElement) || active.current === null) return;
          open(spec.rows[active.current]?.href);
        }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout={bars ? "vertical" : "horizontal"}
            accessibilityLayer
            title={spec.label}
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={!bars} vertical={bars} />
            {bars ? (
              <>
                <XAxis {...valueAxisProps} />
                <YAxis {...categoryAxisProps} width={190} tick={{ fontSize: 12, fill: "#1f2933" }} />
              </>
            ) : (
              <>
                <XAxis
                  {...categoryAxisProps}
                  angle={-35}
                  textAnchor="end"
                  height={MEETING_AXIS_HEIGHT}
                  tick={{ fontSize: 11, fill: "#1f2933" }}
                />
                <YAxis {...valueAxisProps} width={40} />
              </>
            )}
            <Tooltip
              content={(props) => <RowTooltip {...props} spec={spec} hidden={hidden} />}
              cursor={{ fill: "#e7ecf3" }}
              allowEscapeViewBox={{ x: false, y: true }}
              wrapperStyle={{ zIndex: 5 }}
              isAnimationActive={false}
            />
            {spec.series.map((s) => (
              <Bar
                key={s.key}
                className={`chart-series-${s.key}`}
                dataKey={valueKey(s.key)}
                name={s.name}
                fill={s.fill}
                stroke="#ffffff"
                strokeWidth={1}
                stackId={spec.stacked ? "stack" : undefined}
                hide={hidden.includes(s.key)}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(_, index) => open(spec.rows[index]?.segmentHrefs[s.key])}
              />
            ))}
            {!bars && spec.rows.length >= BRUSH_FROM && (
              <Brush
                dataKey="key"
                height={22}
                travellerWidth={10}
                stroke="#4b5a6a"
                tickFormatter={labelOf}
                ariaLabel={t("brush", { chart: spec.label })}
              />
            )}
            <ActiveRow onChange={onActive} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

// recharts' keyboard layer walks a vertical category axis backwards (ArrowRight goes up the
// bars, ArrowLeft down). For bars, the keys are turned into the ones that move in reading
// order: ArrowDown or ArrowRight to the next bar, ArrowUp or ArrowLeft to the one before.
const FORWARD_BACK: Record<string, string> = {
  ArrowDown: "ArrowLeft",
  ArrowRight: "ArrowLeft",
  ArrowUp: "ArrowRight",
  ArrowLeft: "ArrowRight",
};
const translated = new WeakSet<Event>();
function readingOrderKeys(e: React.KeyboardEvent) {
  const key = FORWARD_BACK[e.key];
  if (!key || translated.has(e.nativeEvent) || !(e.target instanceof SVGElement)) return;
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  e.stopPropagation();
  const next = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  translated.add(next);
  e.target.dispatchEvent(next);
}

// Reports the row the tooltip is on (by pointer or keyboard), for Enter.
function ActiveRow({ onChange }: { onChange: (i: number | null) => void }) {
  const points = useActiveTooltipDataPoints<Point>();
  const i = points?.[0]?.i ?? null;
  useEffect(() => onChange(i), [i, onChange]);
  return null;
}

function RowTooltip({
  active,
  payload,
  spec,
  hidden,
}: TooltipContentProps & { spec: ChartSpec; hidden: readonly string[] }) {
  const t = useTranslations("charts.bar");
  const point = payload?.[0]?.payload as Point | undefined;
  const row: ChartRow | undefined = point ? spec.rows[point.i] : undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip" data-testid="chart-tooltip">
      <p className="chart-tooltip-title">
        {t("tooltipTitle", { name: row.name, total: row.total, totalName: spec.totalName })}
      </p>
      <ul>
        {tooltipLines(row, spec.series, hidden).map((l) => (
          <li key={l.key} data-series={l.key}>
            <span className="swatch" style={{ backgroundColor: l.fill }} />
            <strong>{l.name}</strong>: <span data-testid="tooltip-count">{l.value}</span> ({formatShare(l.share)})
            {l.value > 0 && <span className="chart-tooltip-meaning">{l.meaning}</span>}
          </li>
        ))}
      </ul>
      <p className="chart-tooltip-hint">{row.href ? t("hintRow") : t("hint")}</p>
    </div>
  );
}
