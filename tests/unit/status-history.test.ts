import { describe, expect, it } from "vitest";
import type { Status } from "@/lib/domain/status";
import {
  currentStatus,
  currentStanding,
  effectiveUpdates,
  deadlineStanding,
  matrixRow,
  meetingsWithoutReport,
  statusAsOf,
  type HistoryEntry,
  type MatrixMeeting,
} from "@/lib/domain/status-history";

const u = (
  id: string,
  status: HistoryEntry["status"],
  reportedOn: string,
  extra: Partial<HistoryEntry> = {},
): HistoryEntry => ({
  id,
  status,
  reportedOn,
  createdAt: `${reportedOn}T10:00:00.000Z`,
  meetingId: null,
  correctsId: null,
  ...extra,
});

const reviewed2plus2 = { kind: "two_plus_two", reviewed: true, statementCollected: true } as const;
const meetings: MatrixMeeting[] = [
  { id: "m2015", date: "2015-01-21", ...reviewed2plus2 },
  { id: "m2016", date: "2016-01-08", ...reviewed2plus2 },
  { id: "m2021a", date: "2021-01-14", ...reviewed2plus2, kind: "defence_ministers" },
  { id: "m2021b", date: "2021-02-03", ...reviewed2plus2 },
];
const made2015 = { meetingId: "m2015", madeOn: "2015-01-21", field: "both" } as const;
const made2016 = { meetingId: "m2016", madeOn: "2016-01-08", field: "both" } as const;

describe("statusAsOf", () => {
  it("is null before the pledge was made and 'pledged' from its meeting on", () => {
    expect(statusAsOf("2016-01-08", [], "2015-01-21")).toBeNull();
    expect(statusAsOf("2016-01-08", [], "2016-01-08")).toBe("pledged");
    expect(statusAsOf("2016-01-08", [], "2030-01-01")).toBe("pledged");
  });

  it("takes the latest update on or before the date, counting updates on the same day", () => {
    const updates = [u("a", "in_progress", "2016-01-08"), u("b", "delivered", "2021-02-03")];
    expect(statusAsOf("2015-01-21", updates, "2016-01-07")).toBe("pledged");
    expect(statusAsOf("2015-01-21", updates, "2016-01-08")).toBe("in_progress");
    expect(statusAsOf("2015-01-21", updates, "2021-02-02")).toBe("in_progress");
    expect(statusAsOf("2015-01-21", updates, "2021-02-03")).toBe("delivered");
  });

  it("orders same-day updates by when they were recorded, whatever the input order", () => {
    const later = u("z-first-id", "stalled", "2020-01-01", { createdAt: "2020-01-02T00:00:00.000Z" });
    const earlier = u("a-second-id", "in_progress", "2020-01-01", { createdAt: "2020-01-01T00:00:00.000Z" });
    expect(statusAsOf("2019-01-01", [later, earlier], "2020-01-01")).toBe("stalled");
    expect(currentStatus([later, earlier])).toBe("stalled");
  });

  it("ignores an update that a correction replaced", () => {
    const wrong = u("wrong", "delivered", "2016-01-08");
    const fix = u("fix", "in_progress", "2016-01-08", { correctsId: "wrong", createdAt: "2016-02-01T00:00:00.000Z" });
    expect(effectiveUpdates([wrong, fix]).map((x) => x.id)).toEqual(["fix"]);
    expect(currentStatus([wrong, fix])).toBe("in_progress");
  });
});

describe("deadlineStanding", () => {
  it("needs a passed target date and an open status", () => {
    expect(deadlineStanding(null, "pledged", "2016-01-08", "2026-01-01")).toBeNull();
    expect(deadlineStanding("2016-12-31", "delivered", "2021-02-03", "2026-01-01")).toBeNull();
    expect(deadlineStanding("2016-12-31", "dropped", "2021-02-03", "2026-01-01")).toBeNull();
    expect(deadlineStanding("2026-01-01", "pledged", "2016-01-08", "2026-01-01")).toBeNull();
  });

  it("is overdue only when a report after the target found the pledge open", () => {
    expect(deadlineStanding("2016-12-31", "in_progress", "2021-02-03", "2026-01-01")).toBe("overdue");
    expect(deadlineStanding("2016-12-31", "stalled", "2017-01-01", "2026-01-01")).toBe("overdue");
  });

  it("is past target, unconfirmed when nothing reported on it after the target", () => {
    expect(deadlineStanding("2016-12-31", "pledged", "2016-01-08", "2026-01-01")).toBe("unconfirmed");
    expect(deadlineStanding("2016-12-31", "in_progress", "2016-12-31", "2026-01-01")).toBe("unconfirmed");
  });
});

describe("matrixRow", () => {
  it("marks made, reported, no-report and not-yet cells", () => {
    const updates = [u("x", "in_progress", "2021-02-03", { meetingId: "m2021b" })];
    const row = matrixRow(made2016, updates, meetings);
    expect(row).toEqual([
      { kind: "not-yet" },
      { kind: "made", status: "pledged" },
      { kind: "no-report", status: "pledged" },
      { kind: "reported", status: "in_progress", updateId: "x" },
    ]);
  });

  it("carries a reported status forward into later silent meetings", () => {
    const updates = [u("x", "in_progress", "2016-01-08", { meetingId: "m2016" })];
    const row = matrixRow(made2015, updates, meetings);
    expect(row[2]).toEqual({ kind: "no-report", status: "in_progress" });
    expect(meetingsWithoutReport(made2015, updates, meetings)).toBe(2);
  });

  it("counts an undated-meeting update reported on a meeting's day as a report there", () => {
    const updates = [u("d", "delivered", "2021-01-14")];
    const row = matrixRow(made2016, updates, meetings);
    expect(row[2]).toEqual({ kind: "reported", status: "delivered", updateId: "d" });
    expect(meetingsWithoutReport(made2016, updates, meetings)).toBe(1);
  });

  it("does not count a meeting that was not expected to cover the pledge's field", () => {
    const foreign = { ...made2016, field: "foreign" } as const;
    const row = matrixRow(foreign, [], meetings);
    expect(row[2]).toEqual({ kind: "not-expected", status: "pledged" });
    expect(row[3]).toEqual({ kind: "no-report", status: "pledged" });
    expect(meetingsWithoutReport(foreign, [], meetings)).toBe(1);
    expect(meetingsWithoutReport(made2016, [], meetings)).toBe(2);
  });

  it("shows an unreviewed or uncollected meeting as such, never as silence, and keeps the count running across it", () => {
    const gaps: MatrixMeeting[] = [
      meetings[0]!,
      meetings[1]!,
      { id: "m2017", date: "2017-12-14", ...reviewed2plus2, statementCollected: false, reviewed: false },
      { ...meetings[2]!, reviewed: false },
      meetings[3]!,
    ];
    const row = matrixRow(made2015, [], gaps);
    expect(row.map((c) => c.kind)).toEqual(["made", "no-report", "not-collected", "not-reviewed", "no-report"]);
    expect(meetingsWithoutReport(made2015, [], gaps)).toBe(2);
  });
});

describe("currentStanding", () => {
  const r = (id: string, status: Status, reportedOn: string, correctsId: string | null = null): HistoryEntry => ({
    id,
    status,
    reportedOn,
    createdAt: `${reportedOn}T00:00:00Z`,
    meetingId: null,
    correctsId,
  });

  it("dates a status from its first report in the unbroken run, and says when it was last confirmed", () => {
    const history = [r("a", "in_progress", "2016-01-08"), r("b", "in_progress", "2021-02-03")];
    expect(currentStanding("2016-01-08", history)).toEqual({
      status: "in_progress",
      since: "2016-01-08",
      lastConfirmed: "2021-02-03",
    });
  });

  it("starts again where the status changed", () => {
    const history = [r("a", "in_progress", "2016-01-08"), r("b", "delivered", "2017-12-14")];
    expect(currentStanding("2015-01-21", history)).toEqual({
      status: "delivered",
      since: "2017-12-14",
      lastConfirmed: null,
    });
  });

  it("counts from the day it was made while nothing changed it, and ignores corrected reports", () => {
    expect(currentStanding("2015-01-21", [])).toEqual({ status: "pledged", since: "2015-01-21", lastConfirmed: null });
    const history = [
      r("a", "pledged", "2016-01-08"),
      r("b", "stalled", "2017-01-01"),
      r("c", "pledged", "2017-02-01", "b"),
    ];
    expect(currentStanding("2015-01-21", history)).toEqual({
      status: "pledged",
      since: "2015-01-21",
      lastConfirmed: "2017-02-01",
    });
  });
});
