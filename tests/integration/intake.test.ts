import { describe, expect, it } from "vitest";
import { setPledgeAliases } from "@/lib/actions/aliases/actions";
import { proposeAgain } from "@/lib/actions/intake/actions";
import { saveMeetingReview } from "@/lib/actions/review/actions";
import { proposeForStatement } from "@/lib/intake/propose";
import { meetingIntake } from "@/lib/intake/stored";
import { meetingReviewRows } from "@/lib/data/review";
import { db } from "@/lib/db/client";
import { actAs, createTestUser, expectOk, form } from "./support/acting";

// The statement intake on the real data set: the 4th Japan-UK 2+2's own document.

const MEETING = "jpuk-2plus2-2021";

async function proposals() {
  const editor = await createTestUser("editor");
  await actAs(editor);
  expectOk(await proposeAgain(null, form({ meetingId: MEETING })));
  return { editor, intake: await meetingIntake(MEETING) };
}

const paragraphLabel = (id: string) =>
  db.paragraph.findUniqueOrThrow({ where: { id }, select: { label: true, text: true } });

describe("proposals for the 4th Japan-UK 2+2", () => {
  it("proposes JNAAM -> its research-programme paragraph, in progress, quoting the clause", async () => {
    const { intake } = await proposals();
    const jnaam = intake.proposals.find((p) => p.pledgeId === "jpuk-jnaam")!;
    expect(jnaam).toBeDefined();
    const paragraph = await paragraphLabel(jnaam.paragraphId);
    expect(paragraph.label).toBe("2(5)");
    expect(jnaam.status).toBe("in_progress");
    expect(jnaam.quote).toContain("research programme for the demonstration of a joint new air-to-air missile");
    expect(paragraph.text).toContain(jnaam.quote);
    expect(jnaam.reasons.aliases).toContain("Joint New Air-to-Air Missile");
  });

  it("proposes the carrier strike group -> the paragraph welcoming the planned visit", async () => {
    const { intake } = await proposals();
    const csg = intake.proposals.find((p) => p.pledgeId === "jpuk-carrier-strike-group")!;
    const paragraph = await paragraphLabel(csg.paragraphId);
    expect(paragraph.label).toBe("2(1)");
    expect(csg.quote).toMatch(
      /^The Japanese side welcomed the UK’s announcement of the planned visit by HMS QUEEN ELIZABETH/,
    );
    expect(csg.reasons.aliases).toContain("HMS Queen Elizabeth");
    expect(csg.status).toBe("in_progress");
  });

  it("orders proposals strongest first and proposes only open pledges made before the meeting", async () => {
    const { intake } = await proposals();
    const scores = intake.proposals.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const open = new Set((await meetingReviewRows(MEETING)).map((r) => r.id));
    for (const p of intake.proposals) expect(open.has(p.pledgeId)).toBe(true);
    expect(intake.proposals.length).toBeLessThan(open.size);
  });

  it("proposes nothing, without failing, for a dialogue with no open pledges", async () => {
    const result = await proposeForStatement(db, {
      dialogueId: "japan-canada",
      date: new Date("2020-01-01T00:00:00Z"),
      paragraphs: [{ label: "1", text: "The Ministers agreed to hold talks." }],
    });
    expect(result.open).toBe(0);
    expect(result.proposals).toEqual([]);
  });
});

describe("saving the pre-filled review records where each update came from", () => {
  it("accepted as is, edited, or the editor's own", async () => {
    const { editor, intake } = await proposals();
    const rows = await meetingReviewRows(MEETING);
    const version = (id: string) => String(rows.find((r) => r.id === id)!.version);
    const jnaam = intake.proposals.find((p) => p.pledgeId === "jpuk-jnaam")!;
    const csg = intake.proposals.find((p) => p.pledgeId === "jpuk-carrier-strike-group")!;
    const own = rows.find((r) => !r.reportedHere && !intake.proposals.some((p) => p.pledgeId === r.id))!;
    const entries = [
      {
        pledgeId: jnaam.pledgeId,
        version: version(jnaam.pledgeId),
        status: jnaam.status,
        paragraphId: jnaam.paragraphId,
        quote: jnaam.quote,
        note: "",
      },
      {
        pledgeId: csg.pledgeId,
        version: version(csg.pledgeId),
        status: "delivered",
        paragraphId: csg.paragraphId,
        quote: csg.quote,
        note: "",
      },
      {
        pledgeId: own.id,
        version: version(own.id),
        status: "stalled",
        paragraphId: csg.paragraphId,
        quote: "The Japanese side welcomed",
        note: "",
      },
    ];
    const fields: Record<string, string> = { meetingId: MEETING };
    entries.forEach((e, i) => Object.entries(e).forEach(([k, v]) => (fields[`entries.${i}.${k}`] = v)));
    expectOk(await saveMeetingReview(null, form(fields)));
    const provenance = async (pledgeId: string) => {
      const e = await db.auditEvent.findFirstOrThrow({
        where: { userId: editor.id, entityId: pledgeId, action: "status.record" },
        select: { after: true },
      });
      return (e.after as { update: { provenance: string } }).update.provenance;
    };
    expect(await provenance(jnaam.pledgeId)).toBe("proposal accepted");
    expect(await provenance(csg.pledgeId)).toBe("proposal edited");
    expect(await provenance(own.id)).toBe("own");
  });
});

describe("aliases", () => {
  it("an editor sets them, audited with before and after, and the intake uses them", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const pledge = await db.pledge.findUniqueOrThrow({ where: { id: "jpuk-acsa" }, select: { version: true } });
    expectOk(
      await setPledgeAliases(
        null,
        form({
          pledgeId: "jpuk-acsa",
          version: String(pledge.version),
          aliases: "ACSA\nAcquisition and Cross-Servicing Agreement\n\nJapan-UK ACSA\nACSA",
        }),
      ),
    );
    const stored = await db.pledgeAlias.findMany({
      where: { pledgeId: "jpuk-acsa" },
      select: { alias: true },
      orderBy: { alias: "asc" },
    });
    expect(stored.map((a) => a.alias)).toEqual(["ACSA", "Acquisition and Cross-Servicing Agreement", "Japan-UK ACSA"]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { userId: editor.id, action: "pledge.aliases" },
      select: { before: true, after: true },
    });
    expect(event.before).toMatchObject({
      aliases: ["ACSA", "Acquisition and Cross-Servicing Agreement", "日英物品役務相互提供協定"],
    });
    expect(event.after).toMatchObject({
      aliases: ["ACSA", "Acquisition and Cross-Servicing Agreement", "Japan-UK ACSA"],
    });
    const result = await proposeForStatement(db, {
      dialogueId: "japan-uk",
      date: new Date("2030-01-01T00:00:00Z"),
      paragraphs: [
        {
          label: "1",
          text: "The Ministers welcomed the entry into force of the Japan-UK Acquisition and Cross-Servicing Agreement (ACSA) in August 2017.",
        },
      ],
    });
    const acsa = result.proposals.find((p) => p.pledgeId === "jpuk-acsa")!;
    expect(acsa).toMatchObject({
      status: "delivered",
      quote:
        "The Ministers welcomed the entry into force of the Japan-UK Acquisition and Cross-Servicing Agreement (ACSA) in August 2017.",
    });
    expect(acsa.reasons.aliases).toEqual(expect.arrayContaining(["ACSA"]));
  });

  it("refuses markup and a stale version, changing nothing", async () => {
    await actAs(await createTestUser("editor"));
    const pledge = await db.pledge.findUniqueOrThrow({ where: { id: "jpuk-jnaam" }, select: { version: true } });
    const bad = await setPledgeAliases(
      null,
      form({ pledgeId: "jpuk-jnaam", version: String(pledge.version), aliases: "<script>x</script>" }),
    );
    expect(bad.ok).toBe(false);
    const stale = await setPledgeAliases(
      null,
      form({ pledgeId: "jpuk-jnaam", version: String(pledge.version + 5), aliases: "X1" }),
    );
    expect(stale.ok ? 200 : stale.status).toBe(409);
    expect((await db.pledgeAlias.findMany({ where: { pledgeId: "jpuk-jnaam" } })).map((a) => a.alias).sort()).toEqual([
      "JNAAM",
      "Joint New Air-to-Air Missile",
    ]);
  });
});
