import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { correctStatusUpdate, recordStatusUpdate } from "@/lib/actions/status-updates/actions";
import { actAs, createTestUser, expectOk, form } from "./support/acting";
import { citationFor, databaseFingerprint, pledge } from "./support/fixtures";

// Recording status updates (evidence required) and correcting mistaken ones (append-only).

// A pledge made at the 2016 meeting, reported on at the 4th 2+2 (2021-02-03).
const PLEDGE = "jpuk-acsa";
const MEETING = "jpuk-2plus2-2021";

async function report(over: Record<string, string> = {}) {
  const id = over.pledgeId ?? PLEDGE;
  const p = await db.pledge.findUnique({ where: { id }, select: { version: true } });
  const cite = await citationFor(MEETING, 1);
  return {
    pledgeId: id,
    version: String(p?.version ?? 1),
    status: "delivered",
    meetingId: MEETING,
    paragraphId: cite.paragraphId,
    quote: cite.quote,
    note: "Signed.",
    ...over,
  };
}

describe("recordStatusUpdate", () => {
  it("appends the update, moves the current status (trigger) and audits before/after", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const before = await pledge(PLEDGE);
    const data = expectOk(await recordStatusUpdate(null, form(await report())));
    const update = await db.statusUpdate.findUniqueOrThrow({ where: { id: data.updateId } });
    expect(update).toMatchObject({
      status: "delivered",
      meetingId: MEETING,
      recordedBy: editor.id,
      note: "Signed.",
      correctsId: null,
    });
    expect(update.reportedOn.toISOString().slice(0, 10)).toBe("2021-02-03");
    const after = await pledge(PLEDGE);
    expect(after.currentStatus).toBe("delivered");
    expect(after.version).toBe(before.version + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: PLEDGE, action: "status.record" } });
    expect(event.before).toEqual({ status: before.currentStatus, version: before.version });
    expect(event.after).toMatchObject({
      status: "delivered",
      version: before.version + 1,
      update: { status: "delivered", reported: expect.stringContaining("2021-02-03") },
    });
  });

  it("records a report on a date, citing any stored document", async () => {
    await actAs(await createTestUser("editor"));
    const cite = await citationFor("jpuk-2plus2-2016", 2);
    const data = expectOk(
      await recordStatusUpdate(
        null,
        await report({
          meetingId: "",
          reportedOn: "2019-06-01",
          paragraphId: cite.paragraphId,
          quote: cite.quote,
          status: "in_progress",
        }),
      ),
    );
    const update = await db.statusUpdate.findUniqueOrThrow({ where: { id: data.updateId } });
    expect(update.meetingId).toBeNull();
    expect(update.reportedOn.toISOString().slice(0, 10)).toBe("2019-06-01");
  });

  it.each([
    ["no evidence paragraph", { paragraphId: "" }, "paragraphId", /needs evidence/],
    ["no quote", { quote: "" }, "quote", /Quote the words/],
    ["a quote not in the paragraph", { quote: "the ministers abolished the navy" }, "quote", /not word for word/],
    [
      "a paragraph of another meeting's statement",
      { paragraphId: "jpuk-2016-statement-p6" },
      "paragraphId",
      /source document of/,
    ],
    ["an unknown status", { status: "finished" }, "status", /status/],
    ["neither a meeting nor a date", { meetingId: "" }, "meetingId", /which meeting/i],
    ["a date in the wrong format", { meetingId: "", reportedOn: "June 2019" }, "reportedOn", /YYYY-MM-DD/],
    ["a date before the pledge was made", { meetingId: "", reportedOn: "2010-01-01" }, "reportedOn", /only made on/],
    ["a date in the future", { meetingId: "", reportedOn: "2999-01-01" }, "reportedOn", /future/],
    ["a meeting of another dialogue", { meetingId: "jpus-defence-2021-01" }, "meetingId", /dialogue/],
    ["an unknown meeting", { meetingId: "nowhere" }, "meetingId", /from the list/],
    ["a script tag in the note", { note: "<script>alert(1)</script>" }, "note", /markup/],
    ["an oversized note", { note: "n".repeat(2_001) }, "note", /2,000/],
  ])("refuses %s with a field message and changes nothing", async (_, over, field, message) => {
    await actAs(await createTestUser("editor"));
    const input = await report(over);
    const before = await databaseFingerprint();
    const result = await recordStatusUpdate(null, form(input));
    if (result.ok) throw new Error("expected a refusal");
    expect(result.status).toBe(422);
    expect(result.fieldErrors[field]?.join(" ")).toMatch(message);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses an unknown pledge", async () => {
    await actAs(await createTestUser("editor"));
    expect(await recordStatusUpdate(null, await report({ pledgeId: "no-such-pledge" }))).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it("two editors recording on the same pledge at once: one is saved, the other told", async () => {
    const [a, b] = [await createTestUser("editor"), await createTestUser("editor")];
    const input = await report({ pledgeId: "jpuk-jnaam" });
    const count = await db.statusUpdate.count({ where: { pledgeId: "jpuk-jnaam" } });
    await actAs(a);
    const first = recordStatusUpdate(null, { ...input, status: "delivered" });
    await actAs(b);
    const second = recordStatusUpdate(null, { ...input, status: "stalled" });
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    if (!lost || lost.ok) throw new Error("expected one refusal");
    expect(lost.status).toBe(409);
    expect(lost.conflict?.[0]?.changes.map((c) => c.field)).toContain("Status");
    expect(await db.statusUpdate.count({ where: { pledgeId: "jpuk-jnaam" } })).toBe(count + 1);
  });
});

describe("correctStatusUpdate", () => {
  it("records a correction that replaces the mistaken update, which stays in the history", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const wrong = expectOk(
      await recordStatusUpdate(null, await report({ pledgeId: "jpuk-cyber-cooperation", status: "dropped" })),
    );
    expect((await pledge("jpuk-cyber-cooperation")).currentStatus).toBe("dropped");
    const input = await report({ pledgeId: "jpuk-cyber-cooperation", status: "in_progress" });
    const fixed = expectOk(
      await correctStatusUpdate(null, {
        ...input,
        updateId: wrong.updateId,
        reason: "Misread the paragraph: it reports progress.",
      }),
    );
    const correction = await db.statusUpdate.findUniqueOrThrow({ where: { id: fixed.updateId } });
    expect(correction).toMatchObject({
      correctsId: wrong.updateId,
      reason: "Misread the paragraph: it reports progress.",
      status: "in_progress",
    });
    expect(await db.statusUpdate.count({ where: { id: wrong.updateId } })).toBe(1);
    expect((await pledge("jpuk-cyber-cooperation")).currentStatus).toBe("in_progress");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: "jpuk-cyber-cooperation", action: "status.correct" },
    });
    expect(event.before).toMatchObject({ status: "dropped", update: { status: "dropped" } });
    expect(event.after).toMatchObject({ status: "in_progress", reason: expect.stringContaining("Misread") });
  });

  it("requires a reason, and refuses correcting an update twice", async () => {
    await actAs(await createTestUser("editor"));
    const wrong = expectOk(
      await recordStatusUpdate(null, await report({ pledgeId: "jpuk-counter-ied", status: "stalled" })),
    );
    const noReason = await correctStatusUpdate(null, {
      ...(await report({ pledgeId: "jpuk-counter-ied" })),
      updateId: wrong.updateId,
      reason: "",
    });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expectOk(
      await correctStatusUpdate(null, {
        ...(await report({ pledgeId: "jpuk-counter-ied" })),
        updateId: wrong.updateId,
        reason: "Wrong status.",
      }),
    );
    const twice = await correctStatusUpdate(null, {
      ...(await report({ pledgeId: "jpuk-counter-ied" })),
      updateId: wrong.updateId,
      reason: "Again.",
    });
    expect(twice).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { updateId: [expect.stringMatching(/already been corrected/)] },
    });
  });

  it("refuses correcting an update of another pledge", async () => {
    await actAs(await createTestUser("editor"));
    const other = await db.statusUpdate.findFirstOrThrow({
      where: { pledgeId: { not: "jpuk-acsa" } },
      select: { id: true },
    });
    const result = await correctStatusUpdate(null, {
      ...(await report()),
      updateId: other.id,
      reason: "Not mine to fix.",
    });
    expect(result).toMatchObject({ ok: false, status: 404 });
  });
});
