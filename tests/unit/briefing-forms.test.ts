import { describe, expect, it } from "vitest";
import { briefingDay } from "@/lib/briefing/data";
import {
  BRIEFING_HEADINGS,
  buildBriefing,
  type BriefingData,
  type BriefingPledge,
  type DocBlock,
  type DocSection,
} from "@/lib/briefing/document";
import { briefingToMarkdown } from "@/lib/briefing/markdown";
import { briefingToPdf } from "@/lib/briefing/pdf";
import { pdfText } from "@/tests/support/pdf-text";

// The briefing at any size: the summary stays a few pages however many pledges are open, the
// full listing pages through every pledge exactly once, and the day is a meeting's or today.

const AREAS = ["a1", "a2", "a3"];
const N = 3_000;
const pledges: BriefingPledge[] = Array.from({ length: N }, (_, n) => ({
  id: `p${n}`,
  title: `Pledge ${n}`,
  side: "both",
  area: { id: AREAS[n % 3]!, name: `Area ${AREAS[n % 3]}` },
  status: n % 5 === 0 ? "delivered" : n % 7 === 0 ? "stalled" : "in_progress",
  since: "2021-02-03",
  madeOn: "2016-01-08",
  madeAt: "2nd 2+2",
  targetDate: n % 11 === 0 ? "2020-01-01" : null,
  overdue: n % 11 === 0 && n % 5 !== 0,
  unconfirmed: false,
  silent: n % 4,
  evidence: null,
  supersededBy: null,
  inCollectionGap: false,
}));
const data: BriefingData = {
  dialogue: { id: "d1", name: "Dialogue 1", partnerCountry: "UK" },
  area: null,
  asOf: "2026-11-22",
  lastMeeting: { id: "m4", title: "4th meeting", date: "2021-02-03" },
  evidenceUpTo: "2021-02-03",
  figures: {
    total: N,
    superseded: 0,
    byStatus: { pledged: 0, in_progress: 0, partly_delivered: 0, delivered: 0, stalled: 0, dropped: 0 },
    open: 0,
    overdue: 0,
    unconfirmed: 0,
    unconfirmedInGap: 0,
    stale: 0,
    shareDelivered: 0,
  },
  changes: [],
  pledges,
};

const walk = (s: DocSection): DocSection[] => [s, ...s.subsections.flatMap(walk)];
const blocks = (sections: DocSection[]): DocBlock[] => sections.flatMap(walk).flatMap((s) => s.blocks);
const itemHrefs = (sections: DocSection[]) =>
  blocks(sections).flatMap((b) => (b.kind === "items" ? b.items.map((i) => i.href) : []));

describe("the summary form", () => {
  const doc = buildBriefing(data, { form: "summary", perArea: 8 });

  it("lists at most perArea open pledges per area, those needing attention first", () => {
    const open = doc.sections.find((s) => s.id === "open")!;
    expect(open.subsections).toHaveLength(3);
    for (const area of open.subsections) {
      const items = area.blocks.flatMap((b) => (b.kind === "items" ? b.items : []));
      expect(items).toHaveLength(8);
      // Every overdue pledge of the area outranks every pledge that is not.
      const overdueIds = new Set(pledges.filter((p) => p.overdue).map((p) => `/pledges/${p.id}`));
      expect(items.every((i) => overdueIds.has(i.href!))).toBe(true);
      const more = area.blocks.find((b) => b.kind === "links");
      expect(more).toMatchObject({ kind: "links", text: expect.stringMatching(/^\d+ more open pledges in this area/) });
      expect(more?.kind === "links" && more.links[0]!.href).toMatch(/^\/pledges\?dialogue=d1&area=a\d$/);
    }
  });

  it("counts the closed pledges with links instead of listing them", () => {
    const closed = doc.sections.find((s) => s.id === "closed")!;
    expect(closed.heading).toBe(BRIEFING_HEADINGS.closed);
    expect(closed.blocks).toEqual([
      expect.objectContaining({
        kind: "links",
        links: [{ label: `Delivered (${N / 5})`, href: "/pledges?dialogue=d1&status=delivered" }],
      }),
    ]);
  });

  it("stays a few pages as a PDF however many pledges there are", async () => {
    expect(itemHrefs(doc.sections).length).toBeLessThanOrEqual(3 * 8 + 12 * 3);
    const read = await pdfText(await briefingToPdf(doc, "https://t.example"));
    expect(read.pages).toBeLessThanOrEqual(8);
    expect(read.text).toContain("more open pledges in this area");
    expect(briefingToMarkdown(doc, "https://t.example")).toContain(
      "(https://t.example/en/pledges?dialogue=d1&area=a1)",
    );
  });
});

describe("the full listing", () => {
  it("pages through every pledge exactly once, open ones first", () => {
    const first = buildBriefing(data, { form: "full", page: 1, perPage: 200 });
    expect(first.listing).toEqual({ page: 1, pages: N / 200 });
    const seen = Array.from({ length: N / 200 }, (_, n) =>
      itemHrefs(buildBriefing(data, { form: "full", page: n + 1, perPage: 200 }).sections),
    );
    expect(seen.every((page) => page.length === 200)).toBe(true);
    expect(new Set(seen.flat()).size).toBe(N);
    // Figures and changes on the first page only.
    expect(first.sections.map((s) => s.id)).toEqual(["figures", "changes", "open", "closed"]);
    expect(buildBriefing(data, { form: "full", page: 2, perPage: 200 }).sections.map((s) => s.id)).toEqual([
      "open",
      "closed",
    ]);
    // A page past the end shows the last one.
    expect(buildBriefing(data, { form: "full", page: 999, perPage: 200 }).listing).toEqual({ page: 15, pages: 15 });
  });
});

describe("briefingDay", () => {
  const meetings = ["2015-01-21", "2016-01-08", "2021-02-03", "2027-05-01"];
  const today = "2026-11-22";
  it.each([
    [undefined, today],
    [today, today],
    ["2030-01-01", today],
    ["2021-02-03", "2021-02-03"],
    ["2021-02-04", "2021-02-03"],
    ["2016-06-30", "2016-01-08"],
    ["1999-01-01", "2015-01-21"],
    ["2026-11-21", "2021-02-03"],
  ])("moves %s to %s", (asked, expected) => {
    expect(briefingDay(asked, meetings, today)).toBe(expected);
  });
  it("is today when the dialogue has no meeting", () => {
    expect(briefingDay("2020-01-01", [], today)).toBe(today);
  });
});
