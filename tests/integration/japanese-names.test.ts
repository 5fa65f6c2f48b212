import { describe, expect, it } from "vitest";
import * as cached from "@/lib/data/cached";
import { getMeeting } from "@/lib/data/meetings";
import { getPledge, getPledgeRecord, listPledges } from "@/lib/data/pledges";
import { meetingReviewRows } from "@/lib/data/review";
import { localName, localTitle } from "@/lib/i18n/names";
import { data } from "./expected-from-seed";

// The reads carry the Japanese names and titles beside the English ones, and a Japanese page
// (locale "ja", chosen by lib/i18n/names.ts) gets the Japanese one; the cached aggregates carry
// both, so one cached entry serves either language; the API stays in English.

const seedPledge = data.pledges.find((p) => p.id === "jpuk-jnaam")!;
const seedMeeting = data.meetings.find((m) => m.id === "jpuk-2plus2-2021")!;
const seedArea = data.areas.find((a) => a.id === seedPledge.area)!;

describe("a Japanese read", () => {
  it("returns a pledge's Japanese title, its meeting's and its area's Japanese names", async () => {
    expect(seedPledge.titleJa).toBeTruthy();
    const pledge = (await getPledge("jpuk-jnaam"))!;
    expect(localTitle("ja", pledge).text).toBe(seedPledge.titleJa);
    expect(localTitle("en", pledge).text).toBe(seedPledge.title);
    expect(localTitle("ja", pledge.meeting).text).toBe(data.meetings.find((m) => m.id === seedPledge.meeting)!.titleJa);
    expect(localName("ja", pledge.area).text).toBe(seedArea.nameJa);
    expect(pledge.paragraph.document.language).toBe("en");

    const list = await listPledges({ dialogue: "japan-uk", area: seedPledge.area });
    const row = list.rows.find((r) => r.id === "jpuk-jnaam")!;
    expect(localTitle("ja", row).text).toBe(seedPledge.titleJa);
    expect(localName("ja", row.dialogue).text).toBe(data.dialogues.find((d) => d.id === "japan-uk")!.nameJa);
  });

  it("returns a meeting's Japanese title and its pledges' Japanese titles", async () => {
    const meeting = (await getMeeting(seedMeeting.id))!;
    expect(localTitle("ja", meeting).text).toBe(seedMeeting.titleJa);
    for (const p of meeting.pledges) {
      expect(localTitle("ja", p).text, p.id).toBe(data.pledges.find((x) => x.id === p.id)!.titleJa ?? p.title);
    }
    const rows = await meetingReviewRows(seedMeeting.id);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(localTitle("ja", r).text, r.id).toBe(data.pledges.find((x) => x.id === r.id)!.titleJa);
  });

  it("gets both languages' names from one cached aggregate", async () => {
    const areas = await cached.progressByArea({ dialogue: "japan-uk" });
    expect(areas.map((a) => a.areaJa)).toEqual(data.areas.map((a) => a.nameJa ?? null));
    expect(areas.map((a) => a.area)).toEqual(data.areas.map((a) => a.name));
    const meetings = await cached.listMeetings("japan-uk");
    expect(meetings.find((m) => m.id === seedMeeting.id)!.titleJa).toBe(seedMeeting.titleJa);
    const matrix = await cached.statusMatrix("japan-uk");
    expect(matrix.rows.find((r) => r.id === "jpuk-jnaam")).toMatchObject({
      title: seedPledge.title,
      titleJa: seedPledge.titleJa,
    });
    const dialogues = await cached.listDialogues();
    expect(dialogues.find((d) => d.id === "japan-uk")).toMatchObject({ nameJa: "日英外務・防衛閣僚会合（「2+2」）" });
  });

  it("leaves the API's records in English", async () => {
    const record = (await getPledgeRecord("jpuk-jnaam"))!;
    expect(record.dialogue).toEqual({ id: "japan-uk", name: data.dialogues.find((d) => d.id === "japan-uk")!.name });
    expect(record.area).toEqual({ id: seedArea.id, name: seedArea.name });
    expect(record).not.toHaveProperty("titleJa");
  });
});
