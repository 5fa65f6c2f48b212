import { describe, expect, it } from "vitest";
import { attentionByArea, pledgesNeedingAttention, progressBySide, reportCoverageByMeeting } from "@/lib/data/charts";
import { headlineFigures, statusMixByMeeting } from "@/lib/data/progress";
import { listPledges } from "@/lib/data/pledges";
import { SIDES, STATUSES, isOpen } from "@/lib/domain/status";
import { today } from "@/lib/domain/dates";
import {
  countBy,
  countedPledgesOf,
  data,
  expectedDeadline,
  expectedStatus,
  pledgesOf,
  updateDate,
} from "./expected-from-seed";
import { expectedSilence } from "./expected-silence";

const meetingDate = new Map(data.meetings.map((m) => [m.id, m.date]));

describe("progressBySide", () => {
  it.each([undefined, "japan-uk"])("counts pledges by side and current status for dialogue %s", async (dialogue) => {
    const rows = await progressBySide({ dialogue });
    expect(rows.map((r) => r.side)).toEqual([...SIDES]);
    for (const row of rows) {
      const ofSide = countedPledgesOf(dialogue).filter((p) => p.side === row.side);
      expect(row.total, row.side).toBe(ofSide.length);
      const expected = countBy(ofSide, (p) => expectedStatus(p));
      for (const s of STATUSES) expect(row[s], `${row.side} ${s}`).toBe(expected[s] ?? 0);
    }
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(countedPledgesOf(dialogue).length);
  });

  it("puts the jointly undertaken pledges first in number in the real data set", async () => {
    const rows = await progressBySide({ dialogue: "japan-uk" });
    const both = rows.find((r) => r.side === "both")!;
    expect(both.total).toBeGreaterThan(rows.find((r) => r.side === "japan")!.total);
  });
});

describe("the meeting date range filter", () => {
  const from = "2016-01-01";
  const to = "2021-01-31";
  const inRange = pledgesOf("japan-uk").filter(
    (p) => meetingDate.get(p.meeting)! >= from && meetingDate.get(p.meeting)! <= to,
  );

  it("keeps pledges made at meetings in the range, in SQL aggregates and in lists alike", async () => {
    expect(inRange.length).toBeGreaterThan(0);
    expect((await headlineFigures({ dialogue: "japan-uk", from, to })).total).toBe(inRange.length);
    expect((await listPledges({ dialogue: "japan-uk", from, to })).total).toBe(inRange.length);
    expect((await progressBySide({ dialogue: "japan-uk", from, to })).reduce((n, r) => n + r.total, 0)).toBe(
      inRange.length,
    );
  });

  it("limits the meeting axis of the status-at-each-meeting chart", async () => {
    const rows = await statusMixByMeeting("japan-uk", { from, to });
    const expectedMeetings = data.meetings
      .filter((m) => m.dialogue === "japan-uk" && m.date >= from && m.date <= to)
      .sort((a, b) => a.date.localeCompare(b.date));
    expect(rows.map((r) => r.meetingId)).toEqual(expectedMeetings.map((m) => m.id));
    for (const [i, m] of expectedMeetings.entries()) {
      const expected = countBy(inRange, (p) => expectedStatus(p, m.date));
      for (const s of STATUSES) expect(rows[i]![s], `${m.id} ${s}`).toBe(expected[s] ?? 0);
    }
  });
});

describe("overdue and stale pledges", () => {
  const now = today();
  const open = (dialogue?: string) => countedPledgesOf(dialogue).filter((p) => isOpen(expectedStatus(p)!));

  it("attentionByArea counts open, overdue and stale pledges per area", async () => {
    const rows = await attentionByArea({ dialogue: "japan-uk" });
    expect(rows.map((r) => r.areaId)).toEqual(data.areas.map((a) => a.id));
    for (const row of rows) {
      const inArea = open("japan-uk").filter((p) => p.area === row.areaId);
      expect(row.open, row.areaId).toBe(inArea.length);
      expect(row.overdue, row.areaId).toBe(inArea.filter((p) => expectedDeadline(p, now) === "overdue").length);
      expect(row.unconfirmed, row.areaId).toBe(inArea.filter((p) => expectedDeadline(p, now) === "unconfirmed").length);
      expect(row.stale, row.areaId).toBe(inArea.filter((p) => expectedSilence(p, now) >= 2).length);
    }
  });

  it("in the real data set, many Japan-UK pledges went unreported at the last two meetings", async () => {
    const rows = await attentionByArea({ dialogue: "japan-uk" });
    const stale = rows.reduce((n, r) => n + r.stale, 0);
    const overdue = rows.reduce((n, r) => n + r.overdue, 0);
    expect(stale).toBeGreaterThan(10);
    expect(overdue + rows.reduce((n, r) => n + r.unconfirmed, 0)).toBeGreaterThan(0);
    expect(overdue).toBe((await headlineFigures({ dialogue: "japan-uk" })).overdue);
  });

  it("pledgesNeedingAttention lists overdue first, then the longest silent, with silence counts", async () => {
    const { rows, total } = await pledgesNeedingAttention({ dialogue: "japan-uk" }, 500);
    const expected = open("japan-uk").filter(
      (p) => (p.targetDate && p.targetDate < now) || expectedSilence(p, now) >= 2,
    );
    expect(total).toBe(expected.length);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((p) => p.id).sort());
    for (const r of rows) {
      const p = data.pledges.find((x) => x.id === r.id)!;
      expect(r.silent, r.id).toBe(expectedSilence(p, now));
      const dates = p.updates.map(updateDate).sort();
      expect(r.lastReport, r.id).toBe(dates.at(-1) ?? null);
    }
    const firstNotOverdue = rows.findIndex((r) => !r.overdue);
    if (firstNotOverdue >= 0) expect(rows.slice(firstNotOverdue).every((r) => !r.overdue)).toBe(true);
  });

  it("caps the list but reports the full total", async () => {
    const { rows, total } = await pledgesNeedingAttention({ dialogue: "japan-uk" }, 3);
    expect(rows).toHaveLength(3);
    expect(total).toBeGreaterThan(3);
  });
});

describe("reportCoverageByMeeting", () => {
  it("counts, for each Japan-UK meeting, the earlier pledges and how many of them it reported on", async () => {
    const rows = await reportCoverageByMeeting("japan-uk");
    const meetings = data.meetings
      .filter((m) => m.dialogue === "japan-uk")
      .sort((a, b) => a.date.localeCompare(b.date));
    expect(rows.map((r) => r.meetingId)).toEqual(meetings.map((m) => m.id));
    for (const [i, m] of meetings.entries()) {
      // A pledge superseded before the meeting counts once, under its successor.
      const earlier = countedPledgesOf("japan-uk", m.date, true).filter((p) => meetingDate.get(p.meeting)! < m.date);
      const reported = earlier.filter((p) =>
        p.updates.some((u) => u.meeting === m.id || (!u.meeting && u.date === m.date)),
      );
      expect([rows[i]!.earlier, rows[i]!.reported], m.id).toEqual([earlier.length, reported.length]);
    }
    // The 4th 2+2 reported on some of the earlier pledges, not all: the heat map's point.
    const last = rows.at(-1)!;
    expect(last.reported).toBeGreaterThan(0);
    expect(last.reported).toBeLessThan(last.earlier);
  });
});
