import { describe, expect, it } from "vitest";
import { BRIEFING_HEADINGS, buildBriefing, type BriefingData, type BriefingPledge } from "@/lib/briefing/document";
import { briefingToMarkdown } from "@/lib/briefing/markdown";
import { toWinAnsi } from "@/lib/briefing/pdf";

const evidence = {
  quote: "welcomed the signing",
  paragraph: "2(2)",
  documentId: "jdf-134",
  documentTitle: "JDF 134",
  date: "2021-02-03",
  meeting: "4th 2+2",
};
const pledge = (over: Partial<BriefingPledge>): BriefingPledge => ({
  id: "p",
  title: "A pledge",
  side: "both",
  area: { id: "maritime-security", name: "Maritime security" },
  status: "in_progress",
  since: "2021-02-03",
  madeOn: "2016-01-08",
  madeAt: "2nd 2+2",
  targetDate: null,
  overdue: false,
  unconfirmed: false,
  inCollectionGap: false,
  silent: 0,
  evidence,
  supersededBy: null,
  ...over,
});

const data = (over: Partial<BriefingData> = {}): BriefingData => ({
  dialogue: { id: "japan-uk", name: "Japan-UK 2+2", partnerCountry: "UK" },
  area: null,
  asOf: "2026-11-22",
  lastMeeting: { id: "m4", title: "4th Japan-UK 2+2", date: "2021-02-03" },
  evidenceUpTo: "2021-02-03",
  figures: {
    total: 3,
    superseded: 1,
    byStatus: { pledged: 1, in_progress: 1, partly_delivered: 0, delivered: 1, stalled: 0, dropped: 0 },
    open: 2,
    overdue: 0,
    unconfirmed: 1,
    unconfirmedInGap: 0,
    stale: 1,
    shareDelivered: 1 / 3,
  },
  changes: [
    {
      updateId: "u1",
      pledge: { id: "msa", title: "Maritime Security Arrangement" },
      area: "Maritime security",
      from: "pledged",
      to: "delivered",
      reportedOn: "2021-02-03",
      evidence,
    },
    {
      updateId: "u2",
      pledge: { id: "jnaam", title: "JNAAM" },
      area: "Defence equipment",
      from: "in_progress",
      to: "in_progress",
      reportedOn: "2021-02-03",
      evidence: null,
    },
  ],
  pledges: [
    pledge({ id: "jnaam", title: "JNAAM", area: { id: "defence-equipment", name: "Defence equipment" } }),
    pledge({
      id: "acsa",
      title: "ACSA *negotiations*",
      status: "pledged",
      since: "2016-01-08",
      silent: 3,
      targetDate: "2017-01-01",
      unconfirmed: true,
      evidence: null,
    }),
    pledge({ id: "msa", title: "Maritime Security Arrangement", status: "delivered" }),
    pledge({
      id: "old",
      title: "Superseded pledge",
      status: "dropped",
      since: "2016-01-08",
      supersededBy: { id: "jnaam", title: "JNAAM" },
    }),
  ],
  ...over,
});

describe("buildBriefing", () => {
  it("has the four sections in order, the areas on pages of their own", () => {
    const doc = buildBriefing(data());
    expect(doc.sections.map((s) => s.heading)).toEqual([
      BRIEFING_HEADINGS.figures,
      BRIEFING_HEADINGS.changes,
      BRIEFING_HEADINGS.open,
      BRIEFING_HEADINGS.closed,
    ]);
    const open = doc.sections[2]!;
    expect(open.subsections.map((s) => s.heading)).toEqual([
      "Defence equipment (1 open)",
      "Maritime security (1 open)",
    ]);
    expect(open.subsections.every((s) => s.pageBreak)).toBe(true);
    expect(doc.meta).toEqual([
      "As of 22 November 2026",
      "Last meeting: 4th Japan-UK 2+2, 3 February 2021",
      "Evidence up to 3 February 2021",
    ]);
  });

  it("flags a pledge found unfinished after its target as overdue", () => {
    const overdue = pledge({ id: "late", title: "Late", targetDate: "2017-01-01", overdue: true });
    const open = buildBriefing(data({ pledges: [overdue] })).sections[2]!;
    const block = open.subsections[0]!.blocks[1]!;
    expect(block.kind === "items" && block.items[0]!.lines[1]).toBe(
      "made or reported on at the latest meeting; OVERDUE: target date 1 January 2017",
    );
  });

  it("says when a pledge past target, unconfirmed falls in a gap of the collection, and how many do", () => {
    const gap = pledge({ id: "gap", title: "Gap", targetDate: "2016-12-31", unconfirmed: true, inCollectionGap: true });
    const doc = buildBriefing(data({ pledges: [gap], figures: { ...data().figures, unconfirmedInGap: 1 } }));
    const block = doc.sections[2]!.subsections[0]!.blocks[1]!;
    expect(block.kind === "items" && block.items[0]!.lines[1]).toBe(
      "made or reported on at the latest meeting; past target date 31 December 2016, unconfirmed (no later report; a meeting expected to report on it is not collected)",
    );
    const figures = doc.sections[0]!.blocks;
    expect(JSON.stringify(figures)).toContain("(1 of them in a gap of the collection");
    expect(JSON.stringify(figures)).toContain('"label":"Of those, in a gap of the collection","value":"1"');
  });

  it("says for each open pledge its status, silence and whether it is overdue", () => {
    const open = buildBriefing(data()).sections[2]!;
    const acsa = open.subsections[1]!.blocks[1]!;
    expect(acsa.kind === "items" && acsa.items[0]).toMatchObject({
      title: "ACSA *negotiations*",
      href: "/pledges/acsa",
      status: "pledged",
      lines: [
        "Pledged since 8 January 2016; made at 2nd 2+2, 8 January 2016; undertaken by Japan and UK",
        "3 meetings without a report; past target date 1 January 2017, unconfirmed (no later report)",
      ],
    });
    const jnaam = open.subsections[0]!.blocks[1]!;
    expect(jnaam.kind === "items" && jnaam.items[0]!.lines[1]).toBe("made or reported on at the latest meeting");
    expect(jnaam.kind === "items" && jnaam.items[0]!.quote).toEqual({
      text: "welcomed the signing",
      source: "JDF 134, para 2(2), 3 February 2021 (4th 2+2)",
      href: "/documents/jdf-134",
    });
  });

  it("separates status changes from reports that changed nothing", () => {
    const changes = buildBriefing(data()).sections[1]!;
    expect(changes.blocks[0]).toEqual({
      kind: "text",
      text: "The last meeting was the 4th Japan-UK 2+2 on 3 February 2021. Reports from it and since changed the status of 1 pledge and confirmed 1 without a change; 0 new pledges were made.",
    });
    const [moved, confirmed] = changes.subsections;
    expect(moved!.blocks[0]).toMatchObject({
      kind: "items",
      items: [
        {
          title: "Maritime Security Arrangement",
          lines: ["Pledged → Delivered, reported 3 February 2021; Maritime security"],
        },
      ],
    });
    expect(confirmed!.blocks[0]).toMatchObject({
      kind: "items",
      items: [{ title: "JNAAM", lines: ["Still in progress, reported 3 February 2021; Defence equipment"] }],
    });
  });

  it("lists delivered and dropped pledges briefly at the end", () => {
    const closed = buildBriefing(data()).sections[3]!;
    expect(closed.blocks[0]).toMatchObject({
      kind: "items",
      items: [
        { title: "Maritime Security Arrangement", lines: ["Delivered since 3 February 2021; Maritime security"] },
        {
          title: "Superseded pledge",
          lines: ['Dropped since 8 January 2016; Maritime security; superseded by "JNAAM"'],
        },
      ],
    });
  });

  it("says that a restated pledge is counted once", () => {
    const figures = buildBriefing(data()).sections[0]!;
    expect(figures.blocks[0]).toMatchObject({
      kind: "figures",
      items: expect.arrayContaining([{ label: "Pledges made", value: "3" }]),
    });
    expect(figures.blocks[1]).toMatchObject({
      kind: "text",
      text: expect.stringContaining("1 pledge restated by a later pledge is counted once, under the later pledge."),
    });
    const none = buildBriefing(data({ figures: { ...data().figures, superseded: 0 } })).sections[0]!;
    expect(none.blocks[1]).toMatchObject({ kind: "text", text: expect.not.stringContaining("restated") });
  });

  it("lists a superseded pledge left open with the closed ones, as the figures count it", () => {
    const left = pledge({
      id: "left",
      title: "Left open",
      status: "in_progress",
      supersededBy: { id: "jnaam", title: "JNAAM" },
    });
    const doc = buildBriefing(data({ pledges: [...data().pledges, left] }));
    expect(doc.sections[2]!.subsections.map((s) => s.heading)).toEqual([
      "Defence equipment (1 open)",
      "Maritime security (1 open)",
    ]);
    const closed = doc.sections[3]!.blocks[0]!;
    expect(closed.kind === "items" && closed.items.map((i) => i.title)).toEqual([
      "Maritime Security Arrangement",
      "Superseded pledge",
      "Left open",
    ]);
  });

  it("copes with a dialogue that has no pledges yet", () => {
    const doc = buildBriefing(
      data({ pledges: [], changes: [], figures: { ...data().figures, total: 0, open: 0, overdue: 0, stale: 0 } }),
    );
    expect(doc.sections[0]!.blocks[1]).toEqual({ kind: "text", text: "No pledges had been made by this date." });
    expect(doc.sections[2]!.blocks).toEqual([{ kind: "text", text: "No pledge is open." }]);
    expect(doc.sections[3]!.blocks).toEqual([{ kind: "text", text: "None yet." }]);
  });
});

describe("briefingToMarkdown", () => {
  it("writes headings, a figures table, escaped titles and absolute links", () => {
    const md = briefingToMarkdown(buildBriefing(data()), "https://tracker.example");
    expect(md.startsWith("# Briefing for the next meeting: Japan-UK 2+2\n\n*As of 22 November 2026*  \n")).toBe(true);
    expect(md).toContain("## Headline figures\n\n| Figure | Value |\n| --- | ---: |\n| Pledges made | 3 |");
    expect(md).toContain("### Maritime security (1 open)");
    expect(md).toContain(
      "- [ACSA \\*negotiations\\*](https://tracker.example/en/pledges/acsa) — **Pledged**  \n  Pledged since 8 January 2016;",
    );
    expect(md).toContain(
      "  > “welcomed the signing”  \n  > — [JDF 134, para 2(2), 3 February 2021 (4th 2+2)](https://tracker.example/en/documents/jdf-134)",
    );
  });
});

describe("toWinAnsi", () => {
  it("keeps what the standard PDF fonts can draw and replaces the rest", () => {
    expect(toWinAnsi("“Café” – ¶20 → 2(5) × 2")).toBe("“Café” – ¶20 -> 2(5) × 2");
    expect(toWinAnsi("日本")).toBe("??");
  });
});
