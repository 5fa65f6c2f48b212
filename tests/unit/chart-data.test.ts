import { describe, expect, it } from "vitest";
import {
  ATTENTION_SERIES,
  COVERAGE_SERIES,
  STATUS_SERIES,
  attentionRows,
  chartHeight,
  coverageRows,
  formatShare,
  parseHidden,
  shareOf,
  statusRows,
  toggleHidden,
  tooltipLines,
  valueAxis,
  withHidden,
} from "@/lib/domain/chart-data";
import { STATUSES, STATUS_MEANINGS, STATUS_PALETTE, type Status } from "@/lib/domain/status";

// The shaping of the data layer's plain arrays into what the recharts charts draw.

const counts = (c: Partial<Record<Status, number>>) => {
  const full = Object.fromEntries(STATUSES.map((s) => [s, c[s] ?? 0])) as Record<Status, number>;
  return { ...full, total: STATUSES.reduce((n, s) => n + full[s], 0) };
};
const areas = [
  { areaId: "defence-equipment", area: "Defence equipment", ...counts({ pledged: 1, in_progress: 5 }) },
  { areaId: "maritime", area: "Maritime security", ...counts({ in_progress: 2, delivered: 1 }) },
];
const link = (a: { areaId: string }, status?: Status) =>
  `/pledges?area=${a.areaId}${status ? `&status=${status}` : ""}`;

describe("status charts", () => {
  it("use the status palette, in stacking order, with each status's meaning", () => {
    expect(STATUS_SERIES.map((s) => s.key)).toEqual([...STATUSES]);
    for (const s of STATUS_SERIES) {
      expect(s.fill).toBe(STATUS_PALETTE[s.key as Status].fill);
      expect(s.meaning).toBe(STATUS_MEANINGS[s.key as Status]);
    }
  });

  it("give one row per item with its counts, total and links, none for empty segments", () => {
    const rows = statusRows(areas, (a) => ({ key: a.areaId, label: a.area }), link);
    expect(rows).toHaveLength(2);
    const [defence] = rows;
    expect(defence).toMatchObject({ key: "defence-equipment", label: "Defence equipment", name: "Defence equipment" });
    expect(defence!.values).toEqual({
      pledged: 1,
      in_progress: 5,
      partly_delivered: 0,
      delivered: 0,
      stalled: 0,
      dropped: 0,
    });
    expect(defence!.total).toBe(6);
    expect(defence!.href).toBe("/pledges?area=defence-equipment");
    expect(defence!.segmentHrefs.in_progress).toBe("/pledges?area=defence-equipment&status=in_progress");
    expect(defence!.segmentHrefs.delivered).toBeNull();
  });

  it("write the tooltip's lines: count, share of the row and meaning, hidden series left out", () => {
    const [defence] = statusRows(areas, (a) => ({ key: a.areaId, label: a.area }), link);
    const lines = tooltipLines(defence!, STATUS_SERIES, ["dropped"]);
    expect(lines.map((l) => l.key)).toEqual(["pledged", "in_progress", "partly_delivered", "delivered", "stalled"]);
    const inProgress = lines.find((l) => l.key === "in_progress")!;
    expect(inProgress).toMatchObject({ value: 5, meaning: STATUS_MEANINGS.in_progress });
    expect(formatShare(inProgress.share)).toBe("83%");
    expect(shareOf(3, 0)).toBe(0);
  });
});

describe("the value axis and the reserved box", () => {
  const spec = {
    rows: statusRows(areas, (a) => ({ key: a.areaId, label: a.area }), link),
    series: STATUS_SERIES,
    stacked: true,
  };
  it("tops stacked bars at a round number over the shown series", () => {
    expect(valueAxis(spec, [])).toEqual({ ticks: [0, 2, 4, 6], top: 6 });
    // Hiding "in progress" leaves at most 1 per row.
    expect(valueAxis(spec, ["in_progress"]).top).toBe(1);
    // Side by side, the tallest single bar counts.
    expect(valueAxis({ ...spec, stacked: false }, []).top).toBe(5);
  });

  it("reserves a height that grows with the rows for bars and is fixed for columns", () => {
    const two = chartHeight({ ...spec, layout: "bars" });
    const twelve = chartHeight({ ...spec, layout: "bars", rows: Array.from({ length: 12 }, () => spec.rows[0]!) });
    expect(twelve).toBeGreaterThan(two);
    expect(chartHeight({ ...spec, layout: "columns" })).toBe(
      chartHeight({ ...spec, layout: "columns", rows: spec.rows.slice(0, 1) }),
    );
    // Grouped bars (three side by side) need more room per row than one stack.
    expect(chartHeight({ ...spec, layout: "bars", series: ATTENTION_SERIES, stacked: false })).toBeGreaterThan(two);
  });
});

describe("overdue and stale, and report coverage", () => {
  it("shares are of the open pledges; stale segments open nothing", () => {
    const [row] = attentionRows(
      [{ areaId: "cyber", area: "Cyber", open: 4, overdue: 1, unconfirmed: 0, stale: 2 }],
      (a, figure) => `/pledges?area=${a.areaId}${figure ? `&${figure}=1` : ""}`,
    );
    expect(row).toMatchObject({
      total: 4,
      values: { overdue: 1, unconfirmed: 0, stale: 2 },
      href: "/pledges?area=cyber",
    });
    expect(row!.segmentHrefs).toEqual({ overdue: "/pledges?area=cyber&overdue=1", unconfirmed: null, stale: null });
    expect(tooltipLines(row!, ATTENTION_SERIES, []).map((l) => formatShare(l.share))).toEqual(["25%", "0%", "50%"]);
  });

  it("splits a meeting's earlier pledges into reported and not", () => {
    const [row] = coverageRows(
      [{ meetingId: "m4", title: "4th 2+2", date: "2021-02-03", earlier: 50, reported: 12 }],
      (m) => ({ label: "Feb 2021", name: m.title }),
      (m) => `/meetings/${m.meetingId}`,
    );
    expect(row).toMatchObject({ key: "m4", label: "Feb 2021", name: "4th 2+2", total: 50 });
    expect(row!.values).toEqual({ reported: 12, unreported: 38 });
    expect(COVERAGE_SERIES.map((s) => s.key)).toEqual(Object.keys(row!.values));
  });
});

describe("hidden series in the URL", () => {
  it("reads only known keys, in a fixed order, once each", () => {
    expect(parseHidden("dropped,stalled,bogus,stalled,__proto__")).toEqual(["stalled", "dropped"]);
    expect(parseHidden(null)).toEqual([]);
    expect(parseHidden("overdue, reported")).toEqual(["overdue", "reported"]);
  });

  it("toggles a key and writes the parameter, keeping the others", () => {
    expect(toggleHidden([], "dropped")).toEqual(["dropped"]);
    expect(toggleHidden(["stalled", "dropped"], "stalled")).toEqual(["dropped"]);
    expect(withHidden("?dialogue=japan-uk", ["stalled", "dropped"])).toBe("?dialogue=japan-uk&hide=stalled%2Cdropped");
    expect(withHidden("?dialogue=japan-uk&hide=stalled", [])).toBe("?dialogue=japan-uk");
    expect(withHidden("", [])).toBe("");
  });
});
