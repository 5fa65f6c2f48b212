import { describe, expect, it } from "vitest";
import { loadCitationSource } from "@/lib/data/documents";
import { getPledgeForEdit, listPredecessorChoices } from "@/lib/data/pledges";
import { getStatusUpdateForCorrection } from "@/lib/data/status-updates";
import { listMeetingChoices } from "@/lib/data/meetings";
import { meetingDocuments } from "@/lib/data/documents";
import { listUsers } from "@/lib/data/users";
import { createTestUser } from "./support/acting";
import { data } from "./expected-from-seed";

// The reads behind the editor forms.

describe("editor form data", () => {
  it("gives a meeting's documents with their paragraphs in order, the English statement before the Japanese overview", async () => {
    const docs = await meetingDocuments("jpuk-2plus2-2016");
    expect(docs.map((d) => [d.id, d.language])).toEqual([
      ["jpuk-2016-statement", "en"],
      ["jpuk-2016-overview-ja", "ja"],
    ]);
    const labels = docs[0]!.paragraphs.map((p) => p.label);
    expect(labels).toContain("15");
    expect(labels.indexOf("14")).toBeLessThan(labels.indexOf("15"));
  });

  it("loads the citation source of a meeting only within the pledge's dialogue", async () => {
    expect((await loadCitationSource({ kind: "meeting", id: "jpuk-2plus2-2021" }, "japan-uk"))?.meeting?.id).toBe(
      "jpuk-2plus2-2021",
    );
    expect(await loadCitationSource({ kind: "meeting", id: "jpuk-2plus2-2021" }, "japan-us")).toBeNull();
    const byDocument = await loadCitationSource({ kind: "document", id: "jdf-133" }, "japan-uk");
    expect(byDocument).toMatchObject({ meeting: null, documents: [{ id: "jdf-133" }] });
    expect(await loadCitationSource({ kind: "document", id: "nope" }, "japan-uk")).toBeNull();
  });

  it("opens a pledge for editing with its version, tags and citation", async () => {
    const p = await getPledgeForEdit("jpuk-jnaam");
    expect(p).toMatchObject({
      id: "jpuk-jnaam",
      version: 1,
      meeting: { id: "jpuk-2plus2-2016", date: "2016-01-08" },
      dialogue: { id: "japan-uk" },
    });
    expect(p!.tags).toContain("JNAAM");
    expect(await getPledgeForEdit("nope")).toBeNull();
  });

  it("lists meetings newest first, predecessors without the pledge itself, an update to correct", async () => {
    const meetings = await listMeetingChoices("japan-uk");
    expect(meetings.map((m) => m.date)).toEqual([...meetings.map((m) => m.date)].sort().reverse());
    expect(
      (await listPredecessorChoices("japan-uk", "2021-02-03", "jpuk-jnaam")).some((p) => p.id === "jpuk-jnaam"),
    ).toBe(false);
    // A pledge of the 2nd 2+2 can only follow one made by then.
    const by2016 = new Set((await listPredecessorChoices("japan-uk", "2016-01-08")).map((p) => p.id));
    const ukByDate = data.pledges
      .filter((p) => p.dialogue === "japan-uk")
      .map((p) => [p.id, data.meetings.find((m) => m.id === p.meeting)!.date] as const);
    expect([...by2016].sort()).toEqual(
      ukByDate
        .filter(([, d]) => d <= "2016-01-08")
        .map(([id]) => id)
        .sort(),
    );
    const update = await getStatusUpdateForCorrection("jpuk-jnaam-u1");
    expect(update).toMatchObject({ pledge: { id: "jpuk-jnaam" }, corrected: false, reportedOn: "2016-01-08" });
  });

  it("lists accounts without password hashes", async () => {
    await createTestUser("editor");
    const users = await listUsers();
    expect(users.length).toBeGreaterThan(0);
    expect(Object.keys(users[0]!)).not.toContain("passwordHash");
  });
});
