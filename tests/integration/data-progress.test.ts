import { describe, expect, it } from "vitest";
import { headlineFigures, latestUpdates, progressByArea, statusMixByMeeting } from "@/lib/data/progress";
import { STATUSES } from "@/lib/domain/status";
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

describe("headlineFigures", () => {
  it.each([undefined, "japan-uk", "japan-us"])("counts pledges by current status for dialogue %s", async (dialogue) => {
    const pledges = countedPledgesOf(dialogue);
    const figures = await headlineFigures({ dialogue });
    const expected = countBy(pledges, (p) => expectedStatus(p));
    expect(figures.total).toBe(pledges.length);
    for (const s of STATUSES) expect(figures.byStatus[s], s).toBe(expected[s] ?? 0);
    expect(figures.overdue).toBe(pledges.filter((p) => expectedDeadline(p, today()) === "overdue").length);
    expect(figures.unconfirmed).toBe(pledges.filter((p) => expectedDeadline(p, today()) === "unconfirmed").length);
    expect(figures.shareDelivered).toBeCloseTo((expected.delivered ?? 0) / pledges.length);
  });

  it("counts the superseded 2015 EPA pledge once, under its 2016 successor", async () => {
    const all = pledgesOf("japan-uk");
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining(["jpuk-2015-eu-japan-epa", "jpuk-eu-japan-epa-2016"]));
    const figures = await headlineFigures({ dialogue: "japan-uk" });
    expect(figures.total).toBe(all.length - 1);
    expect(figures.byStatus.dropped).toBe(countBy(all, (p) => expectedStatus(p)).dropped! - 1);
    // Filters that leave the successor out leave the earlier pledge as the only instance: it counts.
    const made2015 = all.filter((p) => p.meeting === "jpuk-2plus2-2015").length;
    expect((await headlineFigures({ dialogue: "japan-uk", to: "2015-12-31" })).total).toBe(made2015);
    expect((await headlineFigures({ meeting: "jpuk-2plus2-2015" })).total).toBe(made2015);
    expect((await headlineFigures({ q: "EPA", to: "2015-12-31" })).total).toBe(1);
    // Filters that keep both count it once.
    expect((await headlineFigures({ q: "EPA" })).total).toBe(1);
    const [economy] = await progressByArea({
      dialogue: "japan-uk",
      area: "economic-security-climate",
      to: "2015-12-31",
    });
    expect(economy!.total).toBe(
      all.filter((p) => p.meeting === "jpuk-2plus2-2015" && p.area === "economic-security-climate").length,
    );
  });

  it("the Japan-UK dialogue holds the bulk of the real data set", async () => {
    const figures = await headlineFigures({ dialogue: "japan-uk" });
    expect(figures.total).toBeGreaterThanOrEqual(45);
    expect(figures.byStatus.in_progress).toBeGreaterThan(0);
  });

  it("honours the text search and status filters", async () => {
    const figures = await headlineFigures({ q: "air-to-air", status: "in_progress" });
    expect(figures.total).toBe(1);
    expect(figures.byStatus.in_progress).toBe(1);
  });
});

describe("progressByArea", () => {
  it("lists every area with counts that match the data set", async () => {
    const rows = await progressByArea({ dialogue: "japan-uk" });
    expect(rows.map((r) => r.areaId)).toEqual(data.areas.map((a) => a.id));
    const pledges = countedPledgesOf("japan-uk");
    for (const row of rows) {
      const inArea = pledges.filter((p) => p.area === row.areaId);
      expect(row.total, row.areaId).toBe(inArea.length);
      const expected = countBy(inArea, (p) => expectedStatus(p));
      for (const s of STATUSES) expect(row[s], `${row.areaId} ${s}`).toBe(expected[s] ?? 0);
    }
  });

  it("keeps only the chosen area when filtered by area", async () => {
    const rows = await progressByArea({ area: "defence-equipment" });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.total).toBe(countedPledgesOf().filter((p) => p.area === "defence-equipment").length);
  });
});

describe("statusMixByMeeting", () => {
  it("gives the status of every pledge made so far as of each Japan-UK meeting", async () => {
    const rows = await statusMixByMeeting("japan-uk");
    const meetings = data.meetings
      .filter((m) => m.dialogue === "japan-uk")
      .sort((a, b) => a.date.localeCompare(b.date));
    expect(rows.map((r) => r.meetingId)).toEqual(meetings.map((m) => m.id));
    for (const [i, m] of meetings.entries()) {
      const expected = countBy(countedPledgesOf("japan-uk", m.date), (p) => expectedStatus(p, m.date));
      const row = rows[i]!;
      for (const s of STATUSES) expect(row[s], `${m.id} ${s}`).toBe(expected[s] ?? 0);
    }
    // The 2015 EPA pledge counts at the 2015 meeting; from 2016 its successor stands for it.
    const epa = (id: string) => data.pledges.find((p) => p.id === id)!;
    const at2015 = rows.find((r) => r.meetingId === epa("jpuk-2015-eu-japan-epa").meeting)!;
    const at2016 = rows.find((r) => r.meetingId === epa("jpuk-eu-japan-epa-2016").meeting)!;
    const madeBy = (day: string) =>
      pledgesOf("japan-uk").filter((p) => data.meetings.find((m) => m.id === p.meeting)!.date <= day).length;
    expect(at2015.total).toBe(madeBy(at2015.date));
    expect(at2016.total).toBe(madeBy(at2016.date) - 1);
    // The picture grows: more pledges exist at each later meeting.
    expect(rows[0]!.total).toBeLessThan(rows.at(-1)!.total);
  });
});

describe("latestUpdates", () => {
  it("returns the newest reports first, with their quotes", async () => {
    const rows = await latestUpdates({ dialogue: "japan-uk" }, 5);
    expect(rows).toHaveLength(5);
    const newest = pledgesOf("japan-uk")
      .flatMap((p) => p.updates.map(updateDate))
      .sort()
      .at(-1);
    expect(rows[0]!.reportedOn).toBe(newest);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.reportedOn >= rows[i]!.reportedOn).toBe(true);
    expect(rows.every((r) => r.quote && r.quote.length > 0)).toBe(true);
  });
});
