import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPledge, updatePledge } from "@/lib/actions/pledges/actions";
import { recordStatusUpdate } from "@/lib/actions/status-updates/actions";
import { actAs, createTestUser, expectOk, form } from "./support/acting";
import { citationFor, databaseFingerprint, pledge } from "./support/fixtures";

// Adding and editing pledges: the citation is checked verbatim against its paragraph.

async function validInput(over: Record<string, string> = {}) {
  const cite = await citationFor("jpuk-2plus2-2021");
  return {
    meetingId: "jpuk-2plus2-2021",
    areaId: "defence-equipment",
    side: "both",
    title: "Joint study of future fighter engines",
    text: "The Ministers agreed to study jointly the engines of a future fighter.",
    paragraphId: cite.paragraphId,
    quote: cite.quote,
    targetDate: "2030-12-31",
    tags: "GCAP, Engines, gcap",
    predecessorId: "",
    predecessorLink: "",
    ...over,
  };
}

describe("createPledge", () => {
  it("stores the pledge with its citation, tags (deduplicated) and status 'pledged'", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const data = expectOk(
      await createPledge(null, form(await validInput({ predecessorId: "jpuk-jnaam", predecessorLink: "continues" }))),
    );
    const saved = await db.pledge.findUniqueOrThrow({
      where: { id: data.pledgeId },
      select: {
        dialogueId: true,
        currentStatus: true,
        currentStatusDate: true,
        predecessorId: true,
        predecessorLink: true,
        tags: { select: { tag: { select: { label: true } } } },
      },
    });
    expect(saved).toMatchObject({
      dialogueId: "japan-uk",
      currentStatus: "pledged",
      predecessorId: "jpuk-jnaam",
      predecessorLink: "continues",
    });
    expect(saved.currentStatusDate.toISOString().slice(0, 10)).toBe("2021-02-03");
    expect(saved.tags.map((t) => t.tag.label).sort()).toEqual(["Engines", "GCAP"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: data.pledgeId } });
    expect(event).toMatchObject({
      action: "pledge.create",
      userId: editor.id,
      entityLabel: "Joint study of future fighter engines",
    });
    expect(event.after).toMatchObject({
      title: "Joint study of future fighter engines",
      area: expect.any(String),
      tags: ["Engines", "GCAP"],
      status: "pledged",
    });
  });

  it("accepts a quote selected across a line break (white space evened out)", async () => {
    await actAs(await createTestUser("editor"));
    const input = await validInput();
    expectOk(await createPledge(null, { ...input, quote: input.quote.replace(" ", "\n ") }));
  });

  it.each([
    ["a quote that is not in the paragraph", { quote: "the Ministers agreed to build a space elevator" }, "quote"],
    ["a paragraph from another meeting's statement", { paragraphId: "jpuk-2016-statement-p6" }, "paragraphId"],
    ["an unknown paragraph", { paragraphId: "no-such-paragraph" }, "paragraphId"],
    ["an unknown meeting", { meetingId: "no-such-meeting" }, "meetingId"],
    ["an unknown area", { areaId: "no-such-area" }, "areaId"],
    ["an unknown predecessor", { predecessorId: "no-such-pledge", predecessorLink: "continues" }, "predecessorId"],
    [
      "a predecessor from another dialogue",
      { predecessorId: "jpus-defence-2021-01-x", predecessorLink: "continues" },
      "predecessorId",
    ],
    ["a predecessor without saying how it relates", { predecessorId: "jpuk-jnaam" }, "predecessorLink"],
    ["a missing title", { title: "" }, "title"],
    ["missing text", { text: "" }, "text"],
    ["oversized text", { text: "x".repeat(10_001) }, "text"],
    ["a target date in the wrong format", { targetDate: "31.12.2030" }, "targetDate"],
    ["an unknown side", { side: "nobody" }, "side"],
    ["a script tag in the title", { title: "JNAAM <script>alert(1)</script>" }, "title"],
    ["an image tag with a handler in the text", { text: 'Pledge <img src=x onerror="alert(1)">' }, "text"],
    ["a tag with markup", { tags: "ok, <b>bold</b>" }, "tags.1"],
  ])("refuses %s on its field and changes nothing", async (_, over, field) => {
    await actAs(await createTestUser("editor"));
    let input = await validInput(over);
    if ((over as Record<string, string>).predecessorId === "jpus-defence-2021-01-x") {
      const other = await db.pledge.findFirstOrThrow({ where: { dialogueId: "japan-us" }, select: { id: true } });
      input = { ...input, predecessorId: other.id };
    }
    const before = await databaseFingerprint();
    const result = await createPledge(null, form(input));
    if (result.ok) throw new Error("expected a refusal");
    expect(result.status).toBe(422);
    expect(Object.keys(result.fieldErrors)).toContain(field);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("explains a quote that is not word for word", async () => {
    await actAs(await createTestUser("editor"));
    const cite = await citationFor("jpuk-2plus2-2021");
    const result = await createPledge(null, form(await validInput({ quote: cite.quote.toUpperCase() })));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { quote: [expect.stringMatching(/not word for word in (para |¶)/)] },
    });
  });
});

describe("a pledge that supersedes an earlier one", () => {
  // jpuk-acsa (2nd 2+2, 2016) is open (in progress) in the data set; jpuk-2015-eu-japan-epa is already dropped.
  it("closes the earlier pledge as dropped at its meeting, citing its sentence, with an audit event", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const input = await validInput({
      predecessorId: "jpuk-acsa",
      predecessorLink: "supersedes",
      title: "ACSA, restated",
    });
    const before = await db.pledge.findUniqueOrThrow({
      where: { id: "jpuk-acsa" },
      select: { currentStatus: true, version: true },
    });
    expect(before.currentStatus).toBe("in_progress");
    const { pledgeId } = expectOk(await createPledge(null, form(input)));
    const closed = await db.pledge.findUniqueOrThrow({
      where: { id: "jpuk-acsa" },
      select: {
        currentStatus: true,
        version: true,
        updates: {
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { status: true, meetingId: true, paragraphId: true, quote: true, note: true, recordedBy: true },
        },
      },
    });
    expect(closed).toMatchObject({ currentStatus: "dropped", version: before.version + 1 });
    expect(closed.updates[0]).toEqual({
      status: "dropped",
      meetingId: "jpuk-2plus2-2021",
      paragraphId: input.paragraphId,
      quote: input.quote,
      note: "Superseded by “ACSA, restated”.",
      recordedBy: editor.id,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: "jpuk-acsa", action: "status.record" } });
    expect(event).toMatchObject({ userId: editor.id, after: { status: "dropped" } });
    expect(await db.auditEvent.count({ where: { entityId: pledgeId, action: "pledge.create" } })).toBe(1);
  });

  it("leaves an earlier pledge that is already closed, and one that is only continued, as they are", async () => {
    await actAs(await createTestUser("editor"));
    const count = (id: string) => db.statusUpdate.count({ where: { pledgeId: id } });
    const [epa, jnaam] = [await count("jpuk-2015-eu-japan-epa"), await count("jpuk-jnaam")];
    expectOk(
      await createPledge(
        null,
        form(await validInput({ predecessorId: "jpuk-2015-eu-japan-epa", predecessorLink: "supersedes" })),
      ),
    );
    expectOk(
      await createPledge(null, form(await validInput({ predecessorId: "jpuk-jnaam", predecessorLink: "continues" }))),
    );
    expect([await count("jpuk-2015-eu-japan-epa"), await count("jpuk-jnaam")]).toEqual([epa, jnaam]);
  });

  it("closes it once: a later save of the superseding pledge leaves a reopened earlier pledge open", async () => {
    await actAs(await createTestUser("editor"));
    const input = await validInput({
      predecessorId: "jpuk-counter-ied",
      predecessorLink: "supersedes",
      title: "Counter-IED, restated",
    });
    const { pledgeId } = expectOk(await createPledge(null, form(input)));
    expect((await pledge("jpuk-counter-ied")).currentStatus).toBe("dropped");
    // An editor finds it was not dropped after all and records it in progress.
    const cite = await citationFor("jpuk-2plus2-2021", 3);
    const version = String((await pledge("jpuk-counter-ied")).version);
    const reopen = {
      pledgeId: "jpuk-counter-ied",
      version,
      status: "in_progress",
      meetingId: "jpuk-2plus2-2021",
      paragraphId: cite.paragraphId,
      quote: cite.quote,
    };
    expectOk(await recordStatusUpdate(null, form(reopen)));
    const successor = await pledge(pledgeId);
    expectOk(
      await updatePledge(
        null,
        form({ ...input, pledgeId, version: String(successor.version), title: "Counter-IED, restated (typo fixed)" }),
      ),
    );
    expect((await pledge("jpuk-counter-ied")).currentStatus).toBe("in_progress");
  });

  it("leaves an earlier pledge whose reports go on after the restatement", async () => {
    await actAs(await createTestUser("editor"));
    const before = await db.statusUpdate.count({ where: { pledgeId: "jpuk-jnaam" } });
    const cite = await citationFor("jpuk-2plus2-2016");
    // JNAAM (made at the 2nd 2+2) was reported in progress at the 4th, after this restatement.
    expectOk(
      await createPledge(
        null,
        form(
          await validInput({
            meetingId: "jpuk-2plus2-2016",
            paragraphId: cite.paragraphId,
            quote: cite.quote,
            predecessorId: "jpuk-jnaam",
            predecessorLink: "supersedes",
          }),
        ),
      ),
    );
    expect(await db.statusUpdate.count({ where: { pledgeId: "jpuk-jnaam" } })).toBe(before);
    expect((await pledge("jpuk-jnaam")).currentStatus).toBe("in_progress");
  });

  // Each save's foreign key check takes a key-share lock on the earlier pledge: locking it FOR
  // UPDATE then deadlocked two of these saves (seen), which FOR NO KEY UPDATE does not.
  it("editors superseding the same pledge at once all save, and it is closed once", async () => {
    await actAs(await createTestUser("editor"));
    const inputs = await Promise.all(
      ["A", "B", "C", "D"].map(async (who) =>
        form(
          await validInput({
            predecessorId: "jpuk-raf-typhoon-visit-2016",
            predecessorLink: "supersedes",
            title: `Typhoon, restated by ${who}`,
          }),
        ),
      ),
    );
    const results = await Promise.all(inputs.map((input) => createPledge(null, input)));
    for (const r of results) expectOk(r);
    expect(await db.statusUpdate.count({ where: { pledgeId: "jpuk-raf-typhoon-visit-2016", status: "dropped" } })).toBe(
      1,
    );
  });

  it("refuses an 'earlier' pledge made after this pledge's meeting", async () => {
    await actAs(await createTestUser("editor"));
    const cite = await citationFor("jpuk-2plus2-2016");
    const later = "jpuk-foip-cooperation"; // made at the 4th 2+2, 2021
    const result = await createPledge(
      null,
      form(
        await validInput({
          meetingId: "jpuk-2plus2-2016",
          paragraphId: cite.paragraphId,
          quote: cite.quote,
          predecessorId: later,
          predecessorLink: "supersedes",
        }),
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { predecessorId: [expect.stringContaining("at or before")] },
    });
  });
});

describe("updatePledge", () => {
  const editable = async (id: string) => {
    const p = await pledge(id);
    const tags = await db.pledgeTag.findMany({ where: { pledgeId: id }, select: { tag: { select: { label: true } } } });
    return {
      pledgeId: id,
      version: String(p.version),
      meetingId: p.meetingId,
      areaId: p.areaId,
      side: p.side,
      title: p.title,
      text: p.text,
      paragraphId: p.paragraphId,
      quote: p.quote,
      targetDate: "",
      tags: tags.map((t) => t.tag.label).join(", "),
    };
  };

  it("saves an edit with a before/after audit event and a new version", async () => {
    await actAs(await createTestUser("editor"));
    const input = await editable("jpuk-acsa");
    expectOk(await updatePledge(null, { ...input, title: "Acquisition and Cross-Servicing Agreement (ACSA) signed" }));
    const after = await pledge("jpuk-acsa");
    expect(after.version).toBe(Number(input.version) + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: "jpuk-acsa", action: "pledge.update" } });
    expect(event.before).toMatchObject({ title: input.title });
    expect(event.after).toMatchObject({ title: "Acquisition and Cross-Servicing Agreement (ACSA) signed" });
  });

  it("two concurrent saves: one wins, the other is told and shown the winner's change", async () => {
    const [a, b] = [await createTestUser("editor"), await createTestUser("editor")];
    const input = await editable("jpuk-carrier-strike-group");
    await actAs(a);
    const first = updatePledge(null, { ...input, title: "Carrier strike group visit (edited by A)" });
    await actAs(b);
    const second = updatePledge(null, { ...input, title: "Carrier strike group visit (edited by B)" });
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    if (!lost || lost.ok) throw new Error("expected one refusal");
    expect(lost.status).toBe(409);
    const now = await pledge("jpuk-carrier-strike-group");
    expect(now.version).toBe(Number(input.version) + 1);
    expect(lost.conflict).toHaveLength(1);
    expect(lost.conflict![0]!.changes).toContainEqual({ field: "Title", before: input.title, after: now.title });
    expect(lost.values).toMatchObject({ title: expect.stringContaining("edited by") });
  });

  it("refuses to make a pledge continue itself, directly or through its successor", async () => {
    await actAs(await createTestUser("editor"));
    const input = await editable("jpuk-jnaam");
    expect(
      await updatePledge(null, { ...input, predecessorId: "jpuk-jnaam", predecessorLink: "continues" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { predecessorId: [expect.stringMatching(/continue itself/)] },
    });
    // jnaam-successor continues jpuk-jnaam; jpuk-jnaam may not then continue it.
    const successor = expectOk(
      await createPledge(null, form(await validInput({ predecessorId: "jpuk-jnaam", predecessorLink: "continues" }))),
    );
    const fresh = await editable("jpuk-jnaam");
    expect(
      await updatePledge(null, { ...fresh, predecessorId: successor.pledgeId, predecessorLink: "supersedes" }),
    ).toMatchObject({ ok: false, status: 422 });
  });

  it("refuses moving a pledge to another dialogue's meeting", async () => {
    await actAs(await createTestUser("editor"));
    const input = await editable("jpuk-jnaam");
    const result = await updatePledge(null, { ...input, meetingId: "jpus-defence-2021-01" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { meetingId: ["Choose a meeting of the pledge's own dialogue"] },
    });
  });

  it("says when the pledge does not exist", async () => {
    await actAs(await createTestUser("editor"));
    const input = await editable("jpuk-jnaam");
    expect(await updatePledge(null, { ...input, pledgeId: "gone" })).toMatchObject({ ok: false, status: 404 });
  });
});
