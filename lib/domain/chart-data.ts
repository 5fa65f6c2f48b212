import { valueTicks } from "./chart-scale";
import { STATUSES, STATUS_LABELS, STATUS_MEANINGS, STATUS_PALETTE, type Status } from "./status";

// The plain data a bar chart is drawn from (components/charts/bar-chart.tsx), shaped from the
// data layer's rows on the server: series (what the bars are made of), rows (one bar or stack
// each), and the links a click opens. Pure, so the shaping is unit-tested and the client gets
// nothing but arrays and strings.

// One kind of bar: a status, or a figure such as "overdue". `meaning` is said in the tooltip.
export type ChartSeries = { key: string; name: string; fill: string; meaning: string };

// One bar (or stack): its label on the axis, its longer name in the tooltip, a value per series,
// the total its shares are of, and the pledge list behind the whole bar and behind each segment.
export type ChartRow = {
  key: string;
  label: string;
  name: string;
  values: Record<string, number>;
  total: number;
  href: string | null;
  segmentHrefs: Record<string, string | null>;
};

export type ChartSpec = {
  // The chart's accessible name.
  label: string;
  // Bars along the value axis ("bars", one row per category, read top to bottom) or columns
  // along a time axis ("columns", one per meeting, read left to right).
  layout: "bars" | "columns";
  // Stacked segments (parts of one whole) or side by side (figures that overlap).
  stacked: boolean;
  series: ChartSeries[];
  rows: ChartRow[];
  // What the total of a row counts, for the tooltip ("pledges", "open pledges").
  totalName: string;
};

// The six statuses as series, in the order charts stack them, in the status palette.
export const STATUS_SERIES: ChartSeries[] = STATUSES.map((s) => ({
  key: s,
  name: STATUS_LABELS[s],
  fill: STATUS_PALETTE[s].fill,
  meaning: STATUS_MEANINGS[s],
}));

type StatusCounted = Record<Status, number> & { total: number };

// Rows of a status chart: one per item, its counts by status, linked to the pledge list with
// the item's filters (`link(item)`) and, per segment, that status too (`link(item, status)`).
export function statusRows<T extends StatusCounted>(
  items: T[],
  describe: (item: T) => { key: string; label: string; name?: string },
  link: (item: T, status?: Status) => string | null,
): ChartRow[] {
  return items.map((item) => {
    const { key, label, name } = describe(item);
    return {
      key,
      label,
      name: name ?? label,
      values: Object.fromEntries(STATUSES.map((s) => [s, item[s]])),
      total: item.total,
      href: link(item),
      segmentHrefs: Object.fromEntries(STATUSES.map((s) => [s, item[s] > 0 ? link(item, s) : null])),
    };
  });
}

// A value's share of its row's total (0 when the row is empty), and as the tooltip writes it.
export const shareOf = (value: number, total: number) => (total > 0 ? value / total : 0);
export const formatShare = (share: number) => `${Math.round(share * 100)}%`;

// The lines of a row's tooltip: each shown series with its count, share and meaning.
export function tooltipLines(row: ChartRow, series: ChartSeries[], hidden: readonly string[]) {
  return series
    .filter((s) => !hidden.includes(s.key))
    .map((s) => {
      const value = row.values[s.key] ?? 0;
      return { key: s.key, name: s.name, fill: s.fill, meaning: s.meaning, value, share: shareOf(value, row.total) };
    });
}

// The value axis: whole-number ticks from 0 to a round top over the shown series.
export function valueAxis(spec: Pick<ChartSpec, "rows" | "series" | "stacked">, hidden: readonly string[]) {
  const shown = spec.series.filter((s) => !hidden.includes(s.key));
  const tops = spec.rows.map((r) => {
    const values = shown.map((s) => r.values[s.key] ?? 0);
    return spec.stacked ? values.reduce((n, v) => n + v, 0) : Math.max(0, ...values);
  });
  const ticks = valueTicks(Math.max(0, ...tops));
  return { ticks, top: ticks.at(-1) ?? 1 };
}

// The height reserved for a chart before it draws (so nothing moves when it does): bars get a
// fixed height each (grouped bars more), columns a fixed plot; plus the legend and the axis.
const LEGEND_HEIGHT = 64;
export function chartHeight(spec: Pick<ChartSpec, "layout" | "rows" | "series" | "stacked">): number {
  if (spec.layout === "columns") return LEGEND_HEIGHT + 340;
  const perRow = spec.stacked ? 34 : 12 + 10 * spec.series.length;
  return LEGEND_HEIGHT + 40 + Math.max(1, spec.rows.length) * perRow;
}

// Figures about open pledges that overlap (a pledge can be overdue and stale), drawn side by side.
export const ATTENTION_SERIES: ChartSeries[] = [
  {
    key: "overdue",
    name: "Overdue",
    fill: STATUS_PALETTE.stalled.fill,
    meaning: "A report after the target date found it unfinished",
  },
  {
    key: "unconfirmed",
    name: "Past target, unconfirmed",
    fill: STATUS_PALETTE.pledged.fill,
    meaning: "The target date passed and no later source says either way",
  },
  {
    key: "stale",
    name: "No report at the last 2+ meetings",
    fill: STATUS_PALETTE.partly_delivered.fill,
    meaning: "The last two or more meetings expected to cover it said nothing about it",
  },
];

// A meeting's pledges made before it: those it reported on, and those it said nothing about.
export const COVERAGE_SERIES: ChartSeries[] = [
  {
    key: "reported",
    name: "Reported on",
    fill: STATUS_PALETTE.in_progress.fill,
    meaning: "The meeting's statement reported on the pledge",
  },
  {
    key: "unreported",
    name: "Not reported on",
    fill: STATUS_PALETTE.pledged.fill,
    meaning: "Made before the meeting; its statement did not mention it",
  },
];

type AttentionCounted = {
  areaId: string;
  area: string;
  open: number;
  overdue: number;
  unconfirmed: number;
  stale: number;
};

// Rows of the overdue and stale chart, one per area, shares of its open pledges. Overdue and
// past-target segments open the list with that filter (`link(area, figure)`); stale pledges
// have no list filter (the panel lists them), so their segments open nothing.
export function attentionRows<T extends AttentionCounted>(
  areas: T[],
  link: (area: T, figure?: "overdue" | "unconfirmed") => string,
): ChartRow[] {
  return areas.map((a) => ({
    key: a.areaId,
    label: a.area,
    name: a.area,
    values: { overdue: a.overdue, unconfirmed: a.unconfirmed, stale: a.stale },
    total: a.open,
    href: link(a),
    segmentHrefs: {
      overdue: a.overdue ? link(a, "overdue") : null,
      unconfirmed: a.unconfirmed ? link(a, "unconfirmed") : null,
      stale: null,
    },
  }));
}

type CoverageCounted = { meetingId: string; title: string; date: string; earlier: number; reported: number };

// Rows of the report coverage chart, one per meeting: of the pledges made before it, those it
// reported on and those it did not, each opening the meeting's page (`link(meeting)`).
export function coverageRows<T extends CoverageCounted>(
  meetings: T[],
  describe: (m: T) => { label: string; name: string },
  link: (m: T) => string,
): ChartRow[] {
  return meetings.map((m) => ({
    key: m.meetingId,
    ...describe(m),
    values: { reported: m.reported, unreported: m.earlier - m.reported },
    total: m.earlier,
    href: link(m),
    segmentHrefs: { reported: m.reported ? link(m) : null, unreported: null },
  }));
}

const KNOWN_KEYS = [...STATUS_SERIES, ...ATTENTION_SERIES, ...COVERAGE_SERIES].map((s) => s.key);

// The hidden series as the URL keeps them (`hide=stalled,dropped`), shared by the charts of a
// page: hiding a status hides it in every status chart there. Only known keys, in a fixed
// order, each once; no hidden series is no parameter at all.
export const HIDE_PARAM = "hide";
export function parseHidden(value: string | null | undefined): string[] {
  const given = new Set((value ?? "").split(",").map((s) => s.trim()));
  return KNOWN_KEYS.filter((k) => given.has(k));
}
export function toggleHidden(hidden: readonly string[], key: string): string[] {
  return parseHidden((hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key]).join(","));
}
// The search string with the hidden series set (other parameters kept as they are).
export function withHidden(search: string, hidden: readonly string[]): string {
  const sp = new URLSearchParams(search);
  if (hidden.length) sp.set(HIDE_PARAM, hidden.join(","));
  else sp.delete(HIDE_PARAM);
  const s = sp.toString();
  return s ? `?${s}` : "";
}
