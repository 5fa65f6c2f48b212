import { beforeAll, describe, expect, it } from "vitest";
import { attentionByArea, pledgesNeedingAttention, reportCoverageByMeeting } from "@/lib/data/charts";
import { getBriefingData } from "@/lib/briefing/data";
import { statusMixByMeeting } from "@/lib/data/progress";
import { db } from "@/lib/db/client";
import { buildBriefing, BRIEFING_HEADINGS } from "@/lib/briefing/document";
import { dayToDate, today } from "@/lib/domain/dates";
import { meetingsWithoutReport } from "@/lib/domain/status-history";
import type { Status } from "@/lib/domain/status";

// Hand-made cases the real data set lacks: a pledge never reported on, a report dated on a
// meeting's day without naming the meeting, a corrected (superseded) update, a pledge dropped
// because another supersedes it, and an overdue one. Each aggregate must treat them as the
// domain rules in lib/domain/status-history.ts do.

const M = { m1: "2020-01-10", m2: "2020-06-10", m3: "2021-01-10" } as const;
const TEXT =
  "The ministers agreed to study the matter. They also agreed to hold exercises. They welcomed progress on the study.";

type Update = { id: string; status: Status; meeting: keyof typeof M | null; on: string; corrects?: string; at: number };
const PLEDGES: { id: string; made: keyof typeof M; target?: string; predecessor?: string; updates: Update[] }[] = [
  { id: "edge-a", made: "m1", updates: [] },
  { id: "edge-b", made: "m1", updates: [{ id: "b1", status: "in_progress", meeting: null, on: M.m2, at: 1 }] },
  {
    id: "edge-c",
    made: "m1",
    updates: [
      { id: "c1", status: "delivered", meeting: "m2", on: M.m2, at: 1 },
      { id: "c2", status: "in_progress", meeting: "m2", on: M.m2, corrects: "c1", at: 2 },
    ],
  },
  { id: "edge-d", made: "m1", updates: [{ id: "d1", status: "dropped", meeting: "m3", on: M.m3, at: 1 }] },
  { id: "edge-e", made: "m3", predecessor: "edge-d", updates: [] },
  {
    id: "edge-f",
    made: "m1",
    target: "2020-12-31",
    updates: [{ id: "f1", status: "in_progress", meeting: "m3", on: M.m3, at: 1 }],
  },
];

beforeAll(async () => {
  await db.dialogue.create({
    data: { id: "edge", slug: "edge", name: "Edge-case dialogue", partnerCountry: "Edgeland" },
  });
  await db.area.create({ data: { id: "edge-area", slug: "edge-area", name: "Edge area", position: 99 } });
  await db.sourceDocument.create({
    data: {
      id: "edge-doc",
      title: "Edge statement",
      publisher: "Test",
      paragraphs: { create: [{ id: "edge-p1", position: 1, label: "1", text: TEXT }] },
    },
  });
  for (const [id, date] of Object.entries(M)) {
    await db.meeting.create({
      data: {
        id,
        dialogueId: "edge",
        title: `Edge meeting ${id}`,
        date: dayToDate(date),
        format: "video",
        kind: "two_plus_two",
        reviewedAt: new Date(),
        documents: { create: [{ documentId: "edge-doc" }] },
      },
    });
  }
  for (const p of PLEDGES) {
    await db.pledge.create({
      data: {
        id: p.id,
        dialogueId: "edge",
        meetingId: p.made,
        areaId: "edge-area",
        side: "both",
        title: `Pledge ${p.id}`,
        text: TEXT,
        paragraphId: "edge-p1",
        quote: "agreed to study the matter",
        targetDate: p.target ? dayToDate(p.target) : null,
        predecessorId: p.predecessor ?? null,
        predecessorLink: p.predecessor ? "supersedes" : null,
        currentStatusDate: dayToDate(M[p.made]),
      },
    });
    for (const u of p.updates) {
      await db.statusUpdate.create({
        data: {
          id: u.id,
          pledgeId: p.id,
          status: u.status,
          meetingId: u.meeting,
          reportedOn: dayToDate(u.on),
          paragraphId: "edge-p1",
          quote: "welcomed progress on the study",
          correctsId: u.corrects ?? null,
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, u.at)),
        },
      });
    }
  }
});

const domainSilence = (id: string, asOf: string) => {
  const p = PLEDGES.find((x) => x.id === id)!;
  const meetings = Object.entries(M)
    .filter(([, d]) => d <= asOf)
    .map(([mid, date]) => ({ id: mid, date, kind: "two_plus_two" as const, reviewed: true, statementCollected: true }));
  const updates = p.updates.map((u) => ({
    id: u.id,
    status: u.status,
    reportedOn: u.on,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, u.at)).toISOString(),
    meetingId: u.meeting,
    correctsId: u.corrects ?? null,
  }));
  return meetingsWithoutReport({ meetingId: p.made, madeOn: M[p.made], field: "both" }, updates, meetings);
};

describe("status at each meeting", () => {
  it("counts a report dated on a meeting's day, ignores a corrected update, and counts a superseded pledge once", async () => {
    const rows = await statusMixByMeeting("edge");
    const pick = (r: (typeof rows)[number]) => ({
      pledged: r.pledged,
      in_progress: r.in_progress,
      delivered: r.delivered,
      dropped: r.dropped,
      total: r.total,
    });
    expect(rows.map(pick)).toEqual([
      { pledged: 5, in_progress: 0, delivered: 0, dropped: 0, total: 5 },
      { pledged: 3, in_progress: 2, delivered: 0, dropped: 0, total: 5 },
      // edge-e supersedes edge-d at m3: from then on the commitment counts once, as edge-e.
      { pledged: 2, in_progress: 3, delivered: 0, dropped: 0, total: 5 },
    ]);
  });

  it("reports which meeting reported on how many earlier pledges", async () => {
    const rows = await reportCoverageByMeeting("edge");
    expect(rows.map((r) => [r.meetingId, r.earlier, r.reported])).toEqual([
      ["m1", 0, 0],
      ["m2", 5, 2],
      ["m3", 5, 2],
    ]);
  });
});

describe("overdue and stale", () => {
  it("agrees with the domain's count of meetings without a report", async () => {
    const { rows } = await pledgesNeedingAttention({ dialogue: "edge" }, 100);
    expect(rows.map((r) => [r.id, r.overdue, r.silent])).toEqual([
      ["edge-f", true, domainSilence("edge-f", today())],
      ["edge-a", false, domainSilence("edge-a", today())],
    ]);
    expect(domainSilence("edge-a", today())).toBe(2);
    // A report on the meeting's day without the meeting's id still counts as that meeting's report.
    expect(domainSilence("edge-b", today())).toBe(1);
  });

  it("counts open, overdue and stale pledges; a dropped (superseded) pledge is closed", async () => {
    const [row] = await attentionByArea({ dialogue: "edge", area: "edge-area" });
    expect(row).toEqual({
      areaId: "edge-area",
      area: "Edge area",
      // The edge data set names its area in English only.
      areaJa: null,
      open: 5,
      overdue: 1,
      unconfirmed: 0,
      unconfirmedInGap: 0,
      stale: 1,
    });
  });
});

describe("the briefing", () => {
  it("as of the second meeting: the same-day report and the correction are the changes", async () => {
    const b = (await getBriefingData({ dialogueId: "edge", asOf: M.m2 }))!;
    expect(b.changes.map((c) => [c.pledge.id, c.from, c.to])).toEqual([
      ["edge-b", "pledged", "in_progress"],
      ["edge-c", "pledged", "in_progress"],
    ]);
    const a = b.pledges.find((p) => p.id === "edge-a")!;
    // Never reported on: the evidence is the pledge's own citation.
    expect(a.evidence).toMatchObject({
      quote: "agreed to study the matter",
      documentId: "edge-doc",
      paragraph: "1",
      meeting: "Edge meeting m1",
    });
    expect(a.silent).toBe(1);
  });

  it("as of the last meeting: the dropped pledge moves to the closed list and its successor is new", async () => {
    const b = (await getBriefingData({ dialogueId: "edge", asOf: M.m3 }))!;
    expect(b.changes.map((c) => [c.pledge.id, c.from, c.to])).toEqual([
      ["edge-d", "pledged", "dropped"],
      ["edge-f", "pledged", "in_progress"],
    ]);
    // edge-e restates edge-d: one commitment, counted once.
    expect(b.figures).toMatchObject({ total: 5, superseded: 1, open: 5, overdue: 1, stale: 1 });
    expect(b.pledges.find((p) => p.id === "edge-d")!.supersededBy).toEqual({ id: "edge-e", title: "Pledge edge-e" });
    const doc = buildBriefing(b);
    const changes = doc.sections.find((s) => s.heading === BRIEFING_HEADINGS.changes)!;
    // The day before, edge-e did not exist yet and edge-d counted.
    expect((await getBriefingData({ dialogueId: "edge", asOf: "2021-01-09" }))!.figures).toMatchObject({
      total: 5,
      superseded: 0,
    });
    const newOnes = changes.subsections.find((s) => s.heading === BRIEFING_HEADINGS.newPledges)!;
    expect(newOnes.blocks[0]).toMatchObject({ kind: "items", items: [{ title: "Pledge edge-e" }] });
    const closed = doc.sections.find((s) => s.heading === BRIEFING_HEADINGS.closed)!;
    expect(closed.blocks[0]).toMatchObject({
      kind: "items",
      items: [
        {
          title: "Pledge edge-d",
          status: "dropped",
          lines: [expect.stringContaining('superseded by "Pledge edge-e"')],
        },
      ],
    });
    const open = doc.sections.find((s) => s.heading === BRIEFING_HEADINGS.open)!;
    expect(open.subsections.map((s) => s.heading)).toEqual(["Edge area (5 open)"]);
  });
});
