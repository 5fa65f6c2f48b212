import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addDocument, createMeeting, updateMeeting } from "@/lib/actions/meetings/actions";
import { actAs, createTestUser, effects, expectOk, form } from "./support/acting";
import { databaseFingerprint } from "./support/fixtures";

// Adding a meeting by pasting its statement; editing it; adding another document.

const STATEMENT = [
  "Joint Statement",
  "1. The Ministers met in Tokyo.",
  "2. They decided:",
  "(1) to deepen defence equipment cooperation;",
  "(2) to hold the next meeting in London.",
  "● They welcomed the carrier visit.",
].join("\n");

const valid = (over: Record<string, string> = {}) => ({
  dialogueId: "japan-uk",
  title: "6th Japan-UK Foreign and Defence Ministers' Meeting",
  date: "2026-03-01",
  place: "Tokyo",
  format: "in_person",
  kind: "two_plus_two",
  ordinal: "6",
  summary: "",
  documentTitle: "Joint Statement of the 6th meeting",
  publisher: "Ministry of Foreign Affairs of Japan",
  publishedOn: "2026-03-01",
  url: "https://www.mofa.go.jp/statement.html",
  statement: STATEMENT,
  ...over,
});

describe("createMeeting", () => {
  it("stores the meeting and its statement as numbered paragraphs, with audit events", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const data = expectOk(await createMeeting(null, form(valid())));
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id: data.meetingId },
      select: { title: true, ordinal: true, dialogueId: true, version: true },
    });
    expect(meeting).toEqual({
      title: "6th Japan-UK Foreign and Defence Ministers' Meeting",
      ordinal: 6,
      dialogueId: "japan-uk",
      version: 1,
    });
    const paragraphs = await db.paragraph.findMany({
      where: { documentId: data.documentId! },
      orderBy: { position: "asc" },
      select: { label: true, text: true },
    });
    expect(paragraphs.map((p) => p.label)).toEqual(["¶1", "1", "2", "2(1)", "2(2)", "2(2)-1"]);
    expect(paragraphs[3]!.text).toBe("to deepen defence equipment cooperation;");
    expect(await db.meetingDocument.count({ where: { meetingId: data.meetingId } })).toBe(1);
    const events = await db.auditEvent.findMany({
      where: { userId: editor.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, entityId: true, after: true },
    });
    expect(events.map((e) => e.action)).toEqual(["meeting.create", "document.create"]);
    expect(events[1]!.after).toMatchObject({ paragraphs: 6, publisher: "Ministry of Foreign Affairs of Japan" });
    expect(effects.redirects).toEqual([`/meetings/${data.meetingId}?saved=meeting`]);
  });

  it.each([
    ["a missing title", { title: "" }, "title"],
    ["a date in the wrong format", { date: "01/03/2026" }, "date"],
    ["a date that does not exist", { date: "2026-02-30" }, "date"],
    ["an unknown format", { format: "carrier-pigeon" }, "format"],
    ["a script tag in the summary", { summary: "Fine <script>alert(1)</script>" }, "summary"],
    ["a script tag in the statement", { statement: "1. Hello <script>alert(1)</script>" }, "statement"],
    ["an oversized statement", { statement: "1. " + "x".repeat(200_001) }, "statement"],
    ["an empty statement", { statement: "   " }, "statement"],
    ["a javascript: address", { url: "javascript:alert(1)" }, "url"],
    ["a title over 200 characters", { title: "t".repeat(201) }, "title"],
    ["a non-numeric ordinal", { ordinal: "fourth" }, "ordinal"],
  ])("refuses %s with a message on that field and changes nothing", async (_, over, field) => {
    await actAs(await createTestUser("editor"));
    const before = await databaseFingerprint();
    const result = await createMeeting(null, form(valid(over)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(422);
      expect(result.fieldErrors[field]?.[0]).toEqual(expect.any(String));
    }
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses an unknown dialogue on its field", async () => {
    await actAs(await createTestUser("editor"));
    const result = await createMeeting(null, form(valid({ dialogueId: "atlantis" })));
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { dialogueId: ["Choose a dialogue from the list"] },
    });
  });

  it("keeps statements quoting “<Provisional translation>” (not markup)", async () => {
    await actAs(await createTestUser("editor"));
    expectOk(await createMeeting(null, form(valid({ statement: "<Provisional translation>\n1. The Ministers met." }))));
  });
});

describe("createMeeting without its statement", () => {
  it("records a meeting known to have been held as 'statement not collected', never reviewed", async () => {
    await actAs(await createTestUser("editor"));
    const data = expectOk(
      await createMeeting(
        null,
        form(
          valid({ withoutStatement: "on", documentTitle: "", publisher: "", statement: "", publishedOn: "", url: "" }),
        ),
      ),
    );
    expect(data.documentId).toBeNull();
    const m = await db.meeting.findUniqueOrThrow({
      where: { id: data.meetingId },
      select: { statementCollected: true, reviewedAt: true },
    });
    expect(m).toEqual({ statementCollected: false, reviewedAt: null });
    // Adding its statement later puts it in the collection.
    expectOk(
      await addDocument(null, {
        meetingId: data.meetingId,
        documentTitle: "Found statement",
        publisher: "MOFA",
        statement: "1. Found.",
      }),
    );
    expect(
      (await db.meeting.findUniqueOrThrow({ where: { id: data.meetingId }, select: { statementCollected: true } }))
        .statementCollected,
    ).toBe(true);
  });

  it("still asks for the statement unless 'not collected' is ticked", async () => {
    await actAs(await createTestUser("editor"));
    const result = await createMeeting(null, form(valid({ statement: "" })));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { statement: [expect.stringContaining("statement not collected")] },
    });
  });
});

describe("updateMeeting", () => {
  it("saves an edit, bumps the version and records before and after", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    expectOk(
      await updateMeeting(null, {
        ...valid(),
        meetingId: "jpuk-2plus2-2016",
        version: "1",
        title: "2nd Japan-UK 2+2 (Tokyo)",
        date: "2016-01-08",
      }),
    );
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id: "jpuk-2plus2-2016" },
      select: { title: true, version: true },
    });
    expect(meeting).toEqual({ title: "2nd Japan-UK 2+2 (Tokyo)", version: 2 });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: "jpuk-2plus2-2016", action: "meeting.update" },
    });
    expect(event.before).toMatchObject({ title: "2nd Japan-UK Foreign and Defence Ministerial Meeting", version: 1 });
    expect(event.after).toMatchObject({ title: "2nd Japan-UK 2+2 (Tokyo)", version: 2 });
  });

  it("moves the dates derived from the meeting with it", async () => {
    await actAs(await createTestUser("editor"));
    const id = "jpuk-defence-2021-01";
    expectOk(
      await updateMeeting(null, {
        ...valid(),
        meetingId: id,
        version: "1",
        title: "Japan-UK Defence Ministers' Teleconference",
        date: "2021-01-13",
        kind: "defence_ministers",
        format: "video",
      }),
    );
    const days = await db.statusUpdate.findMany({ where: { meetingId: id }, select: { reportedOn: true } });
    for (const d of days) expect(d.reportedOn.toISOString().slice(0, 10)).toBe("2021-01-13");
    // Pledges made there and never reported on since: their status dates from the meeting.
    const made = await db.pledge.findMany({
      where: { meetingId: id, updates: { none: {} } },
      select: { currentStatusDate: true },
    });
    expect(made.length).toBeGreaterThan(0);
    for (const p of made) expect(p.currentStatusDate.toISOString().slice(0, 10)).toBe("2021-01-13");
  });

  it("lets one of two concurrent saves win and tells the other what changed", async () => {
    const [a, b] = [await createTestUser("editor"), await createTestUser("editor")];
    const id = "jpuk-2plus2-2015";
    const base = { ...valid(), meetingId: id, version: "1", date: "2015-01-21", ordinal: "1" };
    await actAs(a);
    const first = updateMeeting(null, { ...base, title: "Edited by A" });
    await actAs(b);
    const second = updateMeeting(null, { ...base, title: "Edited by B" });
    const results = await Promise.all([first, second]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const lost = losers[0]!;
    if (lost.ok) throw new Error("unreachable");
    expect(lost).toMatchObject({ status: 409, code: "conflict" });
    expect(lost.message).toMatch(/changed by someone else/);
    const saved = await db.meeting.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } });
    expect(saved.version).toBe(2);
    expect(lost.conflict?.[0]?.changes).toContainEqual({
      field: "Title",
      before: "1st Japan-UK Foreign and Defence Ministers' Meeting",
      after: saved.title,
    });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "meeting.update" } })).toBe(1);
  });

  it("refuses a stale form even when nobody saves at the same moment", async () => {
    await actAs(await createTestUser("editor"));
    const id = "jpus-defence-2021-01";
    const base = { ...valid(), meetingId: id, date: "2021-01-24", kind: "defence_ministers" };
    expectOk(await updateMeeting(null, { ...base, version: "1", title: "First edit" }));
    const stale = await updateMeeting(null, { ...base, version: "1", title: "Second edit from an old form" });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).title).toBe("First edit");
  });

  it("says when the meeting does not exist", async () => {
    await actAs(await createTestUser("editor"));
    expect(await updateMeeting(null, { ...valid(), meetingId: "nope", version: "1" })).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});

describe("addDocument", () => {
  it("adds another source document to an existing meeting", async () => {
    await actAs(await createTestUser("editor"));
    const before = await db.meetingDocument.count({ where: { meetingId: "jpuk-2plus2-2016" } });
    const data = expectOk(
      await addDocument(null, form({ ...valid(), meetingId: "jpuk-2plus2-2016", statement: "1. One.\n2. Two." })),
    );
    expect(data.paragraphs).toBe(2);
    expect(await db.meetingDocument.count({ where: { meetingId: "jpuk-2plus2-2016" } })).toBe(before + 1);
  });

  it("stores a pasted Japanese overview as a Japanese document", async () => {
    await actAs(await createTestUser("editor"));
    const data = expectOk(
      await addDocument(
        null,
        form({
          ...valid(),
          meetingId: "jpuk-2plus2-2016",
          statement:
            "1 総論\n（1）両国は、安全保障協力を強化していくことで一致しました。\n（2）両国は、次回会合を開催することを確認しました。",
        }),
      ),
    );
    expect(data.paragraphs).toBe(3);
    const stored = await db.sourceDocument.findUniqueOrThrow({
      where: { id: data.documentId },
      select: { language: true },
    });
    expect(stored.language).toBe("ja");
  });

  it("refuses an unknown meeting", async () => {
    await actAs(await createTestUser("editor"));
    const before = await databaseFingerprint();
    expect(await addDocument(null, form({ ...valid(), meetingId: "nowhere" }))).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await databaseFingerprint()).toEqual(before);
  });
});
