import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { markMeetingReviewed, saveMeetingReview } from "@/lib/actions/review/actions";
import { meetingReviewRows } from "@/lib/data/review";
import { actAs, createTestUser, expectOk, form } from "./support/acting";
import { citationFor, databaseFingerprint } from "./support/fixtures";

// The meeting review: the open pledges before a meeting, and saving all reports at once.

const MEETING = "jpuk-2plus2-2021";

async function entries(n: number, status = "in_progress") {
  const rows = (await meetingReviewRows(MEETING)).filter((r) => !r.reportedHere);
  const cite = await citationFor(MEETING, 2);
  return rows.slice(0, n).map((r) => ({
    pledgeId: r.id,
    version: String(r.version),
    status,
    paragraphId: cite.paragraphId,
    quote: cite.quote,
    note: "",
  }));
}

// The review as the form posts it: entries.<i>.<field>.
function reviewForm(list: Record<string, string>[], meetingId = MEETING) {
  const fields: Record<string, string> = { meetingId };
  list.forEach((e, i) => Object.entries(e).forEach(([k, v]) => (fields[`entries.${i}.${k}`] = v)));
  return form(fields);
}

describe("meetingReviewRows", () => {
  it("lists the dialogue's pledges made before the meeting that were still open then", async () => {
    const rows = await meetingReviewRows(MEETING);
    expect(rows.length).toBeGreaterThan(3);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: MEETING }, select: { date: true } });
    for (const r of rows) {
      expect(r.madeAt.date < meeting.date.toISOString().slice(0, 10)).toBe(true);
      expect(["delivered", "dropped"].includes(r.statusBefore) && !r.reportedHere).toBe(false);
      expect(r.evidence?.quote).toEqual(expect.any(String));
    }
    const ids = new Set(rows.map((r) => r.id));
    const madeHere = await db.pledge.findMany({ where: { meetingId: MEETING }, select: { id: true } });
    for (const p of madeHere) expect(ids.has(p.id)).toBe(false);
    const otherDialogue = await db.pledge.findFirstOrThrow({
      where: { dialogueId: { not: "japan-uk" } },
      select: { id: true },
    });
    expect(ids.has(otherDialogue.id)).toBe(false);
  });
});

describe("saveMeetingReview", () => {
  it("saves every reported status in one transaction, leaving 'no report' rows alone", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const list = await entries(4);
    list[3] = { ...list[3]!, status: "", paragraphId: "", quote: "" };
    const data = expectOk(await saveMeetingReview(null, reviewForm(list)));
    expect(data.saved).toBe(3);
    for (const e of list.slice(0, 3)) {
      const u = await db.statusUpdate.findFirstOrThrow({
        where: { pledgeId: e.pledgeId, meetingId: MEETING, recordedBy: editor.id },
      });
      expect(u.status).toBe("in_progress");
    }
    expect(await db.statusUpdate.count({ where: { pledgeId: list[3]!.pledgeId, recordedBy: editor.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { userId: editor.id, action: "status.record" } })).toBe(3);
    // Saving the review records who reviewed the meeting and when.
    const reviewed = await db.meeting.findUniqueOrThrow({
      where: { id: MEETING },
      select: { reviewedBy: true, reviewedAt: true },
    });
    expect(reviewed.reviewedBy).toBe(editor.id);
    expect(
      await db.auditEvent.count({ where: { userId: editor.id, action: "meeting.review", entityId: MEETING } }),
    ).toBe(1);
    // Reported pledges now show as reported here, not as open rows to fill in.
    const again = await meetingReviewRows(MEETING);
    expect(again.find((r) => r.id === list[0]!.pledgeId)?.reportedHere?.status).toBe("in_progress");
  });

  it("saves nothing when any row is wrong, and names every wrong row", async () => {
    await actAs(await createTestUser("editor"));
    const list = await entries(3, "stalled");
    list[0] = { ...list[0]!, quote: "words that are nowhere in the statement" };
    list[2] = { ...list[2]!, paragraphId: "" };
    const before = await databaseFingerprint();
    const result = await saveMeetingReview(null, reviewForm(list));
    if (result.ok) throw new Error("expected a refusal");
    expect(result.status).toBe(422);
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["entries.2.paragraphId"]);
    // Schema problems come first; once fixed, the quote check names its row too.
    list[2] = (await entries(3, "stalled"))[2]!;
    const second = await saveMeetingReview(null, reviewForm(list));
    if (second.ok) throw new Error("expected a refusal");
    expect(Object.keys(second.fieldErrors)).toEqual(["entries.0.quote"]);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses a review with no status set", async () => {
    await actAs(await createTestUser("editor"));
    const list = (await entries(2)).map((e) => ({ ...e, status: "" }));
    expect(await saveMeetingReview(null, reviewForm(list))).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { form: [expect.any(String)] },
    });
  });

  it("refuses pledges of another dialogue or made after the meeting", async () => {
    await actAs(await createTestUser("editor"));
    const [first] = await entries(1);
    const foreign = await db.pledge.findFirstOrThrow({
      where: { dialogueId: "japan-us" },
      select: { id: true, version: true },
    });
    const later = await db.pledge.findFirstOrThrow({
      where: { meetingId: MEETING },
      select: { id: true, version: true },
    });
    const result = await saveMeetingReview(
      null,
      reviewForm([
        { ...first!, pledgeId: foreign.id, version: String(foreign.version) },
        { ...first!, pledgeId: later.id, version: String(later.version) },
      ]),
    );
    expect(result).toMatchObject({ ok: false, status: 422 });
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["entries.0.status", "entries.1.status"]);
  });

  it("two reviews of the same meeting at once: one is saved whole, the other refused whole", async () => {
    const [a, b] = [await createTestUser("editor"), await createTestUser("editor")];
    const list = await entries(3, "partly_delivered");
    await actAs(a);
    const first = saveMeetingReview(null, reviewForm(list));
    await actAs(b);
    const second = saveMeetingReview(null, reviewForm([...list].reverse()));
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ status: 409, code: "conflict" });
    for (const e of list)
      expect(await db.statusUpdate.count({ where: { pledgeId: e.pledgeId, status: "partly_delivered" } })).toBe(1);
  });

  it("refuses an unknown meeting", async () => {
    await actAs(await createTestUser("editor"));
    expect(await saveMeetingReview(null, reviewForm(await entries(1), "no-such-meeting"))).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});

describe("markMeetingReviewed (reviewed, nothing more to record)", () => {
  it("stores who reviewed the meeting and when, with an audit event, and changes no status", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const updates = await db.statusUpdate.count();
    await db.meeting.update({ where: { id: "jpuk-defence-2021-01" }, data: { reviewedAt: null } });
    expectOk(await markMeetingReviewed(null, form({ meetingId: "jpuk-defence-2021-01" })));
    const m = await db.meeting.findUniqueOrThrow({
      where: { id: "jpuk-defence-2021-01" },
      select: { reviewedBy: true, reviewedAt: true },
    });
    expect(m.reviewedBy).toBe(editor.id);
    expect(m.reviewedAt).not.toBeNull();
    expect(await db.statusUpdate.count()).toBe(updates);
    const [event] = await db.auditEvent.findMany({ where: { userId: editor.id, action: "meeting.review" } });
    expect(event).toMatchObject({
      entityId: "jpuk-defence-2021-01",
      before: { reviewedAt: null },
      after: { reviewedBy: editor.name },
    });
  });

  it("refuses a meeting whose statement is not in the collection, changing nothing", async () => {
    await actAs(await createTestUser("editor"));
    const before = await databaseFingerprint();
    const result = await markMeetingReviewed(null, form({ meetingId: "jpuk-2plus2-2017" }));
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(await databaseFingerprint()).toEqual(before);
  });
});
