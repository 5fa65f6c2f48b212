import { describe, expect, it } from "vitest";
import { getBriefingData } from "@/lib/briefing/data";
import { BRIEFING_HEADINGS, BRIEFING_TITLE, buildBriefing } from "@/lib/briefing/document";
import { briefingToMarkdown } from "@/lib/briefing/markdown";
import { dayToDate, today } from "@/lib/domain/dates";
import { db } from "@/lib/db/client";
import { STATUSES, isOpen, type Status } from "@/lib/domain/status";
import { briefingToPdf } from "@/lib/briefing/pdf";
import { pdfText } from "../support/pdf-text";
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
const ukMeetings = data.meetings.filter((m) => m.dialogue === "japan-uk").sort((a, b) => a.date.localeCompare(b.date));

// Reports dated from `from` to `asOf`, each with the status its pledge had just before.
function expectedChanges(from: string, asOf: string, area?: string) {
  return pledgesOf("japan-uk")
    .filter((p) => !area || p.area === area)
    .flatMap((p) =>
      p.updates.flatMap((u, i) => {
        const d = updateDate(u);
        if (d < from || d > asOf) return [];
        const previous: Status = i === 0 ? "pledged" : p.updates[i - 1]!.status;
        return [`${p.id}:${previous}->${u.status}`];
      }),
    )
    .sort();
}

describe("getBriefingData for Japan-UK as of today", () => {
  const now = today();
  const last = ukMeetings.at(-1)!;

  it("has the headline figures of the data set", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: now }))!;
    const pledges = countedPledgesOf("japan-uk", now);
    const open = pledges.filter((p) => isOpen(expectedStatus(p)!));
    expect(b.figures.total).toBe(pledges.length);
    expect(b.figures.superseded).toBe(pledgesOf("japan-uk").length - pledges.length);
    const byStatus = countBy(pledges, (p) => expectedStatus(p));
    for (const s of STATUSES) expect(b.figures.byStatus[s], s).toBe(byStatus[s] ?? 0);
    expect(b.figures.open).toBe(open.length);
    expect(b.figures.overdue).toBe(open.filter((p) => expectedDeadline(p, now) === "overdue").length);
    expect(b.figures.unconfirmed).toBe(open.filter((p) => expectedDeadline(p, now) === "unconfirmed").length);
    expect(b.figures.stale).toBe(open.filter((p) => expectedSilence(p, now) >= 2).length);
    expect(b.lastMeeting?.id).toBe(last.id);
  });

  it("lists what the last meeting reported, with the status each pledge had before", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: now }))!;
    expect(b.changes.map((c) => `${c.pledge.id}:${c.from}->${c.to}`).sort()).toEqual(expectedChanges(last.date, now));
    const csg = b.changes.find((c) => c.pledge.id === "jpuk-carrier-strike-group")!;
    expect(csg).toMatchObject({ from: "pledged", to: "in_progress", reportedOn: "2021-02-03" });
    expect(csg.evidence).toMatchObject({ documentId: "jdf-134", paragraph: "2(1)" });
  });

  it("gives every pledge its status, last evidence and meetings without a report", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: now }))!;
    for (const p of pledgesOf("japan-uk")) {
      const row = b.pledges.find((x) => x.id === p.id)!;
      expect(row.status, p.id).toBe(expectedStatus(p));
      expect(row.silent, p.id).toBe(expectedSilence(p, now));
      const lastUpdate = p.updates.at(-1);
      expect(row.evidence?.quote, p.id).toBe(lastUpdate ? lastUpdate.cite.quote : p.cite.quote);
    }
    // ACSA: in progress when made at the 2nd 2+2 ("welcomed progress made"), never reported on since.
    const acsa = b.pledges.find((p) => p.id === "jpuk-acsa")!;
    expect(acsa).toMatchObject({ status: "in_progress", madeOn: "2016-01-08", since: "2016-01-08" });
    // The 3rd 2+2 (statement not collected) is not silence; the defence teleconference (ACSA is
    // a field both ministers cover) and the 4th 2+2 are.
    expect(ukMeetings.filter((m) => m.date > "2016-01-08").map((m) => m.id)).toEqual([
      "jpuk-2plus2-2017",
      "jpuk-defence-2021-01",
      "jpuk-2plus2-2021",
    ]);
    expect(acsa.silent).toBe(2);
    expect(acsa.evidence).toMatchObject({ documentId: "jpuk-2016-statement", paragraph: "14" });
  });
});

describe("getBriefingData as of an earlier day", () => {
  it("before the 2nd 2+2 knows only the 1st 2+2's pledges and nothing since", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: "2016-01-07" }))!;
    const made = pledgesOf("japan-uk").filter((p) => meetingDate.get(p.meeting)! <= "2016-01-07");
    expect(b.lastMeeting?.id).toBe("jpuk-2plus2-2015");
    expect(b.figures.total).toBe(made.length);
    expect(b.figures.byStatus.pledged).toBe(made.length);
    expect(b.changes).toEqual([]);
  });

  it("on the day of the 2nd 2+2 counts that day's reports", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: "2016-01-08" }))!;
    expect(b.lastMeeting?.id).toBe("jpuk-2plus2-2016");
    expect(b.changes.map((c) => `${c.pledge.id}:${c.from}->${c.to}`).sort()).toEqual(
      expectedChanges("2016-01-08", "2016-01-08"),
    );
    expect(b.changes.find((c) => c.pledge.id === "jpuk-jnaam")).toMatchObject({ from: "pledged", to: "in_progress" });
    const jnaam = b.pledges.find((p) => p.id === "jpuk-jnaam")!;
    expect(jnaam).toMatchObject({ status: "in_progress", since: "2016-01-08", silent: 0 });
    // The 2015 EPA pledge is restated with a 2016 target that day: listed, counted once.
    const epa = b.pledges.find((p) => p.id === "jpuk-2015-eu-japan-epa")!;
    expect(epa).toMatchObject({ status: "dropped", supersededBy: { id: "jpuk-eu-japan-epa-2016" } });
    const made = pledgesOf("japan-uk").filter((p) => meetingDate.get(p.meeting)! <= "2016-01-08");
    expect(b.pledges).toHaveLength(made.length);
    expect(b.figures).toMatchObject({ total: made.length - 1, superseded: 1 });
  });

  it("before any meeting of the dialogue has nothing to report", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: "2010-01-01" }))!;
    expect(b.lastMeeting).toBeNull();
    expect(b.figures.total).toBe(0);
    const doc = buildBriefing(b);
    expect(doc.sections[1]!.blocks[0]).toEqual({
      kind: "text",
      text: "No meeting of this dialogue was held on or before 1 January 2010.",
    });
  });
});

describe("the briefing for one area, as Markdown and PDF", () => {
  it("answers where defence equipment cooperation stands and what changed", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: "2026-01-01", areaId: "defence-equipment" }))!;
    const inArea = countedPledgesOf("japan-uk", "2026-01-01").filter((p) => p.area === "defence-equipment");
    expect(b.area?.id).toBe("defence-equipment");
    expect(b.figures.total).toBe(inArea.length);
    expect(b.changes.map((c) => `${c.pledge.id}:${c.from}->${c.to}`).sort()).toEqual(
      expectedChanges("2021-02-03", "2026-01-01", "defence-equipment"),
    );
    const doc = buildBriefing(b);
    expect(doc.meta).toContain("Area: Defence equipment and technology");

    const md = briefingToMarkdown(doc, "https://tracker.example");
    expect(md).toContain(`# ${BRIEFING_TITLE}: Japan-UK`);
    for (const h of [BRIEFING_HEADINGS.figures, BRIEFING_HEADINGS.changes, BRIEFING_HEADINGS.open])
      expect(md).toContain(`## ${h}`);
    expect(md).toContain("### Defence equipment and technology (");
    expect(md).toContain(
      "[Joint New Air-to-Air Missile (JNAAM) research](https://tracker.example/en/pledges/jpuk-jnaam)",
    );

    const pdf = await briefingToPdf(doc, "https://tracker.example");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const read = await pdfText(pdf);
    expect(read.title).toMatch(/^Briefing for the next meeting: Japan-UK/);
    for (const h of [
      BRIEFING_TITLE,
      BRIEFING_HEADINGS.figures,
      BRIEFING_HEADINGS.changes,
      BRIEFING_HEADINGS.open,
      "Defence equipment and technology",
    ]) {
      expect(read.text).toContain(h);
    }
    expect(read.text).toContain("Joint New Air-to-Air Missile (JNAAM) research");
  });

  it("renders the whole Japan-UK briefing to a multi-page PDF, an area to a page", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: "2026-01-01" }))!;
    const read = await pdfText(await briefingToPdf(buildBriefing(b)));
    const openAreas = new Set(b.pledges.filter((p) => isOpen(p.status)).map((p) => p.area.id));
    expect(read.pages).toBeGreaterThan(openAreas.size);
    expect(read.text).toContain(BRIEFING_HEADINGS.closed);
  });
});

describe("the briefing in Japanese, from the data set's Japanese names", () => {
  it("names the dialogue, area, meetings and pledges in Japanese, in the document, Markdown and PDF", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: "2026-01-01", areaId: "defence-equipment" }))!;
    const dialogue = data.dialogues.find((d) => d.id === "japan-uk")!;
    const area = data.areas.find((a) => a.id === "defence-equipment")!;
    expect(b.dialogue).toMatchObject({ nameJa: dialogue.nameJa, partnerCountryJa: dialogue.partnerCountryJa });
    expect(b.area).toMatchObject({ nameJa: area.nameJa });
    expect(b.lastMeeting?.titleJa).toBe(data.meetings.find((m) => m.id === b.lastMeeting?.id)!.titleJa);
    for (const p of b.pledges) {
      const seeded = data.pledges.find((x) => x.id === p.id)!;
      expect(p.titleJa, p.id).toBe(seeded.titleJa);
      expect(p.madeAtJa, p.id).toBe(data.meetings.find((m) => m.id === seeded.meeting)!.titleJa);
      if (p.evidence) expect(p.evidence.documentLanguage, p.id).toMatch(/^(en|ja)$/);
    }
    for (const c of b.changes)
      expect(c.pledge.titleJa, c.pledge.id).toBe(data.pledges.find((x) => x.id === c.pledge.id)!.titleJa);

    const doc = buildBriefing(b, undefined, "ja");
    expect(doc.subtitle).toBe(dialogue.nameJa);
    expect(doc.meta).toContain(`分野：${area.nameJa}`);
    const open = doc.sections.find((s) => s.id === "open")!;
    expect(open.subsections[0]!.heading).toMatch(new RegExp(`^${area.nameJa}（未完了\\d+件）$`));
    const jnaam = data.pledges.find((p) => p.id === "jpuk-jnaam")!;
    const md = briefingToMarkdown(doc, "https://tracker.example");
    expect(md).toContain(`# 次回会合に向けたブリーフィング：${dialogue.nameJa}`);
    expect(md).toContain(`(https://tracker.example/ja/pledges/jpuk-jnaam)`);
    expect(md).toContain(jnaam.titleJa!.replace(/([\\`*_[\]<>#|])/g, "\\$1"));

    const pdf = await briefingToPdf(doc, "https://tracker.example");
    expect(pdf.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-Regular/);
    const read = await pdfText(pdf);
    expect(read.title).toBe(`次回会合に向けたブリーフィング：${dialogue.nameJa}`);
    const text = read.text.replace(/\s+/g, "");
    for (const expected of ["主要な数値", "分野別の未完了の約束", area.nameJa!, jnaam.titleJa!])
      expect(text).toContain(expected.replace(/\s+/g, ""));
  });
});

// Last: it adds a report to the data set.
describe("the briefing's evidence for a pledge whose latest report quotes nothing", () => {
  it("is the latest report that does quote a source, while the status is the latest report's", async () => {
    const jnaam = data.pledges.find((p) => p.id === "jpuk-jnaam")!;
    const quoted = jnaam.updates.at(-1)!;
    await db.statusUpdate.create({
      data: { pledgeId: jnaam.id, status: "stalled", reportedOn: dayToDate("2030-01-01"), note: "Reported by phone." },
    });
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: "2030-01-02" }))!;
    const row = b.pledges.find((p) => p.id === jnaam.id)!;
    expect(row).toMatchObject({ status: "stalled", since: "2030-01-01" });
    expect(row.evidence).toMatchObject({ quote: quoted.cite.quote, date: updateDate(quoted) });
  });
});
