import { describe, expect, it } from "vitest";
import { getArea, listAreas, listTags } from "@/lib/data/areas";
import { getDialogue, listDialogues } from "@/lib/data/dialogues";
import { getDocument } from "@/lib/data/documents";
import { getMeeting, listMeetings } from "@/lib/data/meetings";
import { data } from "./expected-from-seed";

describe("dialogues, areas and tags", () => {
  it("lists dialogues with Japan-UK first and counts that match the data set", async () => {
    const dialogues = await listDialogues();
    expect(dialogues[0]!.id).toBe("japan-uk");
    for (const d of dialogues) {
      expect(d.pledges, d.id).toBe(data.pledges.filter((p) => p.dialogue === d.id).length);
      expect(d.meetings, d.id).toBe(data.meetings.filter((m) => m.dialogue === d.id).length);
    }
    expect((await getDialogue("japan-uk"))!.partnerCountry).toBe("UK");
    expect(await getDialogue("nope")).toBeNull();
  });

  it("lists areas in taxonomy order and tags alphabetically", async () => {
    expect((await listAreas()).map((a) => a.id)).toEqual(data.areas.map((a) => a.id));
    expect((await getArea("maritime-security"))!.name).toBe("Maritime security");
    const tags = await listTags();
    expect(tags.map((t) => t.label)).toContain("JNAAM");
  });
});

describe("meetings and documents", () => {
  it("lists meetings newest first, with pledges made and updates reported", async () => {
    const meetings = await listMeetings("japan-uk");
    expect(meetings.map((m) => m.date)).toEqual([...meetings.map((m) => m.date)].sort().reverse());
    const fourth = meetings.find((m) => m.id === "jpuk-2plus2-2021")!;
    expect(fourth.pledgesMade).toBe(data.pledges.filter((p) => p.meeting === "jpuk-2plus2-2021").length);
    expect(fourth.updatesReported).toBe(
      data.pledges.flatMap((p) => p.updates).filter((u) => u.meeting === "jpuk-2plus2-2021").length,
    );
  });

  it("gives a meeting's pledges, its reports on earlier pledges and its numbered source paragraphs", async () => {
    const m = await getMeeting("jpuk-2plus2-2016");
    expect(m!.pledges.map((p) => p.id)).toContain("jpuk-acsa");
    expect(m!.updates.map((u) => u.pledge.id)).toContain("jpuk-jnaam");
    const statement = m!.documents.find((d) => d.id === "jpuk-2016-statement")!;
    const para14 = statement.paragraphs.find((p) => p.label === "14")!;
    expect(para14.text).toContain("Acquisition and Cross-Servicing Agreement");
    expect(await getMeeting("nope")).toBeNull();
  });

  it("gives a document's paragraphs with how often each is cited", async () => {
    const doc = await getDocument("jpuk-2016-statement");
    expect(doc!.paragraphs.find((p) => p.label === "15")!.citations).toBeGreaterThan(0);
    expect(doc!.meetings.map((m) => m.id)).toEqual(["jpuk-2plus2-2016"]);
    expect(await getDocument("nope")).toBeNull();
  });
});
